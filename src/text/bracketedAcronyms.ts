// An acronym in brackets: "(IGRA)".
const BRACKETED_ACRONYM = /\((\p{Lu}{2,10})\)/gu;

/**
 * The acronyms a text gives in brackets ("the International Grain Relief Agency (IGRA)"),
 * each with the offset of its first opening bracket: one pass over the text.
 *
 * @param text - the text
 * @returns acronym → offset of the "(" before its first bracketed use
 */
export function bracketedAcronyms(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1] ?? "";
    if (!found.has(acronym)) found.set(acronym, match.index);
  }
  return found;
}
