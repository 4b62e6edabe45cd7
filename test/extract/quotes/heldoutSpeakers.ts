import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractQuotes } from "../../../src/extract/index.js";
import { parseArticle } from "../../../src/parse/index.js";
import type { Quote } from "../../../src/types.js";

/**
 * Scores quote finding and speakers on a folder of our own articles labelled blind
 * (test/extract/quotes/heldout-speakers): each file is a page as text (headline first);
 * labels.json lists every quoted passage of the page in text order, with its
 * speaker as a careful reader names it (`statement`) or none (`other`: a scare quote, a
 * title, a term).
 */

/** One labelled quoted passage. */
export interface SpeakerLabel {
  quote: string;
  speaker: string | null;
  kind: "statement" | "other";
}

/** The score of the set, overall and per house style (the file name's prefix). */
export interface SpeakerScore {
  statements: number;
  predicted: number;
  matchedStatements: number;
  /** Predictions that fall on a passage labelled `other`. */
  onOther: number;
  precision: number;
  recall: number;
  f1: number;
  speakerCorrect: number;
  speakerAccuracy: number;
}

// Words that say nothing about who spoke.
const NOT_NAME_WORDS = new Set(
  "the a an of mr mrs ms dr shri smt and his her its their in for at on to by with from who that which as s said says".split(
    " ",
  ),
);

function nameWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => !NOT_NAME_WORDS.has(word));
}

/**
 * Whether a predicted speaker names the labelled one: a named speaker by the last word of
 * its name (the surname, or an organisation's last word), a speaker given only by a role
 * ("a spokesperson for the ministry") by any content word of the role.
 */
export function sameSpeaker(label: string, predicted: string[]): boolean {
  const gold = nameWords(label);
  const words = new Set(predicted.flatMap(nameWords));
  if (gold.length === 0) return false;
  // A role phrase opens with an article or "one" ("a spokesperson for the ministry", "one
  // worker", capitalised or not), as the set's README writes them; anything else is a name.
  const named = !/^(?:a|an|the|one|another)\s/iu.test(label.trim());
  return named ? words.has(gold[gold.length - 1] ?? "") : gold.some((word) => words.has(word));
}

function emptyScore(): SpeakerScore {
  return {
    statements: 0,
    predicted: 0,
    matchedStatements: 0,
    onOther: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    speakerCorrect: 0,
    speakerAccuracy: 0,
  };
}

function finish(score: SpeakerScore): SpeakerScore {
  score.precision = score.predicted === 0 ? 0 : score.matchedStatements / score.predicted;
  score.recall = score.statements === 0 ? 0 : score.matchedStatements / score.statements;
  score.f1 =
    score.precision + score.recall === 0
      ? 0
      : (2 * score.precision * score.recall) / (score.precision + score.recall);
  score.speakerAccuracy =
    score.matchedStatements === 0 ? 0 : score.speakerCorrect / score.matchedStatements;
  return score;
}

/** The folder of a blind set, or undefined when it is not in this checkout. */
export function speakersDir(name = "heldout-speakers"): string | undefined {
  const dir = join(import.meta.dirname, name);
  return existsSync(join(dir, "labels.json")) ? dir : undefined;
}

function folded(text: string): string {
  return nameWords(text).join(" ");
}

/**
 * Scores every labelled file of `dir`, read as a user reads a page (`parseArticle` on its
 * text, then `extractQuotes`): overall and per style. A quote found matches a labelled
 * passage when one's words hold the other's and the shorter has at least 80% of the
 * longer's words. `onWrongSpeaker` hears each matched quote whose speaker is wrong: for
 * reading a development set only, never a held-out one.
 */
export function scoreSpeakers(
  dir: string,
  onWrongSpeaker?: (file: string, label: SpeakerLabel, predicted: string[]) => void,
): Map<string, SpeakerScore> {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<
    string,
    SpeakerLabel[]
  >;
  const scores = new Map<string, SpeakerScore>([["all", emptyScore()]]);
  for (const [file, entries] of Object.entries(labels).sort()) {
    const style = file.split("-")[0] ?? file;
    if (!scores.has(style)) scores.set(style, emptyScore());
    const article = parseArticle({ id: file, text: readFileSync(join(dir, file), "utf8") });
    const quotes = extractQuotes(article).filter((quote: Quote) => quote.kind !== "scare");
    const matches = (quote: Quote, label: SpeakerLabel) => {
      const found = folded(quote.text);
      const labelled = folded(label.quote);
      if (found === "" || labelled === "") return false;
      const [shorter, longer] =
        found.length <= labelled.length ? [found, labelled] : [labelled, found];
      return (
        longer.includes(shorter) && shorter.split(" ").length >= 0.8 * longer.split(" ").length
      );
    };
    let statements = 0;
    let matched = 0;
    let correct = 0;
    let onOther = 0;
    const used = new Set<string>();
    for (const label of entries) {
      if (label.kind !== "statement") continue;
      statements++;
      const quote = quotes.find(
        (candidate) => !used.has(candidate.id) && matches(candidate, label),
      );
      if (quote === undefined) continue;
      used.add(quote.id);
      matched++;
      const speaker = quote.speaker;
      const predicted =
        speaker === undefined
          ? []
          : [
              speaker.name,
              speaker.start !== undefined && speaker.end !== undefined
                ? article.body.slice(speaker.start, speaker.end)
                : "",
            ];
      if (label.speaker !== null && sameSpeaker(label.speaker, predicted)) correct++;
      else onWrongSpeaker?.(file, label, predicted);
    }
    for (const quote of quotes) {
      if (used.has(quote.id)) continue;
      if (entries.some((label) => label.kind === "other" && matches(quote, label))) onOther++;
    }
    for (const key of ["all", style]) {
      const score = scores.get(key) as SpeakerScore;
      score.statements += statements;
      score.predicted += quotes.length;
      score.matchedStatements += matched;
      score.onOther += onOther;
      score.speakerCorrect += correct;
    }
  }
  for (const score of scores.values()) finish(score);
  return scores;
}
