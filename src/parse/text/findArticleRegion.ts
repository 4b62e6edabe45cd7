import { boilerplateParagraphKind, type ClassifiedLine } from "./classifyLine.js";

/** The lines `[start, end)` that hold the article, and where the tail was cut, if it was. */
export interface ArticleRegion {
  /** Index of the first article line. */
  start: number;
  /** Index one past the last article line. */
  end: number;
}

// Scores per line for the densest-run search: prose earns its words, everything a page
// wraps around an article costs something. The maximum-sum run is the article, as in the
// text-density extractors (Kohlschütter's boilerpipe, trafilatura's baseline).
function lineScore(line: ClassifiedLine): number {
  switch (line.kind) {
    case "blank":
      return 0;
    case "prose": {
      if (boilerplateParagraphKind(line.text) !== undefined) return -line.words;
      // A long line without a closing stop is a teaser or link title more often than a paragraph.
      if (!line.sentence) return line.words > 60 ? Math.min(line.words, 80) * 0.5 : -1;
      return Math.min(line.words, 80);
    }
    case "heading":
      return -1;
    case "navigation":
      return -3;
    case "caption":
    case "related-link":
      return -1;
    // A notice costs as much as the prose it would be if it were read as prose.
    case "subscribe":
    case "cookie-notice":
    case "promo":
      return -Math.max(6, line.words);
    case "byline":
    case "date":
    case "age":
    case "read-time":
      return -2;
    default:
      return -6;
  }
}

/**
 * Finds the run of lines that holds the article: the maximum-sum run of line scores
 * (Kadane), so a paragraph-rich block wins over menus and link lists around it.
 * Returns undefined when no line reads as prose.
 */
export function findArticleRegion(lines: readonly ClassifiedLine[]): ArticleRegion | undefined {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined) continue;
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += lineScore(line);
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = index + 1;
    }
  }
  if (bestStart < 0) return undefined;
  // Trim non-content lines the run picked up at its edges.
  while (bestStart < bestEnd && lines[bestStart]?.kind === "blank") bestStart++;
  while (bestEnd > bestStart && lines[bestEnd - 1]?.kind !== "prose") bestEnd--;
  return { start: bestStart, end: bestEnd };
}
