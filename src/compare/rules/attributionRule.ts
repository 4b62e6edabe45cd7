import { speakerAgreement } from "../../align/speakerAgreement.js";
import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { foldNameWord } from "../../text/foldName.js";
import { DETERMINERS } from "../../text/functionWords.js";
import { wordTokens } from "../../text/words.js";
import type {
  CastMember,
  DiscrepancyValue,
  QuoteGroup,
  QuoteVariant,
  VariantSpeaker,
} from "../../types.js";
import { listInWords, outletName, quoted } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import type { StoryContext } from "../storyContext.js";

/** Options of the {@link attributionRule}. */
export interface AttributionRuleOptions extends RuleOptions {
  /**
   * Also trust speakers found through a pronoun or a description ("she said", "the
   * minister said"); by default only speakers named beside the quote are compared, with an
   * epithet another outlet sets beside one name, and a pronoun whose paragraph names only
   * its person before it.
   */
  includeIndirectSpeakers: boolean;
  /** Longest evidence span (quote and attribution together), in characters; longer ones give the quote alone. */
  maxEvidenceChars: number;
}

// Words a partial quote needs for its speaker to be compared ("said the bill “kicks the
// can right up to the edge of a cliff”").
const MIN_PARTIAL_WORDS = 6;

// "Zadan and Meron said", "said Laurence Mark and Bill Condon": one of two joint speakers.
const JOINED_AFTER = /^\s*(?:and|&)\s+\p{Lu}/u;
const JOINED_BEFORE = /\p{L}\s+(?:and|&)\s*$/u;

/** Whether the speaker mention is one of two people credited together. */
function isJointSpeaker(speaker: VariantSpeaker, body: string): boolean {
  if (speaker.start === undefined || speaker.end === undefined) return false;
  return (
    JOINED_AFTER.test(body.slice(speaker.end, speaker.end + 8)) ||
    JOINED_BEFORE.test(body.slice(Math.max(0, speaker.start - 8), speaker.start))
  );
}

// How far beside a speaker's mention its attribution may go on naming them, in characters.
const ATTRIBUTION_REACH = 60;

// What ends a clause: a sentence stop, a quote mark or a line break.
const CLAUSE_BREAK = /[.!?;\n"“”«»]/u;

/**
 * The clause right beside a speaker's mention, after it ("Cal Fire spokesman Omar
 * Lindqvist said") or before it ("Sarah Moffatt of the Major Crime Investigation Team"),
 * within the reach of an attribution.
 */
function clauseBeside(body: string, speaker: VariantSpeaker, side: "before" | "after"): string {
  if (side === "after") {
    if (speaker.end === undefined) return "";
    const after = body.slice(speaker.end, speaker.end + ATTRIBUTION_REACH);
    const at = after.search(CLAUSE_BREAK);
    return at < 0 ? after : after.slice(0, at);
  }
  if (speaker.start === undefined) return "";
  const before = body.slice(Math.max(0, speaker.start - ATTRIBUTION_REACH), speaker.start);
  let at = before.length;
  while (at > 0 && !CLAUSE_BREAK.test(before[at - 1] ?? "")) at--;
  return before.slice(at);
}

/** One speaker is named by a given name alone, the first word of the other's full name. */
function givenNameOf(short: VariantSpeaker, full: VariantSpeaker): boolean {
  if (short.kind !== "person" || full.kind !== "person") return false;
  const shortWords = short.name.trim().split(/\s+/u);
  const fullWords = full.name.trim().split(/\s+/u);
  return (
    shortWords.length === 1 &&
    fullWords.length > 1 &&
    foldNameWord(shortWords[0] ?? "") === foldNameWord(fullWords[0] ?? "")
  );
}

/** The folded last word of a speaker's name: "Academy President Boone Isaacs" and "Cheryl Boone Isaacs" share it. */
function surnameOf(speaker: VariantSpeaker): string {
  return foldNameWord(speaker.name.trim().split(/\s+/u).pop() ?? "");
}

// Words an epithet needs, besides its article, to tell one person: "the South Dakota
// Republican", "the Ohio Democrat", not "the senator".
const MIN_EPITHET_WORDS = 2;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
// What may stand between a name and the epithet set beside it: "Loretta Brandvold, the
// South Dakota Republican", "South Dakota Republican Loretta Brandvold".
// Both are tested on the gap with its outer spaces trimmed.
const NAME_THEN_EPITHET = /^,(?:\s+(?:the|a|an))?$/iu;
const EPITHET_THEN_NAME = /^,?$/u;
// The most characters those may take.
const MAX_EPITHET_GAP = 8;

/**
 * The cast member an epithet speaker stands for ("…,” the South Dakota Republican
 * snapped): the one person an outlet of the story names right beside the same words
 * ("Sen. Loretta Brandvold, the South Dakota Republican who chairs the committee"). News
 * copy introduces a person by name and then calls them by such an epithet; the words,
 * set beside a name somewhere in the story, say whose it is. An epithet set beside two
 * people, or beside none, stands for no one. Only epithets with a capitalised word (a
 * place, a party) besides their article are read: "the official" describes anyone.
 */
function epithetMember(
  speaker: VariantSpeaker,
  story: StoryContext,
  beside: EpithetLookup,
): CastMember | undefined {
  if (speaker.kind !== "description") return undefined;
  const words = wordTokens(speaker.name).map((token) => token.text);
  const kept = DETERMINERS.has((words[0] ?? "").toLowerCase()) ? words.slice(1) : words;
  if (kept.length < MIN_EPITHET_WORDS || !kept.some((word) => UPPER_START.test(word)))
    return undefined;
  const phrase = kept.join(" ").toLowerCase();
  if (beside.found.has(phrase)) return beside.found.get(phrase);
  const found = new Set<CastMember>();
  for (const entry of story.articles) {
    const body = entry.article.body;
    const lower = beside.lowerBody(entry.article.id, body);
    // Lower case that changes a text's length (a dotted capital I) would shift its offsets.
    if (lower.length !== body.length) continue;
    const mentions = beside.nameMentions(entry);
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      // Whole words only: "the Ohio Democrats" is no epithet of one person.
      if (LETTER.test(body[end] ?? "") || LETTER.test(body[at - 1] ?? "")) continue;
      // The name ending last before the epithet, and the one starting first after it.
      const next = firstAtOrAfter(mentions, end);
      const previous = firstAtOrAfter(mentions, at + 1, (item) => item.end) - 1;
      const before = mentions[previous];
      const after = mentions[next];
      const candidates = [
        before !== undefined &&
        at - before.end <= MAX_EPITHET_GAP &&
        NAME_THEN_EPITHET.test(body.slice(before.end, at).trim())
          ? before
          : undefined,
        after !== undefined &&
        after.start - end <= MAX_EPITHET_GAP &&
        EPITHET_THEN_NAME.test(body.slice(end, after.start).trim())
          ? after
          : undefined,
      ];
      for (const candidate of candidates) {
        const member =
          candidate && beside.memberOf.get(`${entry.article.id}\u0000${candidate.personId}`);
        if (member) found.add(member);
      }
    }
  }
  const [member] = found;
  const result = found.size === 1 ? member : undefined;
  beside.found.set(phrase, result);
  return result;
}

/** What epithet lookups share over one story: its cast by article and person, each article's name mentions, what was found. */
interface EpithetLookup {
  memberOf: Map<string, CastMember>;
  found: Map<string, CastMember | undefined>;
  lowerBody(articleId: string, body: string): string;
  nameMentions(entry: StoryContext["articles"][number]): NameMention[];
}

/** A name mention of a person, with the person's id. */
interface NameMention {
  start: number;
  end: number;
  personId: string;
}

function epithetLookup(story: StoryContext): EpithetLookup {
  const memberOf = new Map<string, CastMember>();
  for (const member of story.cast)
    for (const appearance of member.appearances)
      memberOf.set(`${appearance.articleId}\u0000${appearance.personId}`, member);
  const lowered = new Map<string, string>();
  const mentionsOf = new Map<string, NameMention[]>();
  return {
    memberOf,
    found: new Map(),
    lowerBody(articleId, body) {
      const known = lowered.get(articleId);
      if (known !== undefined) return known;
      const lower = body.toLowerCase();
      lowered.set(articleId, lower);
      return lower;
    },
    nameMentions(entry) {
      const known = mentionsOf.get(entry.article.id);
      if (known) return known;
      const mentions = entry.facts.people
        .flatMap((person) =>
          person.mentions
            .filter((mention) => mention.via === "name")
            .map((mention) => ({ start: mention.start, end: mention.end, personId: person.id })),
        )
        .sort((left, right) => left.start - right.start);
      mentionsOf.set(entry.article.id, mentions);
      return mentions;
    },
  };
}

/**
 * Whether a pronoun speaker ("he said") is sure: the person it is read as is the only one
 * its paragraph names before it ("Fitch, who represents Ward 6, argued … Speaking before
 * the vote, he said: …"). A pronoun is otherwise left out, since read across a paragraph
 * or past another name it may stand for someone else.
 */
function pronounOfOnlyPerson(
  speaker: VariantSpeaker,
  entry: StoryContext["articles"][number] | undefined,
  beside: EpithetLookup,
): boolean {
  if (
    entry === undefined ||
    speaker.via !== "pronoun" ||
    speaker.kind !== "person" ||
    speaker.personId === undefined ||
    speaker.start === undefined
  )
    return false;
  const at = speaker.start;
  const paragraphs = entry.article.paragraphs;
  const paragraph = paragraphs[firstAtOrAfter(paragraphs, at + 1, (range) => range.end)];
  if (paragraph === undefined || paragraph.start > at) return false;
  const mentions = beside.nameMentions(entry);
  let named = false;
  for (
    let index = firstAtOrAfter(mentions, paragraph.start);
    index < mentions.length && (mentions[index]?.start ?? at) < at;
    index++
  ) {
    if (mentions[index]?.personId !== speaker.personId) return false;
    named = true;
  }
  return named;
}

/** The speaker an outlet gives, with an epithet read as the person it stands for. */
function resolvedSpeaker(
  speaker: VariantSpeaker,
  story: StoryContext,
  beside: EpithetLookup,
): VariantSpeaker {
  const member = epithetMember(speaker, story, beside);
  if (!member) return speaker;
  return { ...speaker, kind: "person", name: member.name, key: member.key, castId: member.id };
}

function speakerIdentity(speaker: VariantSpeaker): string {
  return speaker.castId ?? `${speaker.kind}:${speaker.name.toLowerCase()}`;
}

/** The quote and the words that attribute it, as one span of the body. */
function evidence(
  variant: QuoteVariant,
  speaker: VariantSpeaker,
  body: string,
  maxChars: number,
): { text: string; start: number; end: number } {
  let start = variant.start;
  let end = variant.end;
  if (speaker.start !== undefined && speaker.end !== undefined) {
    const joinedStart = Math.min(start, speaker.start);
    const joinedEnd = Math.max(end, speaker.end);
    if (joinedEnd - joinedStart <= maxChars) {
      start = joinedStart;
      end = joinedEnd;
    }
  }
  return { text: body.slice(start, end), start, end };
}

function checkGroup(
  group: QuoteGroup,
  story: StoryContext,
  options: AttributionRuleOptions,
  beside: EpithetLookup,
): DiscrepancyDraft | undefined {
  if (group.articleIds.length < 2) return undefined;
  const rolesByCast = new Map<string, string[]>();
  for (const member of story.cast) {
    rolesByCast.set(
      member.id,
      member.appearances.flatMap((appearance) => appearance.roles.map((role) => role.text)),
    );
  }
  const rolesOf = (speaker: VariantSpeaker) =>
    speaker.castId === undefined ? [] : (rolesByCast.get(speaker.castId) ?? []);
  const bodyOf = (articleId: string) =>
    story.articles.find((entry) => entry.article.id === articleId)?.article.body ?? "";
  // An epithet another outlet sets beside one person's name is that person, found by the
  // words of the story rather than by guessing from the article's own order.
  const printedSpeaker = new Map<QuoteVariant, string>();
  const articleOf = (articleId: string) =>
    story.articles.find((entry) => entry.article.id === articleId);
  const surePronoun = new Set(
    group.variants.filter(
      (variant) =>
        variant.speaker !== undefined &&
        pronounOfOnlyPerson(variant.speaker, articleOf(variant.articleId), beside),
    ),
  );
  const withEpithets = group.variants.map((variant) => {
    if (variant.speaker === undefined) return variant;
    const speaker = resolvedSpeaker(variant.speaker, story, beside);
    if (speaker === variant.speaker) return variant;
    const resolved = { ...variant, speaker };
    printedSpeaker.set(resolved, variant.speaker.name);
    return resolved;
  });
  const credited = withEpithets.filter(
    (variant): variant is QuoteVariant & { speaker: VariantSpeaker } =>
      variant.speaker !== undefined &&
      // A short partial quote ("utopia", "a road to nowhere") is as often another person's
      // words taken up; a clause of several words after a named speaker is theirs.
      (variant.kind === "direct" || wordTokens(variant.text).length >= MIN_PARTIAL_WORDS) &&
      (options.includeIndirectSpeakers ||
        variant.speaker.via === "name" ||
        printedSpeaker.has(variant) ||
        surePronoun.has(variant)) &&
      !isJointSpeaker(variant.speaker, bodyOf(variant.articleId)),
  );
  // Distinct speakers are compared, not variants: a statement has a handful of speakers.
  const distinct = new Map<string, { speaker: VariantSpeaker; articles: Set<string> }>();
  for (const variant of credited) {
    const identity = speakerIdentity(variant.speaker);
    const entry = distinct.get(identity) ?? { speaker: variant.speaker, articles: new Set() };
    entry.articles.add(variant.articleId);
    distinct.set(identity, entry);
  }
  const speakers = [...distinct.values()];
  // Whether an outlet's attribution names the other outlet's speaker right beside its own:
  // after it, "Gulls coach Miriam Abernathy said", "Cal Fire spokesman Omar Lindqvist said"
  // (the finder took the team or agency before the title for the speaker); before it, "DCI
  // Sarah Moffatt of the Major Crime Investigation Team, said" (the body a person is "of").
  // Either way the outlet credits the same person.
  const namedNear = (speaker: VariantSpeaker, other: VariantSpeaker, side: "before" | "after") => {
    const surname = surnameOf(other);
    if (surname === "") return false;
    const identity = speakerIdentity(speaker);
    return credited.some(
      (variant) =>
        speakerIdentity(variant.speaker) === identity &&
        clauseBeside(bodyOf(variant.articleId), variant.speaker, side)
          .split(/[^\p{L}\p{M}'’-]+/u)
          .some((word) => word !== "" && foldNameWord(word) === surname),
    );
  };
  const namedBeside = (speaker: VariantSpeaker, other: VariantSpeaker) =>
    namedNear(speaker, other, "after") ||
    (speaker.kind === "organization" && namedNear(speaker, other, "before"));
  let different = false;
  for (let left = 0; left < speakers.length && !different; left++) {
    for (let right = left + 1; right < speakers.length && !different; right++) {
      const a = speakers[left];
      const b = speakers[right];
      if (!a || !b) continue;
      // One outlet naming two speakers for its own quotes is not a disagreement between outlets.
      if ([...a.articles].every((id) => b.articles.has(id)) && a.articles.size === b.articles.size)
        continue;
      // Two people sharing a surname are, far more often, one person named with a title
      // left in the name ("Academy President Boone Isaacs").
      if (a.speaker.kind === "person" && surnameOf(a.speaker) === surnameOf(b.speaker)) continue;
      if (namedBeside(a.speaker, b.speaker) || namedBeside(b.speaker, a.speaker)) continue;
      // "Angela" and "Angela Greenhalgh": a given name alone is the person it opens.
      if (givenNameOf(a.speaker, b.speaker) || givenNameOf(b.speaker, a.speaker)) continue;
      different = speakerAgreement(a.speaker, b.speaker, rolesOf) === "different";
    }
  }
  if (!different) return undefined;
  const values: DiscrepancyValue[] = [];
  for (const variant of credited) {
    const body = story.articles.find((entry) => entry.article.id === variant.articleId)?.article
      .body;
    if (body === undefined) continue;
    const printed = printedSpeaker.get(variant);
    values.push({
      articleId: variant.articleId,
      value: printed ? `${variant.speaker.name} (${printed})` : variant.speaker.name,
      ...evidence(variant, variant.speaker, body, options.maxEvidenceChars),
      label: "speaker",
    });
  }
  // One line per speaker, not per spelling: "Omar Haddad" and "Haddad" are one person, named
  // by the cast's name for them (or the fullest spelling an outlet gives).
  const castNames = new Map(story.cast.map((member) => [member.id, member.name]));
  const bySpeaker = new Map<string, { name: string; outlets: string[] }>();
  for (const variant of credited) {
    const article = story.articles.find((entry) => entry.article.id === variant.articleId);
    const identity = speakerIdentity(variant.speaker);
    const line = bySpeaker.get(identity) ?? {
      name:
        (variant.speaker.castId && castNames.get(variant.speaker.castId)) || variant.speaker.name,
      outlets: [],
    };
    if (variant.speaker.name.length > line.name.length) line.name = variant.speaker.name;
    if (article && !line.outlets.includes(outletName(article.article)))
      line.outlets.push(outletName(article.article));
    bySpeaker.set(identity, line);
  }
  const root = group.variants[group.alignment.root] ?? group.variants[0];
  const names = [...bySpeaker.values()].map((line) => line.name);
  const printed = [...bySpeaker.values()].map(
    (line) => `${line.name} (${line.outlets.join(", ")})`,
  );
  return {
    severity: "conflict",
    rule: "attribution/speaker",
    subject: `who said ${quoted(root?.text ?? "", 10)}`,
    message: `The outlets credit the same words to ${listInWords(names)}: ${printed.join("; ")}.`,
    values,
    quoteGroupId: group.id,
  };
}

/**
 * The attribution rule: the same words credited to different speakers. Each statement
 * several outlets quote is checked for speakers that cannot be one: two people whose names
 * cannot name one person. A person and the body one of their roles speaks for (Lavrov and
 * "Russia"), a name and its short form, or a speaker one outlet leaves unnamed are not
 * findings. Only speakers named beside the quote are compared unless
 * `includeIndirectSpeakers` is set, since a pronoun resolved to the wrong person would
 * invent a disagreement; an epithet ("the South Dakota Republican said") counts as the
 * one person an outlet of the story names right beside the same words, and a pronoun as
 * its person when its paragraph names no one else before it. Always a `conflict`.
 *
 * Options: `includeIndirectSpeakers` (default false); `maxEvidenceChars` (default 600).
 *
 * @example
 * ```ts
 * findDiscrepancies(articles, { rules: { attribution: { includeIndirectSpeakers: true } } });
 * ```
 */
export const attributionRule: DiscrepancyRule<AttributionRuleOptions> = {
  name: "attribution",
  kind: "attribution",
  description: "The same words credited to different speakers.",
  defaultOptions: Object.freeze({
    enabled: true,
    includeIndirectSpeakers: false,
    maxEvidenceChars: 600,
  }),
  optionRanges: Object.freeze({ maxEvidenceChars: [0, 100_000] as const }),
  check(story, options) {
    const found: DiscrepancyDraft[] = [];
    const beside = epithetLookup(story);
    for (const group of story.quoteGroups) {
      const finding = checkGroup(group, story, options, beside);
      if (finding) found.push(finding);
    }
    return found;
  },
};
