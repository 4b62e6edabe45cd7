import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractQuotes } from "../../../src/extract/index.js";
import { wordTokens } from "../../../src/text/words.js";
import type { Quote } from "../../../src/types.js";
import { articleFromBody } from "../../helpers/article.js";

/** One PolNeAR span. */
interface CorpusSpan {
  text: string;
  start: number;
  end: number;
}

/** One PolNeAR attribution, as the corpus JSON gives it. */
interface CorpusAttribution {
  source: CorpusSpan | null;
  cue: CorpusSpan | null;
  content: CorpusSpan[];
  direct: boolean;
}

/** A gold direct quote: the words inside quote marks of a direct attribution's content part. */
export interface GoldQuote {
  start: number;
  end: number;
  /** The source texts of the attributions holding it (null when annotated without one). */
  sources: (string | null)[];
}

/** The score of one set of articles. */
export interface PolnearScore {
  articles: number;
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  precision: number;
  recall: number;
  f1: number;
  speakerScored: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  milliseconds: number;
  /** Per article details, for reading the errors. */
  details: ArticleDetail[];
}

/** What happened in one article. */
export interface ArticleDetail {
  file: string;
  text: string;
  shift: number;
  gold: GoldQuote[];
  quotes: Quote[];
  missedGold: GoldQuote[];
  extraQuotes: Quote[];
  wrongSpeakers: { gold: GoldQuote; quote: Quote | undefined; source: string }[];
}

const OPENERS = new Set(["\u201C", "\u201E", "\u201F", "\u00AB"]);
const CLOSERS = new Set(["\u201D", "\u00BB"]);
const PRONOUN_SOURCES = new Set(
  "he she they i we you it him her them us me his hers their our my your its himself herself themselves itself who which that this these those".split(
    " ",
  ),
);
// Words that say nothing about who spoke: determiners, honorifics, prepositions.
const NOT_NAME_WORDS = new Set(
  "the a an of mr mrs ms dr and his her its their in for at on to by with from who that which as s said says".split(
    " ",
  ),
);

/** The quoted regions of one content part, as the corpus README defines quote marks. */
export function quotedRegions(text: string, part: CorpusSpan): { start: number; end: number }[] {
  const regions: { start: number; end: number }[] = [];
  let openAt = -1;
  let sawMark = false;
  const push = (start: number, end: number) => {
    const inner = text.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(inner)) regions.push({ start, end });
  };
  let index = part.start;
  while (index < part.end) {
    const char = text[index] ?? "";
    let length = 0;
    let role: "open" | "close" | "toggle" | undefined;
    if ((char === "'" && text[index + 1] === "'") || (char === "`" && text[index + 1] === "`")) {
      length = 2;
      role = char === "`" ? "open" : "toggle";
    } else if (char === '"') {
      length = 1;
      role = "toggle";
    } else if (OPENERS.has(char)) {
      length = 1;
      role = "open";
    } else if (CLOSERS.has(char)) {
      length = 1;
      role = "close";
    }
    if (role === undefined) {
      index++;
      continue;
    }
    sawMark = true;
    if (openAt < 0) {
      if (
        role === "close" ||
        (role === "toggle" &&
          regions.length === 0 &&
          !/\s/u.test(text[index - 1] ?? " ") &&
          index > part.start)
      ) {
        // The part starts inside a quote whose opening mark lies outside it.
        push(part.start, index);
      } else openAt = index + length;
    } else if (role === "open") {
      push(openAt, index);
      openAt = index + length;
    } else {
      push(openAt, index);
      openAt = -1;
    }
    index += length;
  }
  if (openAt >= 0) push(openAt, part.end);
  if (!sawMark) {
    // Quoted with ‘…’ only.
    const open = text.indexOf("\u2018", part.start);
    if (open >= 0 && open < part.end) {
      let close = text.indexOf("\u2019", open + 1);
      while (close >= 0 && close < part.end && /[\p{L}]/u.test(text[close + 1] ?? ""))
        close = text.indexOf("\u2019", close + 1);
      push(open + 1, close >= 0 && close < part.end ? close : part.end);
    }
  }
  return regions;
}

function nameWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of wordTokens(text.toLowerCase()))
    if (!NOT_NAME_WORDS.has(token.text)) words.add(token.text);
  return words;
}

function isPronounSource(source: string): boolean {
  return PRONOUN_SOURCES.has(source.trim().toLowerCase());
}

/** Scores one article: golds and predictions in body offsets shifted back to file offsets. */
function scoreArticle(file: string, text: string, attributions: CorpusAttribution[]) {
  const shift = text.indexOf("\n") + 1;
  const body = text.slice(shift);
  const goldByRange = new Map<string, GoldQuote>();
  for (const attribution of attributions) {
    if (!attribution.direct) continue;
    for (const part of attribution.content) {
      if (part.start < shift) continue;
      for (const region of quotedRegions(text, part)) {
        const key = `${region.start}:${region.end}`;
        const known = goldByRange.get(key);
        const source = attribution.source?.text ?? null;
        if (known !== undefined) known.sources.push(source);
        else goldByRange.set(key, { ...region, sources: [source] });
      }
    }
  }
  const gold = [...goldByRange.values()].sort((a, b) => a.start - b.start);
  const started = performance.now();
  const quotes = extractQuotes(articleFromBody(body, { id: file }));
  const milliseconds = performance.now() - started;
  const predictions = quotes.filter((quote) => quote.kind !== "scare");
  const words = wordTokens(text);
  const wordsIn = (start: number, end: number) =>
    words.filter((word) => word.start >= start && word.end <= end);
  const byId = new Map(predictions.map((quote) => [quote.id, quote]));
  // Each prediction's linked group: itself and the halves it continues or that continue it.
  const groupOf = new Map<string, Quote[]>();
  for (const quote of predictions) {
    const root =
      quote.continues !== undefined && byId.has(quote.continues) ? quote.continues : quote.id;
    const group = groupOf.get(root) ?? [];
    group.push(quote);
    groupOf.set(root, group);
    groupOf.set(quote.id, group);
  }
  const matchedPredictions = new Set<string>();
  const missedGold: GoldQuote[] = [];
  const wrongSpeakers: ArticleDetail["wrongSpeakers"] = [];
  let matchedGold = 0;
  let speakerScored = 0;
  let speakerCorrect = 0;
  for (const goldQuote of gold) {
    const goldWords = wordsIn(goldQuote.start, goldQuote.end);
    if (goldWords.length === 0) continue;
    const inside = (quote: Quote) => {
      const own = wordsIn(quote.start + shift, quote.end + shift);
      const within = own.filter(
        (word) => word.start >= goldQuote.start && word.end <= goldQuote.end,
      ).length;
      return own.length > 0 && within / own.length >= 0.5;
    };
    const covered = (members: Quote[]) =>
      goldWords.filter((word) =>
        members.some((quote) => word.start >= quote.start + shift && word.end <= quote.end + shift),
      ).length / goldWords.length;
    let match: Quote[] | undefined;
    for (const quote of predictions) {
      if (quote.end + shift <= goldQuote.start || quote.start + shift >= goldQuote.end) continue;
      if (inside(quote) && covered([quote]) >= 0.8) {
        match = [quote];
        break;
      }
      const group = (groupOf.get(quote.id) ?? [quote]).filter(inside);
      if (group.length > 1 && covered(group) >= 0.8) {
        match = group;
        break;
      }
    }
    if (match === undefined) {
      missedGold.push(goldQuote);
      continue;
    }
    matchedGold++;
    for (const quote of match) matchedPredictions.add(quote.id);
    const source = goldQuote.sources.find(
      (candidate) => candidate !== null && !isPronounSource(candidate),
    );
    if (source === undefined || source === null) continue;
    speakerScored++;
    const speakerQuote = match.find((quote) => quote.speaker !== undefined);
    const speaker = speakerQuote?.speaker;
    const predictedWords = new Set<string>();
    if (speaker !== undefined) {
      for (const word of nameWords(speaker.name)) predictedWords.add(word);
      if (speaker.start !== undefined && speaker.end !== undefined) {
        for (const word of nameWords(body.slice(speaker.start, speaker.end)))
          predictedWords.add(word);
      }
    }
    const goldNames = nameWords(source);
    if ([...goldNames].some((word) => predictedWords.has(word))) speakerCorrect++;
    else wrongSpeakers.push({ gold: goldQuote, quote: speakerQuote ?? match[0], source });
  }
  const extraQuotes = predictions.filter((quote) => !matchedPredictions.has(quote.id));
  return {
    detail: { file, text, shift, gold, quotes, missedGold, extraQuotes, wrongSpeakers },
    gold: gold.length,
    predicted: predictions.length,
    matchedGold,
    matchedPredicted: matchedPredictions.size,
    speakerScored,
    speakerCorrect,
    milliseconds,
  };
}

/**
 * Scores direct quotes over PolNeAR folders (DESIGN.md "How results are scored").
 *
 * - Body: the text after the first line (the headline); predicted offsets are shifted
 *   back by the headline's length to compare with the corpus offsets.
 * - Gold: for each attribution with `direct: true`, each stretch of a content part that
 *   lies inside quote marks (", “”, „, ‟, «», '' and ``; ‘…’ when a part has no other
 *   mark); a part that opens or closes outside its own span is cut at its edge. The
 *   same stretch annotated twice is one gold quote with several sources. Gold in the
 *   headline is left out.
 * - Match: a prediction that is not `scare` matches a gold quote when it covers at least
 *   80% of the gold's words and at least half of its own words lie inside the gold; the
 *   halves of a broken quote (linked by `continues`) may cover one gold together, each
 *   with half its words inside.
 * - Precision = predictions in some match / predictions that are not `scare`: every
 *   unmatched prediction counts against it, also quoted text the annotators did not mark
 *   as a direct attribution. Recall = matched gold quotes / gold quotes; a gold quote
 *   the prediction marks `scare` is a miss.
 * - Speaker accuracy: over matched gold quotes whose source is neither missing nor a
 *   pronoun, the share where the predicted speaker's name, or the body text its offsets
 *   point at, shares a word with the source (determiners, honorifics and prepositions
 *   excluded); a matched quote with no predicted speaker counts as wrong.
 */
export function scorePolnear(
  folders: string[],
  keep: (position: number) => boolean = () => true,
): PolnearScore {
  const details: ArticleDetail[] = [];
  let gold = 0;
  let predicted = 0;
  let matchedGold = 0;
  let matchedPredicted = 0;
  let speakerScored = 0;
  let speakerCorrect = 0;
  let milliseconds = 0;
  let position = -1;
  for (const folder of folders) {
    for (const name of readdirSync(folder)
      .filter((entry) => entry.endsWith(".txt"))
      .sort()) {
      position++;
      if (!keep(position)) continue;
      const text = readFileSync(join(folder, name), "utf8");
      const annotation = JSON.parse(
        readFileSync(join(folder, name.replace(/\.txt$/u, ".json")), "utf8"),
      ) as {
        attributions: CorpusAttribution[];
      };
      const result = scoreArticle(name, text, annotation.attributions);
      details.push(result.detail);
      gold += result.gold;
      predicted += result.predicted;
      matchedGold += result.matchedGold;
      matchedPredicted += result.matchedPredicted;
      speakerScored += result.speakerScored;
      speakerCorrect += result.speakerCorrect;
      milliseconds += result.milliseconds;
    }
  }
  const precision = predicted === 0 ? 0 : matchedPredicted / predicted;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    articles: details.length,
    gold,
    predicted,
    matchedGold,
    matchedPredicted,
    precision,
    recall,
    f1,
    speakerScored,
    speakerCorrect,
    speakerAccuracy: speakerScored === 0 ? 0 : speakerCorrect / speakerScored,
    milliseconds,
    details,
  };
}
