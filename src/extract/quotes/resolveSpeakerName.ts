import type { Mention } from "./findMentions.js";
import { HONORIFICS, TITLE_EXPANSIONS } from "./wordLists.js";

/** Looks up the fullest form of names and the people behind pronouns and descriptions. */
export interface SpeakerResolver {
  /** The name to report for a mention, or undefined when it stands for no one known. */
  nameOf(mention: Mention): string | undefined;
}

function lowerWords(mention: Mention): string[] {
  return mention.words
    .filter((word) => !HONORIFICS.has(word.toLowerCase()))
    .map((word) => word.toLowerCase());
}

const MALE_TITLES = new Set(
  "mr sir lord king prince father congressman spokesman chairman councilman businessman".split(" "),
);
const FEMALE_TITLES = new Set(
  "mrs ms miss madam dame lady queen princess congresswoman spokeswoman chairwoman councilwoman businesswoman".split(
    " ",
  ),
);

function roleKey(word: string): string {
  const lower = word.toLowerCase();
  return TITLE_EXPANSIONS[lower] ?? lower;
}

/**
 * Builds the resolver for one article's mentions (in text order). A name resolves to
 * the fullest form of it in the article ("Lavrov" and "Mr. Lavrov" to "Sergey Lavrov"):
 * the longest person name that ends with the same words, nearest before the
 * mention, else first after it. A pronoun resolves to the last person named before it
 * outside quotes; "the minister" to the last person with that title.
 */
export function resolveSpeakerName(text: string, mentions: Mention[]): SpeakerResolver {
  // The name as printed ("Donald J. Trump"), unless a nickname in quotes sits inside it.
  const printed = (mention: Mention): string => {
    const slice = text.slice(mention.start, mention.end).replace(/\s+/gu, " ");
    if (
      !/["\u201C\u201D\u2018\u2019\u00AB\u00BB']/u.test(slice.replace(/\p{L}[\u2019']\p{L}/gu, ""))
    )
      return slice;
    const shown = mention.words.filter((word) => !HONORIFICS.has(word.toLowerCase()));
    return (shown.length > 0 ? shown : mention.words).join(" ");
  };
  // For each proper tail of a full name ("lavrov", "van der berg"), the longest full
  // names ending with it, in text order: a lookup per mention instead of a scan.
  const fullerByTail = new Map<string, Mention[]>();
  const personWords = new Set<string>();
  for (const mention of mentions) {
    if (mention.kind !== "name" || !mention.person) continue;
    const words = lowerWords(mention);
    if (words.length < 2) continue;
    for (const word of words) personWords.add(word);
    for (let from = 1; from < words.length; from++) {
      const tail = words.slice(from).join(" ");
      const known = fullerByTail.get(tail);
      const knownLength = known?.[0] === undefined ? 0 : lowerWords(known[0]).length;
      if (known === undefined || words.length > knownLength) fullerByTail.set(tail, [mention]);
      else if (words.length === knownLength) known.push(mention);
    }
  }
  const fullest = (mention: Mention): string => {
    const candidates = fullerByTail.get(lowerWords(mention).join(" "));
    let best: Mention | undefined;
    if (candidates !== undefined) {
      // The nearest full form before the mention, else the first one after it.
      let low = 0;
      let high = candidates.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((candidates[middle]?.start ?? 0) <= mention.start) low = middle + 1;
        else high = middle;
      }
      best = candidates[low - 1] ?? candidates[0];
    }
    const source = best ?? mention;
    return printed(source);
  };
  // Gender only where the article states it by an honorific or a title ("Mrs. Clinton").
  const genderByName = new Map<string, "male" | "female">();
  for (const mention of mentions) {
    if (mention.kind !== "name") continue;
    for (const role of mention.roles) {
      const gender = MALE_TITLES.has(role)
        ? "male"
        : FEMALE_TITLES.has(role)
          ? "female"
          : undefined;
      if (gender !== undefined) genderByName.set(fullest(mention), gender);
    }
  }
  const isPerson = (mention: Mention): boolean => {
    if (mention.kind !== "name") return false;
    if (mention.person) return true;
    const words = lowerWords(mention);
    return words.length === 1 && personWords.has(words[0] ?? "");
  };
  const antecedent = (
    mention: Mention,
    test: (candidate: Mention) => boolean,
  ): Mention | undefined => {
    let fallback: Mention | undefined;
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((mentions[middle]?.start ?? 0) < mention.start) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= 0; index--) {
      const candidate = mentions[index];
      if (candidate === undefined) continue;
      if (!test(candidate)) continue;
      if (mention.start - candidate.end > 3000) break;
      if (!candidate.object && !candidate.possessive) return candidate;
      fallback ??= candidate;
    }
    return fallback;
  };
  return {
    nameOf(mention) {
      switch (mention.kind) {
        case "organization":
          return printed(mention);
        case "name":
          return fullest(mention);
        case "pronoun": {
          if (mention.words[0] === "they") return undefined;
          const excluded = mention.words[0] === "she" ? "male" : "female";
          const person = antecedent(
            mention,
            (candidate) => isPerson(candidate) && genderByName.get(fullest(candidate)) !== excluded,
          );
          return person === undefined ? undefined : fullest(person);
        }
        case "nominal": {
          const head = roleKey(mention.roles[0] ?? "");
          const definite = mention.words[0]?.toLowerCase() === "the";
          if (definite) {
            const person = antecedent(
              mention,
              (candidate) =>
                isPerson(candidate) && candidate.roles.some((role) => roleKey(role) === head),
            );
            if (person !== undefined) return fullest(person);
          }
          return mention.words.join(" ");
        }
      }
    },
  };
}
