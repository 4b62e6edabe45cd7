import { editDistance } from "../../text/editDistance.js";
import { foldNameWord } from "../../text/foldName.js";
import { GIVEN_NAME_VARIANTS, HONORIFICS } from "../../text/nameWords.js";
import { withoutMarks } from "../../text/normalize.js";
import { DESCRIPTOR_NOUNS } from "../../text/titleWords.js";
import { trimEndWhere } from "../../text/trimEndWhere.js";
import type { CastMember, DiscrepancyValue } from "../../types.js";
import { outletName } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import type { StoryArticle, StoryContext } from "../storyContext.js";
import { readPost } from "./role/readPost.js";

/** Options of the {@link nameRule}. */
export interface NameRuleOptions extends RuleOptions {
  /**
   * Two words of one name this many letters apart or fewer (after case) are one word
   * misspelt ("Kallas"/"Kallis"); further apart they are another form of the name ("Bill"/
   * "William") and not flagged.
   */
  maxLetterEdits: number;
}

/** How two printed forms of one word of a name relate. */
type WordRelation = "same" | "transliteration" | "misspelling" | "other";

interface Spelling {
  articleId: string;
  text: string;
  start: number;
  end: number;
  words: string[];
}

const isPeriod = (char: string) => char === ".";

// Each given name's rows in the shared table of variants (Bill/William, Vladimir/Volodymyr).
const variantRows = new Map<string, Set<number>>();
for (const [row, names] of GIVEN_NAME_VARIANTS.entries()) {
  for (const name of names) {
    const folded = foldNameWord(name);
    variantRows.set(folded, (variantRows.get(folded) ?? new Set<number>()).add(row));
  }
}

/** A given name and its short form or variant ("Steve"/"Steven", "Phil"/"Philip", "Bill"/"William"). */
function isShortForm(left: string, right: string): boolean {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  // "Garret"/"Garrett": a doubled last letter is a spelling, not a clipped form.
  if (longer.length === shorter.length + 1 && longer.endsWith(shorter.slice(-1).repeat(2)))
    return false;
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  const leftRows = variantRows.get(foldNameWord(left));
  const rightRows = variantRows.get(foldNameWord(right));
  return [...(leftRows ?? [])].some((row) => rightRows?.has(row));
}
const SEPARATORS = /[\s\p{P}]/gu;

function nameWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((word) => word !== "" && !HONORIFICS.has(word.toLowerCase()))
    .map((word) => trimEndWhere(word, isPeriod));
}

function wordRelation(left: string, right: string, maxEdits: number, given: boolean): WordRelation {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a === b) return "same";
  // An initial stands for the name: a short form, not a spelling.
  if (a.length <= 1 || b.length <= 1) return "same";
  // "Renée"/"Renee": an accent dropped (by a system or a style) spells the name no other way.
  if (withoutMarks(a) === withoutMarks(b)) return "same";
  if (foldNameWord(a) === foldNameWord(b)) return "transliteration";
  if (given && isShortForm(a, b)) return "same";
  if (Math.min(a.length, b.length) >= 4 && editDistance(a, b, maxEdits) <= maxEdits)
    return "misspelling";
  return "other";
}

/**
 * How two spellings of one person's name differ: word by word on the surname (the last
 * word), the given name (the first, when both print one) and the middle words (when both
 * print as many), so that a short form ("Lavrov"), a title left in a name ("Commodore
 * Nirad Sinha") or a middle initial never reads as a spelling.
 */
function spellingRelation(left: Spelling, right: Spelling, maxEdits: number): WordRelation {
  const collapsed = (spelling: Spelling) => spelling.text.replace(SEPARATORS, "").toLowerCase();
  if (collapsed(left) === collapsed(right)) return "same";
  const a = left.words;
  const b = right.words;
  // "Angeles" beside "Los Angeles Angels": one word of the other form, a fragment of it.
  if (a.length === 1 || b.length === 1) {
    const [single, other] = a.length === 1 ? [a, b] : [b, a];
    const word = single[0]?.toLowerCase() ?? "";
    if (other.slice(0, -1).some((candidate) => candidate.toLowerCase() === word)) return "same";
  }
  const relations = [wordRelation(a[a.length - 1] ?? "", b[b.length - 1] ?? "", maxEdits, false)];
  if (a.length > 1 && b.length > 1) {
    relations.push(wordRelation(a[0] ?? "", b[0] ?? "", maxEdits, true));
    if (a.length === b.length) {
      for (let index = 1; index < a.length - 1; index++)
        relations.push(wordRelation(a[index] ?? "", b[index] ?? "", maxEdits, true));
    }
  }
  // A surname that is not the same word spelt another way: the cast linked two forms
  // (a compound surname, a title in the name) that this rule cannot read as a spelling.
  if (relations[0] === "other") return "other";
  if (relations.includes("misspelling")) return "misspelling";
  if (relations.includes("transliteration")) return "transliteration";
  return "same";
}

function spellingsOf(member: CastMember, entry: StoryArticle): Spelling[] {
  const appearance = member.appearances.find(
    (candidate) => candidate.articleId === entry.article.id,
  );
  const person = entry.facts.people.find((candidate) => candidate.id === appearance?.personId);
  if (!person) return [];
  const seen = new Map<string, Spelling>();
  for (const mention of person.mentions) {
    if (mention.via !== "name") continue;
    const text = mention.text.replace(/\s+/gu, " ");
    if (seen.has(text)) continue;
    const words = nameWords(text);
    if (words.length === 0) continue;
    seen.set(text, {
      articleId: entry.article.id,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      words,
    });
  }
  const spellings = [...seen.values()];
  // A short form the article also prints in full ("Lavrov" or "Bettie" beside "Bettie
  // Page") adds nothing.
  return spellings.filter(
    (short) =>
      !spellings.some(
        (full) =>
          full !== short &&
          full.words.length > short.words.length &&
          (full.words.slice(-short.words.length).join(" ") === short.words.join(" ") ||
            (short.words.length === 1 && full.words[0] === short.words[0])),
      ),
  );
}

/**
 * Whether the story gives evidence that a cast member is a person and not a thing the name
 * finder took for one ("Place Vendome", "BlackBerry Curve"): a title in some article, a
 * quote credited to them, or pronouns ("he", "she") that refer back in two articles.
 */
function isEvidentlyPerson(member: CastMember, story: StoryContext): boolean {
  let pronouns = 0;
  for (const appearance of member.appearances) {
    if (appearance.roles.some((role) => readPost(role.text) !== undefined)) return true;
    // "a 24-year-old seamer": things have no age; "Moderator Gwen Tolliver": a person's part.
    if (
      appearance.roles.some(
        (role) => AGE_IN_ROLE.test(role.text) || DESCRIPTOR_NOUNS.has(lastWord(role.text)),
      )
    )
      return true;
    const entry = story.articles.find((candidate) => candidate.article.id === appearance.articleId);
    if (entry?.facts.quotes.some((quote) => quote.speaker?.personId === appearance.personId))
      return true;
    const person = entry?.facts.people.find((candidate) => candidate.id === appearance.personId);
    if (person?.mentions.some((mention) => mention.via === "pronoun")) pronouns++;
  }
  // One pronoun linked to a name may be a slip of the resolver; two outlets' are not.
  return pronouns >= 2 || hasAge(member, story);
}

function lastWord(text: string): string {
  return text.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? "";
}

// "a 24-year-old seamer from County Kildare": an age in the words said of a person.
const AGE_IN_ROLE = /(?<![\p{L}\p{N}])\d{1,3}[-\u2010 ]years?[-\u2010 ]old(?![\p{L}])/iu;
// "Okoro, 24,": an age set beside a name.
const AGE_AFTER = /^,\s*\d{1,3}\s*,/u;

/** Whether some outlet gives the cast member's age beside their name: things have no age. */
function hasAge(member: CastMember, story: StoryContext): boolean {
  for (const appearance of member.appearances) {
    const entry = story.articles.find((candidate) => candidate.article.id === appearance.articleId);
    const person = entry?.facts.people.find((candidate) => candidate.id === appearance.personId);
    if (!entry || !person) continue;
    for (const mention of person.mentions) {
      if (AGE_AFTER.test(entry.article.body.slice(mention.end, mention.end + 8))) return true;
    }
  }
  return false;
}

interface Form {
  spelling: Spelling;
  articles: Set<string>;
  involved: boolean;
}

function checkMember(
  member: CastMember,
  story: StoryContext,
  options: NameRuleOptions,
): DiscrepancyDraft | undefined {
  const entries = story.articles.filter((entry) =>
    member.appearances.some((appearance) => appearance.articleId === entry.article.id),
  );
  if (entries.length < 2 || !isEvidentlyPerson(member, story)) return undefined;
  const spellings = entries.flatMap((entry) => spellingsOf(member, entry));
  // Distinct forms are compared, not articles: a person has a handful of forms however
  // many outlets name them.
  const forms = new Map<string, Form>();
  for (const spelling of spellings) {
    const key = spelling.words.join(" ");
    const form = forms.get(key) ?? { spelling, articles: new Set<string>(), involved: false };
    form.articles.add(spelling.articleId);
    forms.set(key, form);
  }
  const distinct = [...forms.values()];
  let worst: WordRelation = "same";
  for (let left = 0; left < distinct.length; left++) {
    for (let right = left + 1; right < distinct.length; right++) {
      const a = distinct[left];
      const b = distinct[right];
      if (!a || !b) continue;
      // Two forms one article alone prints are that article's business, not a disagreement.
      const only = a.articles.size === 1 && b.articles.size === 1;
      if (only && [...a.articles][0] === [...b.articles][0]) continue;
      const relation = spellingRelation(a.spelling, b.spelling, options.maxLetterEdits);
      if (relation !== "misspelling" && relation !== "transliteration") continue;
      a.involved = true;
      b.involved = true;
      if (relation === "misspelling") worst = "misspelling";
      else if (worst === "same") worst = "transliteration";
    }
  }
  if (worst === "same") return undefined;
  // The evidence: the forms that differ. A form that only adds words ("Notorious Bettie
  // Page", a film's title; "Bettie Mae Page", a middle name) differs in nothing.
  const shown = spellings.filter(
    (spelling) => forms.get(spelling.words.join(" "))?.involved === true,
  );
  const outletsBySpelling = new Map<string, string[]>();
  for (const spelling of shown) {
    const entry = entries.find((candidate) => candidate.article.id === spelling.articleId);
    const outlets = outletsBySpelling.get(spelling.text) ?? [];
    if (entry && !outlets.includes(outletName(entry.article)))
      outlets.push(outletName(entry.article));
    outletsBySpelling.set(spelling.text, outlets);
  }
  const printed = [...outletsBySpelling].map(
    ([text, outlets]) => `\u201C${text}\u201D (${outlets.join(", ")})`,
  );
  const values: DiscrepancyValue[] = shown.map((spelling) => ({
    articleId: spelling.articleId,
    value: spelling.words.join(" "),
    text: spelling.text,
    start: spelling.start,
    end: spelling.end,
  }));
  // The name as most outlets print it in full ("Bettie Page", not a film's "Notorious Bettie Page").
  let common = member.name;
  let commonCount = 0;
  for (const form of distinct) {
    if (form.spelling.words.length > 1 && form.articles.size > commonCount) {
      common = form.spelling.text;
      commonCount = form.articles.size;
    }
  }
  return {
    severity: worst === "misspelling" ? "conflict" : "difference",
    rule: "name/spelling",
    subject: `${common}'s name`,
    message:
      worst === "misspelling"
        ? `The outlets spell ${common}'s name in ways that cannot all be right: ${printed.join("; ")}.`
        : `The outlets spell ${common}'s name differently (a transliteration or a doubled letter): ${printed.join("; ")}.`,
    values,
    castId: member.id,
  };
}

/**
 * The name rule: one person (one cast member) spelled differently across outlets. A
 * different transliteration ("Sergey"/"Sergei", "Zelenskyy"/"Zelensky") is a
 * `difference`; an accent dropped ("José"/"Jose") is not a finding; a name misspelt by a letter or two ("Kallas"/"Kallis") is a `conflict`.
 * A short form against a full name ("Lavrov", "S. Lavrov", "Bill"/"William"), a name
 * hyphenated or spaced another way ("Jong-un"/"Jong Un"), or a title left in a name is never
 * a finding, and two different people are never compared (the cast keeps them apart).
 *
 * Options: `maxLetterEdits` (default 2), the furthest apart two forms of one word may be
 * and still be one word misspelt.
 *
 * @example
 * ```ts
 * findDiscrepancies(articles, { rules: { name: { maxLetterEdits: 1 } } });
 * // [{ kind: "name", rule: "name/spelling", severity: "difference",
 * //    subject: "Sergey Lavrov's name", values: [{ value: "Sergey Lavrov", … }, { value: "Sergei Lavrov", … }] }]
 * ```
 */
export const nameRule: DiscrepancyRule<NameRuleOptions> = {
  name: "name",
  kind: "name",
  description:
    "One person spelled differently across outlets (never a short form against a full name).",
  defaultOptions: Object.freeze({ enabled: true, maxLetterEdits: 2 }),
  optionRanges: Object.freeze({ maxLetterEdits: [0, 5] as const }),
  check(story, options) {
    const found: DiscrepancyDraft[] = [];
    for (const member of story.cast) {
      const finding = checkMember(member, story, options);
      if (finding) found.push(finding);
    }
    return found;
  },
};
