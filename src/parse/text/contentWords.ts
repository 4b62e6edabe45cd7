const CONTENT_WORD = /[\p{L}][\p{L}\p{M}'’-]{4,}/gu;

// Frequent long words that say nothing about a topic.
const COMMON = new Set([
  "about",
  "after",
  "again",
  "against",
  "because",
  "before",
  "being",
  "between",
  "could",
  "every",
  "first",
  "other",
  "their",
  "there",
  "these",
  "these",
  "thing",
  "things",
  "those",
  "through",
  "under",
  "until",
  "where",
  "which",
  "while",
  "would",
  "should",
  "still",
  "since",
  "without",
  "within",
  "during",
  "around",
  "among",
  "another",
  "always",
  "never",
  "often",
  "already",
  "however",
  "including",
  "across",
  "along",
  "also",
  "whether",
  "years",
  "today",
]);

/**
 * The distinct topical words of a text: lower-cased, five letters or more, common words
 * left out. Comparing two blocks' sets measures their lexical cohesion, the test that
 * tells an article's last section from unrelated text pasted after it (as in TextTiling,
 * Hearst 1997, reduced to one boundary).
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(CONTENT_WORD)) {
    const word = match[0];
    if (!COMMON.has(word)) words.add(word);
  }
  return words;
}
