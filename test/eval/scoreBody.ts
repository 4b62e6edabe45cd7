import { lowerWords } from "../../src/text/words.js";

/** Precision, recall and F1 of one predicted body against its truth. */
export interface BodyScore {
  /** Share of the predicted shingles that are in the truth. */
  precision: number;
  /** Share of the truth's shingles that were predicted. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
}

const SHINGLE_SIZE = 4;

/** Counts the 4-word shingles of a text (lower-cased runs of Unicode letters and digits). */
function shingleCounts(text: string): Map<string, number> {
  const words = lowerWords(text);
  const counts = new Map<string, number>();
  // A text shorter than one shingle still counts as one shingle of all its words.
  const last =
    words.length >= SHINGLE_SIZE ? words.length - SHINGLE_SIZE : words.length > 0 ? 0 : -1;
  for (let start = 0; start <= last; start++) {
    const shingle = words.slice(start, start + SHINGLE_SIZE).join(" ");
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/**
 * Scores a predicted body against the truth as DESIGN.md "How results are scored" says:
 * lower-cased words, 4-word shingles counted as multisets, precision, recall and F1.
 * Two empty texts score 1; one empty text scores 0.
 */
export function bodyScore(predicted: string, truth: string): BodyScore {
  const predictedCounts = shingleCounts(predicted);
  const truthCounts = shingleCounts(truth);
  let predictedTotal = 0;
  for (const count of predictedCounts.values()) predictedTotal += count;
  let truthTotal = 0;
  for (const count of truthCounts.values()) truthTotal += count;
  if (predictedTotal === 0 && truthTotal === 0) {
    return { precision: 1, recall: 1, f1: 1 };
  }
  let overlap = 0;
  for (const [shingle, count] of predictedCounts) {
    overlap += Math.min(count, truthCounts.get(shingle) ?? 0);
  }
  const precision = predictedTotal === 0 ? 0 : overlap / predictedTotal;
  const recall = truthTotal === 0 ? 0 : overlap / truthTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Averages per-document scores, as the evaluation reports them. */
export function meanBodyScore(scores: BodyScore[]): BodyScore {
  if (scores.length === 0) {
    return { precision: 0, recall: 0, f1: 0 };
  }
  const sum = (pick: (score: BodyScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0) / scores.length;
  return {
    precision: sum((score) => score.precision),
    recall: sum((score) => score.recall),
    f1: sum((score) => score.f1),
  };
}
