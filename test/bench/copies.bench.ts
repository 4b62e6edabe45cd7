/**
 * Many copies of one wire story (issue 13, item 1): groupStories and StoryIndex on N exact
 * copies of one story plus N unrelated generated articles, for N doubling, with the time,
 * the heap after grouping, and whether the copies came back as one group. Then the CLI on
 * a folder of 2,000 copies (time and peak resident memory). Articles are generated here,
 * never downloaded.
 *
 * Run: npm run bench -- copies   (or npx tsx test/bench/copies.bench.ts [--sizes 1000,10000])
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { groupStories, StoryIndex } from "../../src/group/index.js";
import type { Article, StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { prng } from "../helpers/prng.js";
import { argument } from "./benchArgs.js";

const here = dirname(fileURLToPath(import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc;
const SYLLABLES =
  "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo".split(
    " ",
  );

function word(random: () => number): string {
  let text = "";
  const length = 2 + Math.floor(random() * 3);
  for (let index = 0; index < length; index++) {
    text += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? "ka";
  }
  return text;
}

/** An unrelated article: 200 to 500 pseudo-words in sentences, a few names. */
function unrelated(random: () => number): string {
  const words: string[] = [];
  const length = 200 + Math.floor(random() * 300);
  for (let index = 0; index < length; index++) {
    const next = word(random);
    words.push(random() < 0.04 ? next.charAt(0).toUpperCase() + next.slice(1) : next);
    if (random() < 0.07) words[words.length - 1] += ".";
  }
  return words.join(" ");
}

/** The wire story, written for this bench. */
export const WIRE_STORY = [
  "HALDENBY (Coastal Wire) — Ferry crews in Haldenby voted on Tuesday to end a two-week strike that had cut the island of Varnholm off from the mainland, the Haldenby Seafarers' Union said.",
  "Union secretary Marit Olsen said 412 of the 530 members who took part backed a deal that raises pay by 6.5 per cent this year and adds a fourth crew member on night crossings.",
  "“This was never only about money. It was about who is on the bridge at three in the morning,” Olsen told reporters outside the union hall on Dock Street.",
  "The ferry operator, Nordsund Lines, said the first sailing would leave at 6:15 a.m. on Wednesday and that tickets bought for cancelled crossings would be honoured until the end of the month.",
  "Varnholm's 2,300 residents had relied on a fishing boat chartered by the county to bring in medicine and mail. Shops on the island ran short of fresh milk last week, the county council said.",
  "Transport minister Ilse Brandvik welcomed the vote and said the government would review staffing rules for all state-subsidised ferry routes before the winter timetable begins in November.",
].join("\n\n");

function peakMb(): number {
  gc?.();
  return process.resourceUsage().maxRSS / 1024;
}

function copiesGroup(groups: StoryGroup[], copies: number): string {
  const group = groups.find((candidate) => candidate.articleIds.includes("copy-0"));
  const whole = group?.articleIds.filter((id) => id.startsWith("copy-")).length === copies;
  return whole && group?.articleIds.length === copies ? `one group (${group?.kind})` : "SPLIT";
}

function corpus(size: number): Article[] {
  const random = prng(20_251_206 + size);
  const articles: Article[] = [];
  for (let index = 0; index < size; index++) {
    articles.push(articleFromBody(WIRE_STORY, { id: `copy-${index}`, published: "2025-10-07" }));
    articles.push(articleFromBody(unrelated(random), { id: `other-${index}` }));
  }
  return articles;
}

// Each size and each entry point runs in its own process, so the peak resident memory
// printed is that run's own.
const mode = process.env.COPIES_BENCH_MODE;
if (mode !== undefined) {
  const size = Number(process.env.COPIES_BENCH_SIZE);
  const articles = corpus(size);
  const started = performance.now();
  let groups: StoryGroup[];
  if (mode === "group") groups = groupStories(articles);
  else {
    const index = new StoryIndex();
    for (const article of articles) index.add(article);
    groups = index.groups();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${seconds.toFixed(1)} s | ${peakMb().toFixed(0)} MB | ${copiesGroup(groups, size)}`,
  );
  process.exit(0);
}

const sizes = argument("sizes", "1250,2500,5000,10000").split(",").map(Number);
console.log("\n## N copies of one story + N unrelated articles (one process per cell)\n");
console.log(
  "| N | groupStories | peak resident | copies | StoryIndex add + groups() | peak resident | copies |",
);
console.log("|---:|---:|---:|---|---:|---:|---|");
for (const size of sizes) {
  const cells = ["group", "index"].map((entry) => {
    const child = spawnSync(
      process.execPath,
      [
        "--expose-gc",
        "--max-old-space-size=6144",
        "--import",
        "tsx",
        fileURLToPath(import.meta.url),
      ],
      {
        encoding: "utf8",
        env: { ...process.env, COPIES_BENCH_MODE: entry, COPIES_BENCH_SIZE: String(size) },
      },
    );
    return child.status === 0 ? child.stdout.trim() : `failed (${child.stderr.split("\n")[0]})`;
  });
  console.log(`| ${size.toLocaleString("en")} | ${cells.join(" | ")} |`);
}

// The CLI on a folder of copies, in its own process: wall time and peak resident memory.
const cliCopies = Number(argument("cli", "2000"));
const folder = mkdtempSync(join(tmpdir(), "corroborate-copies-"));
mkdirSync(folder, { recursive: true });
for (let index = 0; index < cliCopies; index++) {
  writeFileSync(join(folder, `paper-${index}.txt`), `Ferry strike ends\n\n${WIRE_STORY}`);
}
const cli = resolve(here, "../../src/cli/main.ts");
// The built CLI when there is one (what users run), else the source through tsx.
const started = performance.now();
const built = resolve(here, "../../dist/cli.js");
const command = existsSync(built) ? [built] : ["--import", "tsx", cli];
const run = spawnSync(
  "/usr/bin/time",
  ["-f", "%M", process.execPath, ...command, "group", folder],
  { cwd: resolve(here, "../.."), encoding: "utf8", maxBuffer: 1 << 30 },
);
const seconds = (performance.now() - started) / 1000;
rmSync(folder, { recursive: true, force: true });
const peakKb = Number(run.stderr.trim().split("\n").at(-1));
const groups = run.status === 0 ? (JSON.parse(run.stdout) as StoryGroup[]) : [];
console.log(`\n## corroborate group on ${cliCopies.toLocaleString("en")} copies\n`);
console.log(
  `exit ${run.status}, ${seconds.toFixed(1)} s, peak ${(peakKb / 1024).toFixed(0)} MB resident, ${groups.length} group(s)${groups[0] ? ` of ${groups[0].articleIds.length} (${groups[0].kind})` : ""}`,
);
