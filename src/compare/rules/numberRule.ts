import { GROWING_OUTCOMES } from "../../text/countWords.js";
import type { DiscrepancyValue } from "../../types.js";
import { dayNumber } from "../calendarDay.js";
import { sharedStems } from "../contextStems.js";
import { outletName } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import type { StoryArticle, StoryContext } from "../storyContext.js";
import { topicStems } from "../topicStems.js";
import { type Count, readCounts } from "./number/readCounts.js";
import { findTranspositions, type PrintedFigure } from "./number/transposedFigures.js";

/** Options of the {@link numberRule}. */
export interface NumberRuleOptions extends RuleOptions {
  /**
   * Content words two outlets' sentences must share for their numbers of one counted thing
   * to count the same thing ("captured 23 pirates" / "26 pirates were captured").
   */
  minSharedContext: number;
  /**
   * Report counts that may have grown between reports (dead, injured, missing, arrested)
   * as `difference`s. Off by default: a toll that rose between an early and a later report
   * is two true versions, which readers do not count as a discrepancy.
   */
  reportGrowth: boolean;
}

type Options = Readonly<NumberRuleOptions>;

const MAX_COUNTS_PER_SUBJECT = 12;

function compatible(left: Count, right: Count): boolean {
  return left.low <= right.high && right.low <= left.high;
}

function outcomesAgree(left: Count, right: Count): boolean {
  return left.outcome === "" || right.outcome === "" || left.outcome === right.outcome;
}

// Outcomes that name casualties: two outlets' counts of the dead or injured of one story
// are nearly always counts of one toll.
const CASUALTIES = new Set(["dead", "injured", "missing"]);
// Outcomes a story has one count of, like a toll: the casualties, the sides of its vote
// ("six Republicans voted against" / "nine Republicans voted no") and those who crossed
// to the other side ("three Republicans sided with Democrats" / "five crossed the aisle").
const SINGLE_COUNT_OUTCOMES = new Set([...CASUALTIES, "against", "for", "crossed"]);

/**
 * How strongly two counts of one thing look like one count: the content words their
 * sentences share beyond the story's topic words, two more when both belong to the same
 * named person ("Blackmore, alleged to have 19 wives" / "Blackmore has 20 wives") or count
 * the same casualties, one more when both say the same other thing happened to what they
 * count; or -1 when they cannot be one count (two different people's, or two outcomes).
 */
function likeness(left: Count, right: Count, topic: Set<string>): number {
  if (!outcomesAgree(left, right)) return -1;
  // Counts of another time than the story's compare only with counts of that time.
  if (left.era !== right.era) return -1;

  if (left.personal === "age" || right.personal === "age") {
    // Ages carry their owner's whole name: "John Jenkin, 23" and "Katie Jenkin, 20" are two
    // people; a bare "Jenkin" may be either.
    return left.personal === right.personal && ownersMatch(left.owner, right.owner)
      ? Number.POSITIVE_INFINITY
      : -1;
  }
  if (left.owner !== undefined && right.owner !== undefined && left.owner !== right.owner)
    return -1;
  // "three of his eight children" is a part; another outlet's "eight children" is the whole.
  if (isWholeOf(left, right) || isWholeOf(right, left)) return -1;
  const sameOwner = left.owner !== undefined && left.owner === right.owner;
  // An age or a player's tally is one person's: only the same person's can disagree with it.
  if (left.personal !== undefined || right.personal !== undefined) {
    if (!sameOwner || left.personal !== right.personal) return -1;
  }
  // A count tied to one named person, a score and a magnitude are few in any story: the
  // story's own words around them (a ballot, a game, the quake) say they are one count.
  // So is a part of the same whole ("five of its 14 districts", "four of the state's 14").
  const sameWhole = left.whole !== undefined && left.whole === right.whole;
  const anchored = sameOwner || isSpecific(left) || sameWhole;
  let score = sharedStems(left.context, right.context, anchored ? undefined : topic);
  if (sameOwner) score += 2;
  score += companionWeight(left, right);
  if (left.outcome !== "" && left.outcome === right.outcome)
    score += SINGLE_COUNT_OUTCOMES.has(left.outcome) ? CASUALTY_WEIGHT : 1;
  return score;
}

/** Whether `whole` may be the whole `part` is counted from: as large as it, or more. */
function isWholeOf(part: Count, whole: Count): boolean {
  if (part.whole === undefined) return false;
  if (whole.whole !== undefined) return whole.whole !== part.whole;
  return whole.low >= part.whole;
}

// Content words two sums or percentages must share right beside them (the story's own
// words count): "rent increases at 5 percent on apartment buildings".
const AMOUNT_NEAR_WORDS = 2;

// "221 passengers and 31 crew" / "212 passengers and 31 crew": another figure the two
// sentences give alike, beside counts of one thing, says the sentences report one fact.
const COMPANION_WEIGHT = 2;

// The same figure of the same thing beside both ("and four crew members") counts one more.
const COUNTED_COMPANION_WEIGHT = 3;

function companionWeight(left: Count, right: Count): number {
  const theirs = right.companions;
  if (!left.companions || !theirs) return 0;
  const counted = right.countedCompanions;
  if (counted && left.countedCompanions?.some((item) => counted.includes(item)))
    return COUNTED_COMPANION_WEIGHT;
  return left.companions.some((value) => theirs.includes(value)) ? COMPANION_WEIGHT : 0;
}

// Two outlets' counts of one story's dead, injured or missing are one toll, and their counts
// of one party voting against are one count: the shared outcome alone makes them one count,
// as a magnitude or a score is one.
const CASUALTY_WEIGHT = 3;

function ownersMatch(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  return left === right || left.endsWith(` ${right}`) || right.endsWith(` ${left}`);
}

function isSpecific(count: Count): boolean {
  return count.subject === "magnitude" || count.subject.startsWith("score:");
}

/**
 * The likeness two counts need to be one count: `minSharedContext` for things only a few
 * numbers in a story count (a magnitude, a score, a prison term), one more for plain counts,
 * of which political and business stories hold many (delegates, voters, states, jobs).
 */
function needed(count: Count, options: Options): number {
  const specific = count.subject === "magnitude" || count.subject.includes(":");
  return options.minSharedContext + (specific ? 0 : 1);
}

/**
 * Sums and percentages measure one thing only when the words beside them say so. The person
 * two percentages belong to is one such word: "Arlen, taking 58 percent of the vote" and
 * "Arlen won with 53 percent of the vote" measure her share, though only "vote" stands
 * beside both. (A person's sums are not: a salary, a contract and a fine are all hers.)
 */
function sameMeasure(left: Count, right: Count): boolean {
  if (!left.near && !right.near) return true;
  if (left.near === undefined || right.near === undefined) return false;
  // A person's sums are many (a salary, a contract, a fine); a person's share is one.
  const share = left.subject === "percent" && right.subject === "percent";
  const owner = share && left.owner !== undefined && left.owner === right.owner ? 1 : 0;
  return sharedStems(left.near, right.near) + owner >= AMOUNT_NEAR_WORDS;
}

function sameThing(left: Count, right: Count, options: Options, topic: Set<string>): boolean {
  return sameMeasure(left, right) && likeness(left, right, topic) >= needed(left, options);
}

/** Minutes since 1970 of an article's publication, when it gives a day (and maybe a time). */
function publishedAt(entry: StoryArticle): number | undefined {
  const published = entry.article.published;
  const day = dayNumber(published?.date);
  if (!published || day === undefined) return undefined;
  const [hours = 0, minutes = 0] = (published.time ?? "00:00").split(":").map(Number);
  return day * 1440 + (published.time === undefined ? 0 : hours * 60 + minutes);
}

interface Disagreement {
  left: Count;
  right: Count;
}

/**
 * Pairs of counts of one thing that cannot both hold. Each count of one outlet is set
 * against the count of the other outlet whose sentence is most like its own (beyond the
 * story's topic words), when they share enough to count one thing; a pair disagrees when
 * the intervals do not meet and neither outlet also gives the other's figure (an outlet
 * giving both numbers is counting two things).
 */
function disagreements(
  counts: readonly Count[],
  options: Options,
  topic: Set<string>,
): Disagreement[] {
  const byArticle = new Map<StoryArticle, Count[]>();
  for (const count of counts) {
    const list = byArticle.get(count.entry) ?? [];
    list.push(count);
    byArticle.set(count.entry, list);
  }
  // An outlet that also gives the other's figure for the same kind of thing counts two
  // things ("at least 22 dead" says nothing about "more than 200 injured"). Its own figure
  // gives the other's when it is definite (an open figure, "at least two passengers were
  // treated", gives none), agrees with it and may count one thing.
  const gives = (own: Count, figure: Count) =>
    Number.isFinite(own.high) &&
    own.low > 0 &&
    compatible(own, figure) &&
    likeness(own, figure, topic) >= 0;
  const givesAlso = (entry: StoryArticle, other: Count) =>
    (byArticle.get(entry) ?? []).some((own) => gives(own, other));
  // Two figures of its own, one for each ("12 magazines" and "31 magazines"): a rounded
  // figure that either could round to ("about 200") gives neither.
  const givesBoth = (entry: StoryArticle, left: Count, right: Count) => {
    const own = byArticle.get(entry) ?? [];
    return (
      own.some((candidate) => gives(candidate, left) && !compatible(candidate, right)) &&
      own.some((candidate) => gives(candidate, right) && !compatible(candidate, left))
    );
  };
  const found: Disagreement[] = [];
  const seen = new Set<string>();
  const articles = [...byArticle];
  for (const [leftEntry, leftCounts] of articles) {
    for (const [rightEntry, rightCounts] of articles) {
      if (leftEntry === rightEntry || versionsOfOneReport(leftEntry, rightEntry)) continue;
      for (const count of leftCounts) {
        let best: Count | undefined;
        let bestShared = -1;
        for (const other of rightCounts) {
          const shared = sameMeasure(count, other) ? likeness(count, other, topic) : -1;
          const better =
            shared > bestShared ||
            (shared === bestShared &&
              best !== undefined &&
              !compatible(count, best) &&
              compatible(count, other));
          if (better) {
            best = other;
            bestShared = shared;
          }
        }
        if (!best || bestShared < needed(count, options) || compatible(count, best)) continue;
        if (givesAlso(leftEntry, best) || givesAlso(rightEntry, count)) continue;
        // Any outlet that gives both figures shows they count two things ("12 magazines"
        // and "31 magazines" in one report): no pair of other outlets disagrees on them.
        // (A magnitude or a score given twice is a revision, told as such.)
        if (!isSpecific(count) && articles.some(([entry]) => givesBoth(entry, count, best)))
          continue;
        const key = [count.start, best.start, leftEntry.article.id, rightEntry.article.id]
          .sort()
          .join("\u0000");
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ left: count, right: best });
      }
    }
  }
  return found;
}

/**
 * Two versions of one report: the same outlet (or the same writer) published at different
 * times, the later an update of the earlier ("41,000 without power" at dawn, "68,000" by
 * afternoon). Their figures differ because the report was brought up to date.
 */
function versionsOfOneReport(left: StoryArticle, right: StoryArticle): boolean {
  const leftAt = publishedAt(left);
  const rightAt = publishedAt(right);
  if (leftAt === undefined || rightAt === undefined || leftAt === rightAt) return false;
  const a = left.article;
  const b = right.article;
  if (a.outlet !== undefined && b.outlet !== undefined) return a.outlet === b.outlet;
  return a.authors.some((author) => b.authors.includes(author));
}

/** Whether the disagreeing reports may all be one count growing: later reports higher. */
function grewOverTime(pairs: readonly Disagreement[]): "grew" | "unknown" | "no" {
  let unknown = false;
  for (const { left, right } of pairs) {
    const leftAt = publishedAt(left.entry);
    const rightAt = publishedAt(right.entry);
    if (leftAt === undefined || rightAt === undefined || leftAt === rightAt) {
      unknown = true;
      continue;
    }
    const [earlier, later] = leftAt < rightAt ? [left, right] : [right, left];
    if (later.low < earlier.low) return "no";
  }
  return unknown ? "unknown" : "grew";
}

// Counts that rise and fall as a story unfolds: the missing, once found, leave the count.
const EITHER_WAY_OUTCOMES = new Set(["missing"]);

/** Whether the disagreeing reports were all published at different times: one count moving. */
function changedOverTime(pairs: readonly Disagreement[]): "grew" | "unknown" {
  for (const { left, right } of pairs) {
    const leftAt = publishedAt(left.entry);
    const rightAt = publishedAt(right.entry);
    if (leftAt === undefined || rightAt === undefined || leftAt === rightAt) return "unknown";
  }
  return "grew";
}

function countValue(count: Count): DiscrepancyValue {
  return {
    articleId: count.entry.article.id,
    value: count.shown,
    text: count.text,
    start: count.start,
    end: count.end,
  };
}

/**
 * The disagreeing pairs cut into groups that share a count: "14 dead" against "31 dead" and
 * "120 injured" against "more than 200 injured" are two findings, each with its own
 * question of growth, not one.
 */
function components(pairs: readonly Disagreement[]): Disagreement[][] {
  const parent = new Map<Count, Count>();
  const find = (count: Count): Count => {
    let root = count;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) as Count;
    parent.set(count, root);
    return root;
  };
  for (const { left, right } of pairs) {
    if (!parent.has(left)) parent.set(left, left);
    if (!parent.has(right)) parent.set(right, right);
    parent.set(find(left), find(right));
  }
  const groups = new Map<Count, Disagreement[]>();
  for (const pair of pairs) {
    const root = find(pair.left);
    groups.set(root, [...(groups.get(root) ?? []), pair]);
  }
  return [...groups.values()];
}

function checkSubject(
  counts: readonly Count[],
  story: StoryContext,
  options: Options,
): DiscrepancyDraft[] {
  const topic = topicStems(story);
  const found: DiscrepancyDraft[] = [];
  for (const pairs of components(disagreements(counts, options, topic))) {
    const finding = describePairs(pairs, counts, story, options, topic);
    if (finding) found.push(finding);
  }
  return found;
}

function describePairs(
  pairs: readonly Disagreement[],
  counts: readonly Count[],
  story: StoryContext,
  options: Options,
  topic: Set<string>,
): DiscrepancyDraft | undefined {
  const involved = new Set<Count>();
  for (const { left, right } of pairs) {
    involved.add(left);
    involved.add(right);
  }
  // Outlets that agree with one side are evidence too: they show which figure most give.
  for (const count of counts) {
    if (involved.has(count)) continue;
    for (const other of [...involved]) {
      if (
        other.entry !== count.entry &&
        sameThing(count, other, options, topic) &&
        compatible(count, other)
      ) {
        involved.add(count);
        break;
      }
    }
  }
  // One value per article and figure: the first mention of it.
  const shown = new Map<string, Count>();
  for (const entry of story.articles) {
    for (const count of counts) {
      if (count.entry !== entry || !involved.has(count)) continue;
      const key = `${entry.article.id}\u0000${count.low}\u0000${count.high}`;
      if (!shown.has(key)) shown.set(key, count);
    }
  }
  const chosen = [...shown.values()];
  const first = chosen[0];
  if (!first) return undefined;
  const outcome = chosen.find((count) => count.outcome !== "")?.outcome ?? "";
  const growing = GROWING_OUTCOMES.has(outcome);
  // The missing are found as well as added: their count moves both ways between reports.
  let growth = !growing
    ? "no"
    : EITHER_WAY_OUTCOMES.has(outcome)
      ? changedOverTime(pairs)
      : grewOverTime(pairs);
  // Reports of unknown times may differ on a toll of casualties, which rises for days; an
  // arrest count may grow too, but only reports hours apart show it did.
  if (growth === "unknown" && !CASUALTIES.has(outcome)) growth = "no";
  if (growing && growth !== "no" && !options.reportGrowth) return undefined;
  const byFigure = new Map<string, string[]>();
  for (const count of chosen) {
    const outlets = byFigure.get(count.shown) ?? [];
    const name = outletName(count.entry.article);
    if (!outlets.includes(name)) outlets.push(name);
    byFigure.set(count.shown, outlets);
  }
  const printed = [...byFigure].map(([figure, outlets]) => `${figure} (${outlets.join(", ")})`);
  const label = first.subject === "people" && outcome !== "" ? `people ${outcome}` : first.label;
  const severity = growing && growth !== "no" ? "difference" : "conflict";
  const why =
    growth === "grew"
      ? EITHER_WAY_OUTCOMES.has(outcome)
        ? " The reports were published at different times: the count may have changed between them."
        : " The later reports give the higher figures: the count may have grown between reports."
      : growing && growth === "unknown"
        ? " Counts like this can change between reports."
        : "";
  return {
    severity,
    rule: first.subject.startsWith("score:") ? "number/score" : "number/count",
    subject: label,
    message: `The outlets give different figures for ${label}: ${printed.join("; ")}.${why}`,
    values: chosen.map(countValue),
  };
}

/**
 * Figures two outlets print with two digits swapped ("34,218" / "32,418"), said of one
 * thing and printed together by no outlet: a misprint, found even where the words around
 * the figures differ too much for the counts above to be matched ("a crowd of 34,218" /
 * "the announced crowd was 32,418"). Pairs already found as counts are not repeated, and
 * counts that may have grown between reports are left to the growth test.
 */
function misprints(
  story: StoryContext,
  counts: readonly Count[],
  already: readonly DiscrepancyDraft[],
  options: Options,
): DiscrepancyDraft[] {
  const reported = new Set<string>();
  for (const draft of already)
    for (const value of draft.values) reported.add(`${value.articleId}\u0000${value.value}`);
  const countAt = new Map<string, Count>();
  for (const count of counts) countAt.set(`${count.entry.article.id}\u0000${count.start}`, count);
  const found: DiscrepancyDraft[] = [];
  for (const { left, right, printings } of findTranspositions(story.articles)) {
    const shown = (figure: PrintedFigure) =>
      `${figure.entry.article.id}\u0000${figure.mention.text.trim()}`;
    if (reported.has(shown(left)) && reported.has(shown(right))) continue;
    if (versionsOfOneReport(left.entry, right.entry)) continue;
    const leftCount = countAt.get(`${left.entry.article.id}\u0000${left.mention.start}`);
    const rightCount = countAt.get(`${right.entry.article.id}\u0000${right.mention.start}`);
    const outcome = leftCount?.outcome || rightCount?.outcome || "";
    if (GROWING_OUTCOMES.has(outcome)) {
      const growth =
        leftCount && rightCount
          ? grewOverTime([{ left: leftCount, right: rightCount }])
          : "unknown";
      if (growth !== "no" && !options.reportGrowth) continue;
    }
    // What the figure counts, where a printing reads as a count: "tickets", not "watched".
    const counted = printings
      .map((figure) => countAt.get(`${figure.entry.article.id}\u0000${figure.mention.start}`))
      .find((count) => count !== undefined);
    const label = counted?.label ?? `the figure ${left.mention.text.trim()}`;
    found.push(describeMisprint(story, label, printings));
  }
  return found;
}

function describeMisprint(
  story: StoryContext,
  label: string,
  printings: readonly PrintedFigure[],
): DiscrepancyDraft {
  // Each outlet's first printing of either figure, in the caller's order of outlets.
  const chosen: PrintedFigure[] = [];
  for (const entry of story.articles) {
    const first = printings.find((figure) => figure.entry === entry);
    if (first) chosen.push(first);
  }
  const byFigure = new Map<string, string[]>();
  for (const figure of chosen) {
    const printed = figure.mention.text.trim();
    const outlets = byFigure.get(printed) ?? [];
    const name = outletName(figure.entry.article);
    if (!outlets.includes(name)) outlets.push(name);
    byFigure.set(printed, outlets);
  }
  const printed = [...byFigure].map(([figure, outlets]) => `${figure} (${outlets.join(", ")})`);
  return {
    severity: "conflict",
    rule: "number/misprint",
    subject: label,
    message: `The outlets give different figures for ${label}: ${printed.join("; ")}. The figures have the same digits with two swapped: one is likely a misprint of the other.`,
    values: chosen.map((figure) => ({
      articleId: figure.entry.article.id,
      value: figure.mention.text.trim(),
      text: figure.mention.text,
      start: figure.mention.start,
      end: figure.mention.end,
    })),
  };
}

/**
 * Each of an article's person keys (and their surnames, the form counts name owners by)
 * mapped to the story cast's key for the person: "Rafael Ostrandar" in one outlet and
 * "Rafael Ostrander" in another own one count, so their tallies are one person's.
 */
function castOwners(entry: StoryArticle, story: StoryContext): Map<string, string> {
  const owners = new Map<string, string>();
  const id = entry.article.id;
  const keyOf = new Map(entry.facts.people.map((person) => [person.id, person.key]));
  for (const member of story.cast) {
    for (const appearance of member.appearances) {
      if (appearance.articleId !== id) continue;
      const key = keyOf.get(appearance.personId);
      if (key === undefined) continue;
      owners.set(key, member.key);
      owners.set(surname(key), surname(member.key));
    }
  }
  return owners;
}

function surname(key: string): string {
  return key.split(" ").pop() ?? key;
}

/**
 * The number rule: the same counted thing given different numbers by different outlets
 * ("26 pirates" / "23 pirates", a record of 53-3 / 52-3, a magnitude 5.6 / 5.9 quake).
 * Counts are bucketed by what they count (the head noun, a death toll, a prison term, a
 * magnitude, what a score scores) and compared only within a bucket, and only when their
 * sentences share content words and no outlet gives both figures. A number allows what
 * its words allow: "about 300" and 312 agree, "at least 26" and 30 agree, a range "20 to
 * 30" and 25 agree, and a round 300 and 312 agree (a rounding). Parts and breakdowns
 * ("another 5", "three other rifles", "12 Somali and 11 Yemeni") are not counts of the
 * whole. A count that can grow as a story unfolds (the dead, injured, missing, arrested) is
 * a `difference` when the later report gives the higher figure or the reports' times are
 * unknown (the missing, who are found as well as added, whenever the reports' times
 * differ); any other disagreement is a `conflict`. Two figures printed with two digits
 * swapped ("34,218" / "32,418", "$1.48bn" / "$1.84bn"), said of one thing and printed
 * together by no outlet, are a misprint (`number/misprint`), however differently the
 * sentences around them are worded; two-digit figures need the same counted noun and
 * more outlets agreeing on one of them. Two versions of one report (one outlet or one
 * writer, published at different times) are never set against each other.
 *
 * Options: `minSharedContext` (default 2), `reportGrowth` (default true).
 *
 * @example
 * ```ts
 * findDiscrepancies(articles, { rules: { number: { reportGrowth: false } } });
 * ```
 */
export const numberRule: DiscrepancyRule<NumberRuleOptions> = {
  name: "number",
  kind: "number",
  description:
    "The same counted thing given different numbers, telling conflicts from roundings, ranges and counts that grew.",
  defaultOptions: Object.freeze({ enabled: true, minSharedContext: 2, reportGrowth: false }),
  optionRanges: Object.freeze({ minSharedContext: [0, 100] as const }),
  check(story, options) {
    const bySubject = new Map<string, Count[]>();
    for (const entry of story.articles) {
      const perSubject = new Map<string, number>();
      const owners = castOwners(entry, story);
      for (const read of readCounts(entry)) {
        const owner = read.owner === undefined ? undefined : owners.get(read.owner);
        const count = owner === undefined ? read : { ...read, owner };
        // An article's first counts of a thing are its count of it; a page that counts one
        // thing a thousand times would otherwise set each against every other outlet's.
        const seen = perSubject.get(count.subject) ?? 0;
        if (seen >= MAX_COUNTS_PER_SUBJECT) continue;
        perSubject.set(count.subject, seen + 1);
        const list = bySubject.get(count.subject) ?? [];
        list.push(count);
        bySubject.set(count.subject, list);
      }
    }
    const found: DiscrepancyDraft[] = [];
    for (const counts of bySubject.values()) {
      if (new Set(counts.map((count) => count.entry)).size < 2) continue;
      found.push(...checkSubject(counts, story, options));
    }
    found.push(...misprints(story, [...bySubject.values()].flat(), found, options));
    return found;
  },
};
