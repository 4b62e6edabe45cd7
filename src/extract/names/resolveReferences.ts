import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { DETERMINERS } from "../../text/functionWords.js";
import {
  FEMALE_NOUNS,
  FEMALE_TITLES,
  MALE_NOUNS,
  MALE_TITLES,
  ROLE_NOUNS,
  SOURCE_NOUNS,
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

// What stands between a name and a description that restates it: a comma, an age.
const APPOSITION_BEFORE = /^,\s(?:\d{1,3},\s)?$/u;
const APPOSITION_AFTER = /^,\s$/u;

// Words that open a description of someone not met before.
const INDEFINITE = new Set(["a", "an", "one", "another"]);

// Plural heads that do not end in "s".
const IRREGULAR_PLURALS = new Set(["men", "women", "people", "staff", "police", "fishermen"]);

function isPlural(noun: string): boolean {
  return (noun.endsWith("s") && !noun.endsWith("ss")) || IRREGULAR_PLURALS.has(noun);
}

// Heads of descriptions of people, not of bodies or documents ("the ministry", "a statement").
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS].filter((noun) => !SOURCE_NOUNS.has(noun)),
);

/** A pronoun or description linked to a person. */
export interface ResolvedReference {
  /** Index of the person in the people given to the resolver; -1 for someone unnamed. */
  person: number;
  /** No other person fits (descriptions), or no other person is named in between (pronouns). */
  unique: boolean;
  /**
   * For a pronoun whose person is never named ("One worker stood at the gate. … he said"):
   * the description that introduced them; `person` is then -1.
   */
  described?: Mention;
}

/** Links pronouns and descriptions of one article to its people. */
export interface ReferenceResolver {
  /** The person a "he", "she" names, if any. */
  pronoun(mention: Mention): ResolvedReference | undefined;
  /** The person a description ("the minister") names, if any. */
  description(mention: Mention): ResolvedReference | undefined;
  /**
   * Whom a definite description that speaks stands for when no named person's role fits it
   * ("the rider said", "the Dane added"): someone described before by the same noun and
   * never named ("One firefighter … the firefighter said") or the person named as a subject
   * in its sentence or the sentence before ("Pengelly was gracious in defeat. “…,” the
   * rider said."), whichever is nearer. A report names its speakers before it describes them.
   */
  speakerBack(mention: Mention): ResolvedReference | undefined;
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
 * @param sentenceAt - the index of the sentence an offset lies in (one sentence when not given)
 * @param text - the text the mentions are offsets into, for the punctuation between them
 * @returns the resolver
 */
export function referenceResolver(
  mentions: readonly Mention[],
  people: readonly Pick<Person, "roles" | "mentions">[],
  personOfMention: (mention: Mention) => number,
  sentenceAt: (offset: number) => number = () => 0,
  text = "",
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
  // A description of one person of a gender the pronoun allows, headed by a person noun.
  const describesOne = (candidate: Mention, excluded: Gender): boolean => {
    const head = candidate.roles[0] ?? "";
    if (candidate.kind !== "nominal") return false;
    // "he" and "she" stand for one person: "officials" or "two men" are no antecedent.
    return PERSON_NOUNS.has(head) && !isPlural(head) && nounGender(head) !== excluded;
  };
  // A description beside a name or another description, set off by a comma: a second way
  // of naming the same person ("P. Ruiz, 62, a retired teacher", "The homeowner, Ana Ruiz").
  const isAppositive = (index: number): boolean => {
    const candidate = mentions[index];
    const before = mentions[index - 1];
    const after = mentions[index + 1];
    if (candidate === undefined) return false;
    if (before !== undefined && APPOSITION_BEFORE.test(text.slice(before.end, candidate.start)))
      return true;
    return (
      after !== undefined &&
      after.kind === "name" &&
      APPOSITION_AFTER.test(text.slice(candidate.end, after.start))
    );
  };
  const description = (mention: Mention): ResolvedReference | undefined => {
    if (mention.kind !== "nominal") return undefined;
    const first = mention.words[0]?.toLowerCase() ?? "";
    // Only a definite description names someone known: "the minister", not "a minister".
    if (INDEFINITE.has(first)) return undefined;
    const fitting: number[] = [];
    for (let person = 0; person < people.length; person++)
      if (fits(mention, person)) fitting.push(person);
    if (fitting.length === 0) return undefined;
    // The nearest fitting person named before the description.
    for (let index = mentionIndexAt(mention.start) - 1; index >= 0; index--) {
      const candidate = mentions[index];
      if (candidate === undefined) continue;
      const person = personOfMention(candidate);
      if (person >= 0 && fitting.includes(person)) return { person, unique: fitting.length === 1 };
    }
    return { person: fitting[0] ?? 0, unique: fitting.length === 1 };
  };
  const speakerBack = (mention: Mention): ResolvedReference | undefined => {
    const head = mention.kind === "nominal" ? (mention.roles[0] ?? "") : "";
    if (mention.kind === "nominal" && (!PERSON_NOUNS.has(head) || isPlural(head))) return undefined;
    const sentence = sentenceAt(mention.start);
    for (let index = mentionIndexAt(mention.start) - 1; index >= 0; index--) {
      const candidate = mentions[index];
      if (candidate === undefined) continue;
      if (mention.start - candidate.end > MAX_PRONOUN_DISTANCE) break;
      if (
        head !== "" &&
        candidate.kind === "nominal" &&
        candidate.roles[0] === head &&
        INDEFINITE.has(candidate.words[0]?.toLowerCase() ?? "")
      )
        return { person: -1, unique: true, described: candidate };
      const named = personOfMention(candidate);
      if (
        named >= 0 &&
        !candidate.object &&
        !candidate.possessive &&
        sentenceAt(candidate.start) >= sentence - 1
      )
        return { person: named, unique: false };
    }
    return undefined;
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
        const subject = !candidate.object && !candidate.possessive;
        // Someone the article describes and never names ("One bus driver, who asked not to
        // be named, says …"), the subject of the pronoun's sentence or the one before, with
        // no person named as a subject since (a name as an object does not count).
        if (
          subject &&
          sentenceAt(candidate.start) >= sentenceAt(mention.start) - 1 &&
          INDEFINITE.has(candidate.words[0]?.toLowerCase() ?? "") &&
          describesOne(candidate, excluded) &&
          !isAppositive(index)
        )
          return { person: -1, unique: true, described: candidate };
        const person = personOfMention(candidate);
        if (person < 0 || gender[person] === excluded) continue;
        if (subject) return { person, unique: fallback === undefined && others === 0 };
        if (!seen.has(person)) {
          seen.add(person);
          others++;
        }
        fallback ??= person;
      }
      return fallback === undefined ? undefined : { person: fallback, unique: others === 1 };
    },
    description,
    speakerBack,
  };
}
