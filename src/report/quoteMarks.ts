import type { QuoteGroup, WordDifference, WordDifferenceKind } from "../types.js";

/**
 * A stretch of one quote variant as a report shows it: words the root has too (`same`),
 * words the variant adds, replaces or moves, words of the root it drops (shown where they
 * would stand), and the gap between two pieces of a quote broken by its attribution.
 */
export interface MarkedSegment {
  /** `same`, a {@link WordDifferenceKind}, or `gap` between two pieces. */
  kind: "same" | "gap" | WordDifferenceKind;
  /** The variant's words (empty for `dropped` and `gap`). */
  text: string;
  /** The root's words, for `dropped` and `replaced`. */
  rootText?: string;
}

/**
 * Splits one variant of a quote group into marked segments, from the group's word
 * differences: the root reads as it is; every other variant shows its added, replaced
 * and moved words and the root's words it drops. Linear in the variant's differences.
 *
 * @param group - the quote group
 * @param variantIndex - the variant's index in `group.variants`
 * @param body - the body of the variant's article
 * @param differences - the group's differences for the variant's article, sorted by
 *   `start` (all of the group's differences will do, at a linear cost)
 * @returns the segments in reading order
 */
export function markVariant(
  group: QuoteGroup,
  variantIndex: number,
  body: string,
  differences: readonly WordDifference[],
): MarkedSegment[] {
  const variant = group.variants[variantIndex];
  if (variant === undefined) return [];
  const isRoot = variantIndex === group.alignment.root;
  const segments: MarkedSegment[] = [];
  const pieces = variant.pieces.length > 0 ? variant.pieces : [variant];
  let cursorInDifferences = 0;
  pieces.forEach((piece, pieceIndex) => {
    if (pieceIndex > 0) segments.push({ kind: "gap", text: "" });
    let cursor = piece.start;
    if (!isRoot) {
      while (cursorInDifferences < differences.length) {
        const difference = differences[cursorInDifferences];
        if (difference === undefined || difference.start > piece.end) break;
        cursorInDifferences++;
        if (difference.articleId !== variant.articleId || difference.end < piece.start) continue;
        if (difference.kind === "dropped") {
          const at = Math.min(Math.max(difference.start, cursor), piece.end);
          if (at > cursor) segments.push({ kind: "same", text: body.slice(cursor, at) });
          cursor = at;
          segments.push({ kind: "dropped", text: "", rootText: difference.rootText });
          continue;
        }
        const start = Math.max(difference.start, cursor);
        const end = Math.min(difference.end, piece.end);
        if (end <= start) continue;
        if (start > cursor) segments.push({ kind: "same", text: body.slice(cursor, start) });
        const segment: MarkedSegment = { kind: difference.kind, text: body.slice(start, end) };
        if (difference.kind === "replaced") segment.rootText = difference.rootText;
        segments.push(segment);
        cursor = end;
      }
    }
    if (piece.end > cursor) segments.push({ kind: "same", text: body.slice(cursor, piece.end) });
  });
  return segments;
}

/**
 * Joins rendered segments into one line, putting a space between the root's dropped or
 * replaced words and a word they would otherwise run into ("understand that" dropped
 * before "discussing" reads `that discussing`, not `thatdiscussing`).
 *
 * @param segments - the segments, from {@link markVariant}
 * @param render - how one segment is written (Markdown or HTML)
 * @returns the rendered line
 */
export function joinMarked(
  segments: readonly MarkedSegment[],
  render: (segment: MarkedSegment) => string,
): string {
  let out = "";
  segments.forEach((segment, index) => {
    const shown = segment.kind === "dropped" || segment.kind === "replaced";
    const previous = segments[index - 1];
    const next = segments[index + 1];
    if (shown && previous !== undefined && /[\p{L}\p{N}]$/u.test(previous.text)) out += " ";
    out += render(segment);
    if (shown && next !== undefined && next.kind !== "gap" && /^[\p{L}\p{N}]/u.test(next.text))
      out += " ";
  });
  return out;
}
