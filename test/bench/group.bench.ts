/**
 * Story grouping at scale, on generated articles (never downloaded): word streams drawn
 * from a Zipfian vocabulary by a seeded PRNG, with planted near-duplicates (copies with 5%
 * of their words replaced). Reports fingerprint + index throughput on one core, index
 * memory per article, the growth from 10k to 100k articles, planted-copy recall, B-cubed
 * precision against the planted clusters, and string-similarity all-pairs on a sample.
 *
 * Run: npx tsx test/bench/group.bench.ts [--sizes 10000,100000] [--sample 500]
 * (re-runs itself under `node --expose-gc` to measure heap).
 */
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import stringSimilarity from "string-similarity";
import { StoryIndex } from "../../src/group/index.js";
import type { StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { prng } from "../helpers/prng.js";
import { argument } from "./benchArgs.js";

const here = dirname(fileURLToPath(import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined && process.env.GROUP_BENCH_CHILD === undefined) {
  const result = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=6144",
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    {
      stdio: "inherit",
      cwd: resolve(here, "../.."),
      env: { ...process.env, GROUP_BENCH_CHILD: "1" },
    },
  );
  process.exit(result.status ?? 1);
}

const sizes = argument("sizes", "10000,100000").split(",").map(Number);
const sampleSize = Number(argument("sample", "300"));

const SYLLABLES =
  "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo an en in on ar er or ir".split(
    " ",
  );

interface Vocabulary {
  words: string[];
  cumulative: Float64Array;
}

/** Pseudo-words with Zipf frequencies (rank r drawn with weight 1 / r^1.07, as in English). */
function makeVocabulary(size: number, random: () => number): Vocabulary {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    const syllables = 1 + Math.floor(random() * 3) + (words.length > 2000 ? 1 : 0);
    let word = "";
    for (let index = 0; index < syllables; index++) {
      word += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? "ka";
    }
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** 1.07;
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < size; rank++) cumulative[rank] = (cumulative[rank] ?? 0) / total;
  return { words, cumulative };
}

function drawWord(vocabulary: Vocabulary, random: () => number): string {
  const target = random();
  let low = 0;
  let high = vocabulary.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((vocabulary.cumulative[middle] ?? 1) < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low] ?? "ka";
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One article: sentences of Zipfian words, with a few capitalised names and numbers. */
function makeWords(vocabulary: Vocabulary, names: string[], random: () => number): string[] {
  const length = 150 + Math.floor(random() * 450);
  const words: string[] = [];
  while (words.length < length) {
    const roll = random();
    if (roll < 0.03) words.push(names[Math.floor(random() * names.length)] ?? "Kalo");
    else if (roll < 0.04) words.push(String(Math.floor(random() * 5000)));
    else words.push(drawWord(vocabulary, random));
  }
  return words;
}

function toText(words: string[], random: () => number): string {
  const parts: string[] = [];
  let sentenceStart = true;
  for (const word of words) {
    parts.push(sentenceStart ? capitalise(word) : word);
    sentenceStart = random() < 0.06;
    if (sentenceStart) parts[parts.length - 1] += random() < 0.15 ? ".\n\n" : ".";
  }
  return `${parts.join(" ")}.`;
}

interface Corpus {
  texts: { id: string; text: string }[];
  planted: Map<string, number>;
}

/** A corpus where a fifth of the originals get 1 to 3 copies with 5% of words replaced. */
function makeCorpus(size: number, seed: number): Corpus {
  const random = prng(seed);
  const vocabulary = makeVocabulary(60_000, random);
  const names = Array.from(
    { length: 5_000 },
    () =>
      capitalise(drawWord(vocabulary, random)) +
      capitalise(SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? "x"),
  );
  const texts: Corpus["texts"] = [];
  const planted = new Map<string, number>();
  let cluster = 0;
  while (texts.length < size) {
    const words = makeWords(vocabulary, names, random);
    const id = `a${texts.length}`;
    texts.push({ id, text: toText(words, random) });
    if (random() < 0.2) {
      cluster++;
      planted.set(id, cluster);
      const copies = 1 + Math.floor(random() * 3);
      for (let copy = 0; copy < copies && texts.length < size; copy++) {
        const changed = words.map((word) =>
          random() < 0.05 ? drawWord(vocabulary, random) : word,
        );
        const copyId = `a${texts.length}`;
        texts.push({ id: copyId, text: toText(changed, random) });
        planted.set(copyId, cluster);
      }
    }
  }
  return { texts, planted };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

interface Measurement {
  size: number;
  indexSeconds: number;
  /** CPU time of the process (user + system): what one core spends, whatever else runs. */
  indexCpuSeconds: number;
  groupSeconds: number;
  groupCpuSeconds: number;
  medianAddMs: number;
  bytesPerArticle: number;
  recall: number;
  precision: number;
  groups: number;
}

// Steady-state throughput: the JIT compiles the hot paths on a throwaway index first, so
// the 10k row does not pay for compilation the 100k row spreads thin.
function warmUp(): void {
  const corpus = makeCorpus(2_000, 7);
  const index = new StoryIndex();
  for (const { id, text } of corpus.texts) index.add(articleFromBody(text, { id }));
  index.groups();
}

function measure(size: number): Measurement {
  warmUp();
  const corpus = makeCorpus(size, 20_251_121 + size);
  const articles = corpus.texts.map(({ id, text }) => articleFromBody(text, { id }));
  corpus.texts.length = 0;
  const before = heapUsed();
  const index = new StoryIndex();
  const addTimes: number[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const article of articles) {
    const start = performance.now();
    index.add(article);
    addTimes.push(performance.now() - start);
  }
  const indexSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const indexCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const after = heapUsed();
  const groupStarted = performance.now();
  const groupCpuStarted = process.cpuUsage();
  const groups = index.groups();
  const groupSeconds = (performance.now() - groupStarted) / 1000;
  const groupCpu = process.cpuUsage(groupCpuStarted);
  const groupCpuSeconds = (groupCpu.user + groupCpu.system) / 1e6;
  const { recall, precision } = scorePlanted(groups, corpus.planted, articles.length);
  return {
    size,
    indexSeconds,
    indexCpuSeconds,
    groupSeconds,
    groupCpuSeconds,
    medianAddMs: median(addTimes),
    bytesPerArticle: (after - before) / articles.length,
    recall,
    precision,
    groups: groups.length,
  };
}

/** Recall of planted pairs, and B-cubed precision against the planted clusters. */
function scorePlanted(groups: StoryGroup[], planted: Map<string, number>, total: number) {
  const members = new Map<number, string[]>();
  for (const [id, cluster] of planted) members.set(cluster, [...(members.get(cluster) ?? []), id]);
  const groupOf = new Map<string, number>();
  groups.forEach((group, number) => {
    for (const id of group.articleIds) groupOf.set(id, number);
  });
  let pairs = 0;
  let found = 0;
  for (const ids of members.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        pairs++;
        if (groupOf.get(ids[i] ?? "") === groupOf.get(ids[j] ?? "")) found++;
      }
    }
  }
  let precision = 0;
  for (const group of groups) {
    for (const id of group.articleIds) {
      const cluster = planted.get(id);
      const correct =
        cluster === undefined
          ? 1
          : group.articleIds.filter((other) => planted.get(other) === cluster).length;
      precision += correct / group.articleIds.length;
    }
  }
  return { recall: pairs === 0 ? 1 : found / pairs, precision: precision / total };
}

/** string-similarity (Dice of bigrams) over all pairs of a sample, grouped at 0.3. */
function measureStringSimilarity(size: number) {
  const corpus = makeCorpus(size, 7);
  const texts = corpus.texts.map((entry) => entry.text);
  const started = performance.now();
  const parent = texts.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (stringSimilarity.compareTwoStrings(texts[i] ?? "", texts[j] ?? "") >= 0.3) {
        parent[find(i)] = find(j);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { size, seconds, articlesPerSecond: size / seconds };
}

const results = sizes.map((size) => {
  const result = measure(size);
  console.error(`measured ${size} articles`);
  return result;
});
const baseline = measureStringSimilarity(sampleSize);

console.log("\n## Story grouping on generated articles (one core)\n");
console.log(
  "| articles | fingerprint + index (CPU) | (wall clock) | median ms / article | index memory / article | groups() CPU | total CPU | planted-copy recall | B-cubed precision |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const result of results) {
  console.log(
    `| ${result.size.toLocaleString("en")} | ${Math.round(result.size / result.indexCpuSeconds).toLocaleString("en")} articles/s | ${Math.round(result.size / result.indexSeconds).toLocaleString("en")} articles/s | ${result.medianAddMs.toFixed(3)} | ${Math.round(result.bytesPerArticle).toLocaleString("en")} B | ${result.groupCpuSeconds.toFixed(1)} s | ${(result.indexCpuSeconds + result.groupCpuSeconds).toFixed(1)} s | ${result.recall.toFixed(3)} | ${result.precision.toFixed(3)} |`,
  );
}
const first = results[0];
const last = results.at(-1);
if (first !== undefined && last !== undefined && last !== first) {
  const growth =
    (last.indexCpuSeconds + last.groupCpuSeconds) / (first.indexCpuSeconds + first.groupCpuSeconds);
  console.log(
    `\nGrowth from ${first.size.toLocaleString("en")} to ${last.size.toLocaleString("en")} articles (fingerprint, index and groups(), CPU time): ${growth.toFixed(1)}x for ${(last.size / first.size).toFixed(0)}x the articles.`,
  );
}
const pairsAt10k = (10_000 * 9_999) / 2;
const pairsInSample = (baseline.size * (baseline.size - 1)) / 2;
const extrapolated = (baseline.seconds * pairsAt10k) / pairsInSample;
console.log("\n## Baseline: string-similarity all pairs\n");
console.log("| articles | time | articles/s | extrapolated to 10,000 articles |");
console.log("|---:|---:|---:|---:|");
console.log(
  `| ${baseline.size} | ${baseline.seconds.toFixed(1)} s | ${baseline.articlesPerSecond.toFixed(1)} | ${(extrapolated / 3600).toFixed(1)} h |`,
);
