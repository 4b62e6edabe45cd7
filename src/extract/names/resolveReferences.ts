import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { DETERMINERS } from "../../text/functionWords.js";
import {
  FEMALE_NOUNS,
  FEMALE_TITLES,
  MALE_NOUNS,
  MALE_TITLES,
  TITLE_EXPANSIONS,
} from "../../text/titleWords.js";
import type { Person } from "../../types.js";
import type { Mention } from "../quotes/findMentions.js";

/**
 * The one way a pronoun or a description is linked to a person, for the facts (a
 * person's mentions) and for quotes (a speaker): a pronoun names the nearest person
 * named before it whose gender the article does not contradict; a description ("the
 * minister", "Russia's top diplomat") names a person whose titles or roles name the same
 * post. Callers decide how sure they must be (`unique`, `sameSentence`).
 */

/** Posts a description can name, with words a matching role contains (a top diplomat is a foreign minister). */
const POSTS: readonly [RegExp, readonly string[]][] = [
  [
    /^(?:top )?diplomat$/u,
    ["foreign minister", "diplomat", "secretary of state", "foreign affairs"],
  ],
  [/^foreign minister$/u, ["foreign minister", "foreign affairs"]],
  [
    /^defen[cs]e (?:minister|secretary)$/u,
    ["defence minister", "defense minister", "defense secretary", "defence secretary"],
  ],
  [/^prime minister$/u, ["prime minister", "premier"]],
  [/^spokes(?:man|woman|person)$/u, ["spokesman", "spokeswoman", "spokesperson"]],
];

// How far back a pronoun looks for its person.
const MAX_PRONOUN_DISTANCE = 3000;

/** A pronoun or description linked to a person. */
export interface ResolvedReference {
  /** Index of the person in the people given to the resolver. */
  person: number;
  /** No other person fits (descriptions), or no other person is named in between (pronouns). */
  unique: boolean;
}

/** Links pronouns and descriptions of one article to its people. */
export interface ReferenceResolver {
  /** The person a "he", "she" names, if any. */
  pronoun(mention: Mention): ResolvedReference | undefined;
  /** The person a description ("the minister") names, if any. */
  description(mention: Mention): ResolvedReference | undefined;
}

function roleKey(word: string): string {
  const lower = word.toLowerCase().replace(/\.$/u, "");
  return TITLE_EXPANSIONS[lower] ?? lower;
}

type Gender = "male" | "female";

function genderOf(key: string, male = MALE_TITLES, female = FEMALE_TITLES): Gender | undefined {
  if (male.has(key)) return "male";
  if (female.has(key)) return "female";
  return undefined;
}

/** The gender a role's head noun says ("mother", "spokesman"). */
function nounGender(key: string): Gender | undefined {
  return genderOf(key, MALE_NOUNS, FEMALE_NOUNS);
}

/**
 * The head noun of a role's text: its last word, or the word before "of" ("mother of
 * two"), without "-in-law".
 */
function roleHead(text: string): string {
  const words = text.toLowerCase().split(/\s+/u);
  const of = words.indexOf("of");
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? "";
  // "brother-in-law", "mother-in-law": kin by marriage have the gender of the kin.
  return roleKey(head.replace(/-in-law$/u, ""));
}

function stem(word: string): string {
  return word.toLowerCase().slice(0, Math.max(4, word.length - 3));
}

/**
 * Builds the resolver for one article.
 *
 * @param mentions - the article's possible speakers and references, in text order
 * @param people - its people (name mentions only)
 * @param personOfMention - the index of the person a name mention names, or -1
 * @returns the resolver
 */
export function referenceResolver(
  mentions: readonly Mention[],
  people: readonly Pick<Person, "roles" | "mentions">[],
  personOfMention: (mention: Mention) => number,
): ReferenceResolver {
  // Gender only where the article states it: by an honorific or a title ("Mrs. Clinton"),
  // or by the head of a role ("the victim's mother, Helen Ruiz").
  const gender = people.map((): Gender | undefined => undefined);
  for (const mention of mentions) {
    const person = personOfMention(mention);
    if (person < 0) continue;
    for (const role of mention.roles) gender[person] = genderOf(roleKey(role)) ?? gender[person];
  }
  for (const [index, person] of people.entries())
    for (const role of person.roles) gender[index] ??= nounGender(roleHead(role.text));
  // Lower-cased role texts of each person, for descriptions.
  const roleTexts = people.map((person, index) => {
    const texts = person.roles.map((role) => role.text.toLowerCase());
    for (const mention of mentions)
      if (personOfMention(mention) === index) texts.push(mention.roles.map(roleKey).join(" "));
    return texts;
  });
  const mentionIndexAt = (offset: number): number => firstAtOrAfter(mentions, offset);
  const fits = (mention: Mention, person: number): boolean => {
    const head = (mention.roles[0] ?? "").toLowerCase();
    const words = mention.words.map((word) => word.toLowerCase());
    const phrase = words.slice(words.length > 1 ? 1 : 0).join(" ");
    const post = POSTS.find(([pattern]) => pattern.test(phrase) || pattern.test(head))?.[1] ?? [
      roleKey(head),
    ];
    // "Russia's top diplomat": the owner (a capitalised first word) must be in the role too.
    const first = mention.words[0] ?? "";
    const owner =
      /^\p{Lu}/u.test(first) && !DETERMINERS.has(first.toLowerCase()) ? first : undefined;
    return (roleTexts[person] ?? []).some(
      (text) =>
        post.some((word) => text.includes(word)) &&
        (owner === undefined || text.includes(stem(owner))),
    );
  };
  return {
    pronoun(mention) {
      const word = mention.words[0]?.toLowerCase();
      if (word !== "he" && word !== "she") return undefined;
      const excluded = word === "she" ? "male" : "female";
      let fallback: number | undefined;
      let others = 0;
      const seen = new Set<number>();
      for (let index = mentionIndexAt(mention.start) - 1; index >= 0; index--) {
        const candidate = mentions[index];
        if (candidate === undefined) continue;
        if (mention.start - candidate.end > MAX_PRONOUN_DISTANCE) break;
        const person = personOfMention(candidate);
        if (person < 0 || gender[person] === excluded) continue;
        if (!candidate.object && !candidate.possessive)
          return { person, unique: fallback === undefined && others === 0 };
        if (!seen.has(person)) {
          seen.add(person);
          others++;
        }
        fallback ??= person;
      }
      return fallback === undefined ? undefined : { person: fallback, unique: others === 1 };
    },
    description(mention) {
      if (mention.kind !== "nominal") return undefined;
      const first = mention.words[0]?.toLowerCase() ?? "";
      // Only a definite description names someone known: "the minister", not "a minister".
      if (first === "a" || first === "an" || first === "one" || first === "another")
        return undefined;
      const fitting: number[] = [];
      for (let person = 0; person < people.length; person++)
        if (fits(mention, person)) fitting.push(person);
      if (fitting.length === 0) return undefined;
      // The nearest fitting person named before the description.
      for (let index = mentionIndexAt(mention.start) - 1; index >= 0; index--) {
        const candidate = mentions[index];
        if (candidate === undefined) continue;
        const person = personOfMention(candidate);
        if (person >= 0 && fitting.includes(person))
          return { person, unique: fitting.length === 1 };
      }
      return { person: fitting[0] ?? 0, unique: fitting.length === 1 };
    },
  };
}
