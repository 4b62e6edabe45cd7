import { isJobTitle } from "../jobTitle.js";
import { countWords } from "./classifyLine.js";
import { PAGE_WORD } from "./readByline.js";

/** Words that name an organisation rather than a person ("Times", "News", "Agency"). */
export const ORG_CUE =
  /(?<![\p{L}\p{N}])(?:the|times|post|news|daily|herald|journal|tribune|press|star|gazette|guardian|telegraph|chronicle|review|magazine|institute|center|centre|council|foundation|agency|network|media|radio|tv|television|broadcasting|wire|reuters|bloomberg|observer|independent|express|mirror|monitor|report|today|weekly)(?![\p{L}\p{N}])/iu;

// Two to four name words: "Ann Lee", "Janyce McGregor", "Tate Ryan-Mosley", "Bo O'Hara".
const NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}\p{M}]+(?:['’-]?\p{Lu}[\p{Ll}\p{M}]+)?|['’]\p{Lu}[\p{Ll}\p{M}]+)`;
/** A line of two to four name words: "Ann Lee", "Janyce McGregor", "Tate Ryan-Mosley". */
export const PERSON_LINE = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+(?:\p{Lu}\.|${NAME_WORD})){1,3}$`,
  "u",
);

/**
 * The names of a byline printed without "By", joined with commas: "Ann Lee/", "Ann
 * Leearchive page", "Ann Lee and Bo Diaz, Harbour Times". Undefined when the line is not one.
 *
 * @param text - one line of page text
 * @returns the names, or undefined
 * @example
 * ```ts
 * signatureName("Ann Lee and Bo Diaz, Harbour Times"); // "Ann Lee, Bo Diaz"
 * ```
 */
export function signatureName(text: string): string | undefined {
  return signatureNames(text)?.join(", ");
}

// "Ann Lee and Bo Diaz, Harbour Desk", "Ann Lee in Lisbon": names, then the outlet or the
// place the writers filed from.
const SIGNATURE_TAIL =
  /(?:,\s*|(?<!\s)\s+in\s+)\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}$/u;

/**
 * The names of a byline printed without "By", or undefined when the line is not one.
 *
 * @param text - one line of page text
 * @returns the names in the order written, or undefined
 * @example
 * ```ts
 * signatureNames("Ann Lee in Lisbon"); // ["Ann Lee"]
 * ```
 */
export function signatureNames(text: string): string[] | undefined {
  if (countWords(text) > 14) return undefined;
  const cleaned = text
    .replace(/(?<=\p{Ll})archive page$/u, "")
    .replace(/(?<!\s)\s*\/$/u, "")
    .trim();
  for (const candidate of [cleaned, cleaned.replace(SIGNATURE_TAIL, "")]) {
    // "Ann Lee, Chief Economist": the writer's job after the comma is not a second name.
    const parts = candidate.split(",").map((part) => part.trim());
    const named = parts.filter((part, index) => index === 0 || !isJobTitle(part)).join(",");
    const people = named
      .split(/(?<!\s)\s*(?:,|(?<![\p{L}\p{N}])and(?![\p{L}\p{N}])|&)\s*/u)
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    // The outlet after the names: "…, Harbour Times".
    const last = people.at(-1);
    if (
      people.length > 1 &&
      last !== undefined &&
      ORG_CUE.test(last) &&
      last.split(" ").length <= 4
    ) {
      people.pop();
    }
    // Several names are two or three words each; a title-cased headline split at "&" is not.
    if (
      people.length > 0 &&
      people.length <= 4 &&
      (people.length === 1 || people.every((name) => name.split(/\s+/u).length <= 3)) &&
      people.every(
        (name) =>
          PERSON_LINE.test(name.replace(/(?<!\s),?\s+(?:Jr|Sr)\.?$/u, "")) && !PAGE_WORD.test(name),
      )
    ) {
      return people;
    }
  }
  return undefined;
}
