import { editDistance } from "../../text/editDistance.js";
import { foldNameWord } from "../../text/foldName.js";
import { HONORIFICS } from "../../text/nameWords.js";
import type { CastMember, DiscrepancyValue } from "../../types.js";
import { outletName } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import type { StoryArticle, StoryContext } from "../storyContext.js";

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

const PERIODS = /\.+$/u;
const SEPARATORS = /[\s\p{P}]/gu;

function nameWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((word) => word !== "" && !HONORIFICS.has(word.toLowerCase()))
    .map((word) => word.replace(PERIODS, ""));
}

function wordRelation(left: string, right: string, maxEdits: number): WordRelation {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a === b) return "same";
  // An initial stands for the name: a short form, not a spelling.
  if (a.length <= 1 || b.length <= 1) return "same";
  if (foldNameWord(a) === foldNameWord(b)) return "transliteration";
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
  const pairs: [string, string][] = [[a[a.length - 1] ?? "", b[b.length - 1] ?? ""]];
  if (a.length > 1 && b.length > 1) {
    pairs.push([a[0] ?? "", b[0] ?? ""]);
    if (a.length === b.length) {
      for (let index = 1; index < a.length - 1; index++)
        pairs.push([a[index] ?? "", b[index] ?? ""]);
    }
  }
  const relations = pairs.map(([x, y]) => wordRelation(x, y, maxEdits));
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
  // A short form the article also prints in full ("Lavrov" beside "Sergey Lavrov") adds nothing.
  return spellings.filter(
    (short) =>
      !spellings.some(
        (full) =>
          full !== short &&
          full.words.length > short.words.length &&
          full.words.slice(-short.words.length).join(" ") === short.words.join(" "),
      ),
  );
}

function checkMember(
  member: CastMember,
  story: StoryContext,
  options: NameRuleOptions,
): DiscrepancyDraft | undefined {
  const entries = story.articles.filter((entry) =>
    member.appearances.some((appearance) => appearance.articleId === entry.article.id),
  );
  if (entries.length < 2) return undefined;
  const spellings = entries.flatMap((entry) => spellingsOf(member, entry));
  // Distinct forms are compared, not articles: a person has a handful of forms however
  // many outlets name them.
  const forms = new Map<string, { spelling: Spelling; articles: Set<string> }>();
  for (const spelling of spellings) {
    const key = spelling.words.join(" ");
    const form = forms.get(key) ?? { spelling, articles: new Set<string>() };
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
      if (relation === "misspelling") worst = "misspelling";
      else if (relation === "transliteration" && worst === "same") worst = "transliteration";
    }
  }
  if (worst === "same") return undefined;
  const outletsBySpelling = new Map<string, string[]>();
  for (const spelling of spellings) {
    const entry = entries.find((candidate) => candidate.article.id === spelling.articleId);
    const outlets = outletsBySpelling.get(spelling.text) ?? [];
    if (entry && !outlets.includes(outletName(entry.article)))
      outlets.push(outletName(entry.article));
    outletsBySpelling.set(spelling.text, outlets);
  }
  const printed = [...outletsBySpelling].map(
    ([text, outlets]) => `\u201C${text}\u201D (${outlets.join(", ")})`,
  );
  const values: DiscrepancyValue[] = spellings.map((spelling) => ({
    articleId: spelling.articleId,
    value: spelling.words.join(" "),
    text: spelling.text,
    start: spelling.start,
    end: spelling.end,
  }));
  return {
    severity: worst === "misspelling" ? "conflict" : "difference",
    rule: "name/spelling",
    subject: `${member.name}'s name`,
    message:
      worst === "misspelling"
        ? `The outlets spell ${member.name}'s name in ways that cannot all be right: ${printed.join("; ")}.`
        : `The outlets transliterate ${member.name}'s name differently: ${printed.join("; ")}.`,
    values,
    castId: member.id,
  };
}

/**
 * The name rule: one person (one cast member) spelled differently across outlets. A
 * different transliteration or accent ("Sergey"/"Sergei", "Zelenskyy"/"Zelensky") is a
 * `difference`; a name misspelt by a letter or two ("Kallas"/"Kallis") is a `conflict`.
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
