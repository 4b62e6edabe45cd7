const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const SPACES = /\s+/gu;

/**
 * Folds text for comparison: Unicode NFKC, straight quotes for curly ones, whitespace
 * folded and trimmed, lower case. This is the folding DESIGN.md scores headlines and
 * author names with.
 */
export function foldForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .replace(CURLY_DOUBLE, '"')
    .replace(CURLY_SINGLE, "'")
    .replace(SPACES, " ")
    .trim()
    .toLowerCase();
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACES, " ").trim();
}

const NON_ASCII = /[^\u0000-\u007f]/u;
const MARKS = /\p{M}/gu;

/**
 * A word with its accents and other marks dropped ("kōwhai" → "kowhai", "café" → "cafe"):
 * readers take the two for one word, which one outlet's system printed without its marks.
 */
export function withoutMarks(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFD").replace(MARKS, "") : text;
}
