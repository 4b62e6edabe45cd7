/**
 * The public data shapes of corroborate. Every object here is plain JSON-serializable
 * data; offsets are UTF-16 indices into `article.body` (`body.slice(start, end) === text`).
 *
 * @module
 */

/**
 * A span of text with its UTF-16 offsets into `article.body`.
 *
 * @group Extract
 */
export interface Span {
  /** The exact text, `body.slice(start, end)`. */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/**
 * What a caller hands to {@link parseArticle}: exactly one of `text` and `html`, plus any
 * metadata the caller already knows (which wins over what is detected).
 *
 * @group Parse
 */
export interface ArticleInput {
  /** A stable id; without it the id is a hash of the content. */
  id?: string | undefined;
  /** Plain text, as copied from a page. */
  text?: string | undefined;
  /** An HTML page, as a string or as bytes (decoded by BOM, then `<meta charset>`, then UTF-8). */
  html?: string | Uint8Array | undefined;
  /** The page's URL; dates in it are weak evidence of the publication day. */
  url?: string | undefined;
  /** The outlet's name, e.g. `"The San Juan Daily Star"`. */
  outlet?: string | undefined;
  /** Publication date as ISO 8601: a day (`2025-08-20`) or a date-time with an offset. */
  published?: string | undefined;
  /** When the page was retrieved, ISO 8601 as for `published`. */
  retrievedAt?: string | undefined;
}

/**
 * Where a publication date came from, strongest first.
 *
 * @group Parse
 */
export type PublishedSource =
  | "input"
  | "json-ld"
  | "meta"
  | "time-element"
  | "url"
  | "dateline"
  | "byline"
  | "banner"
  | "text";

/**
 * An article's publication date: a calendar day in the publisher's own time zone.
 *
 * @group Parse
 */
export interface PublishedDate {
  /** The day, `YYYY-MM-DD`, never shifted by a conversion to UTC. */
  date: string;
  /** Local time `HH:mm`, where the source gives one. */
  time?: string;
  /** UTC offset such as `+02:00` or `Z`, where the source gives one. */
  offset?: string;
  /** The text the date was read from. */
  text: string;
  /** Which kind of evidence gave the date. */
  source: PublishedSource;
  /** How much to trust it, from 0 to 1. */
  confidence: number;
}

/**
 * A block of the page that is not article text, with why it was removed.
 *
 * @group Parse
 */
export interface RemovedBlock {
  /** The removed text. */
  text: string;
  /** A short reason such as `banner`, `byline`, `bio`, `subscribe`, `cookie-notice`. */
  reason: string;
}

/**
 * A dateline printed above the article ("Moscow , Russia 21 August 2025").
 *
 * @group Parse
 */
export interface Dateline {
  /** The place it names, where it names one. */
  place?: string;
  /** The dateline as printed. */
  text: string;
}

/**
 * A paragraph of the body, as offsets into `body`.
 *
 * @group Parse
 */
export interface ParagraphRange {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/**
 * A parsed article: metadata that the page gives, and the clean body.
 *
 * @group Parse
 */
export interface Article {
  /** The caller's id, or a stable hash of the content. */
  id: string;
  /** The page's URL, where known. */
  url?: string;
  /** The outlet's name, where the page or the caller gives it. */
  outlet?: string;
  /** The headline, where the page has one. */
  headline?: string;
  /** Author names, in page order; empty when none is given. */
  authors: string[];
  /** A dateline printed on its own line above the article. */
  dateline?: Dateline;
  /** The publication date, where one is found. */
  published?: PublishedDate;
  /** The article text only, paragraphs separated by blank lines. */
  body: string;
  /** The paragraphs of `body`. */
  paragraphs: ParagraphRange[];
  /** Clutter removed from the page, each with its reason. */
  removed: RemovedBlock[];
}

/**
 * How a mention names its person: by name, by a pronoun, or by a description ("the minister").
 *
 * @group Extract
 */
export type MentionVia = "name" | "pronoun" | "description";

/**
 * One mention of a person, with how it names them.
 *
 * @group Extract
 */
export interface PersonMention extends Span {
  /** `name` for "Sergey Lavrov" or "Lavrov", `pronoun` for "he", `description` for "Russia's top diplomat". */
  via: MentionVia;
}

/**
 * A person named in an article, with every mention linked to them.
 *
 * @group Extract
 */
export interface Person {
  /** Unique within the article (`p1`, `p2`, … in order of first mention). */
  id: string;
  /**
   * A key two articles can compare: the name folded (case, accents, honorifics) and
   * transliteration variants brought together, so "Sergey Lavrov" and "Sergei Lavrov" share
   * it and "Lavrov" and "Lavrenko" do not. A bare surname has a key of its own; {@link
   * linkPeople} joins it to the full name.
   */
  key: string;
  /** The fullest form of the name in the article. */
  name: string;
  /** Every mention of the person, in text order. */
  mentions: PersonMention[];
  /** Titles and roles attached to the person ("Foreign Minister", "a Russia analyst at Rand Corp."). */
  roles: Span[];
}

/**
 * One article's view of a {@link CastMember}: the person as that article names them.
 *
 * @group Extract
 */
export interface CastAppearance {
  /** The article. */
  articleId: string;
  /** The {@link Person.id} in that article's facts. */
  personId: string;
  /** The fullest form of the name in that article. */
  name: string;
  /** Each distinct spelling the article uses for the person by name, in order of first use. */
  spellings: string[];
  /** The titles and roles that article gives, with offsets into its body. */
  roles: Span[];
}

/**
 * One person across several articles: every article's spelling and roles kept as evidence.
 *
 * @group Extract
 */
export interface CastMember {
  /** Stable id, derived from the key (`c-` followed by a hash). */
  id: string;
  /** The {@link Person.key} of the fullest name in the cluster. */
  key: string;
  /** The fullest name, in the spelling most articles use. */
  name: string;
  /** One entry per article that names the person, in the order the articles were given. */
  appearances: CastAppearance[];
}

/**
 * An organisation or place named in an article.
 *
 * @group Extract
 */
export interface Name {
  /** The fullest form of the name in the article. */
  name: string;
  /** Every mention. */
  mentions: Span[];
}

/**
 * The step of the date finder that read a {@link DateMention}. A rule names the step, never
 * the reason a value is missing: that is `resolved: false` with `certainty: "unresolved"`.
 *
 * Printed in full (certainty `stated`):
 * - `absolute-day`: a day, month and year ("20 August 2025", "Aug. 20, 2025", "2025-08-20");
 * - `month-year`: a month and year ("February 2022");
 * - `year`: a four-digit year ("in 2014");
 * - `year-in-words`: a year spoken in words ("nineteen ninety-one");
 * - `range-year`: the first end of a range that prints its year once ("Jan. 5" in "Jan. 5 to Feb. 2, 2025").
 *
 * A month and day without a year, the year taken from the publication date (`year-implied`):
 * - `month-day`: read, but with no publication date to take a year from (never resolved);
 * - `month-day-nearest-year`: near the publication date, the nearest such day;
 * - `month-day-past-tense` / `month-day-future-tense`: far from it, the clause's tense picks the year before or after;
 * - `month-day-weekday-year`: a weekday printed beside it picks the year ("Saturday, April 25");
 * - `month`: a bare month with no publication date (never resolved);
 * - `month-nearest`: a bare month, the nearest such month ("in March");
 * - `month-past-tense` / `month-future-tense`: a bare month whose clause's tense picks the side;
 * - `holiday`: a fixed-rule holiday ("Christmas", "Thanksgiving Day"), the latest one unless the clause looks ahead.
 *
 * Counted from the publication date (`relative`):
 * - `weekday`: a bare weekday with no publication date (never resolved);
 * - `weekday-news-rule`: the latest such day on or before the publication date (as in HeidelTime);
 * - `weekday-future-tense`: the next such day, the clause being in the future tense;
 * - `weekday-last` / `weekday-next`: "last Friday", "next Tuesday";
 * - `weekday-until`: a deadline ahead ("postponed until Monday");
 * - `weekday-planned`: a plan or condition that points ahead ("planned a rally on Saturday");
 * - `weekday-of-date`: a weekday printed before a full date takes that date's value and certainty;
 * - `relative-day`: "today", "yesterday", "tomorrow", "tonight";
 * - `ago`: "two days ago", "three months ago";
 * - `relative-week` / `relative-month` / `relative-year` / `relative-weekend`: "last week", "this month", "next year", "this weekend";
 * - `month-last` / `month-next` / `month-this-year`: "last March", "next March", "this March";
 * - `month-relative-year`: "July last year";
 * - `current-year` / `previous-year`: "the current fiscal year", "a year earlier";
 * - `year-end`: "by year-end" (the last day of the year);
 * - `time-of-day`: a clock time or part of the day ("at 5 p.m.", "this morning", "at dawn"), on the publication day.
 *
 * Never resolved:
 * - `anchored`: counted from another date in the story ("the day before", "the following month", "that morning").
 *
 * @group Extract
 */
export type DateRule =
  | "absolute-day"
  | "month-year"
  | "year"
  | "year-in-words"
  | "range-year"
  | "month-day"
  | "month-day-nearest-year"
  | "month-day-past-tense"
  | "month-day-future-tense"
  | "month-day-weekday-year"
  | "month"
  | "month-nearest"
  | "month-past-tense"
  | "month-future-tense"
  | "holiday"
  | "weekday"
  | "weekday-news-rule"
  | "weekday-future-tense"
  | "weekday-last"
  | "weekday-next"
  | "weekday-until"
  | "weekday-planned"
  | "weekday-of-date"
  | "relative-day"
  | "ago"
  | "relative-week"
  | "relative-month"
  | "relative-year"
  | "relative-weekend"
  | "month-last"
  | "month-next"
  | "month-this-year"
  | "month-relative-year"
  | "current-year"
  | "previous-year"
  | "year-end"
  | "time-of-day"
  | "anchored";

/**
 * How certain a {@link DateMention}'s value is, so that comparison can tell a stated date
 * from an inferred one:
 *
 * - `stated`: every part of the value is printed (a day, month and year; "February 2022"; "2014");
 * - `year-implied`: the month and day (or the month, or a holiday) are printed and the year is
 *   taken from the publication date;
 * - `relative`: resolved against the publication date ("Wednesday", "two days ago", "last week");
 * - `weak-reference`: a year-implied or relative value resolved against a weak publication
 *   date — a page banner (source `banner`) or any date with confidence below 0.5;
 * - `unresolved`: no value (no publication date, or counted from another date in the story).
 *
 * @group Extract
 */
export type DateCertainty =
  | "stated"
  | "year-implied"
  | "relative"
  | "weak-reference"
  | "unresolved";

/**
 * A date or time expression in the body, with its normalised value.
 *
 * @group Extract
 */
export interface DateMention extends Span {
  /**
   * ISO 8601 value: a day `2025-08-20`, a month `2025-08`, a year `2025`, or an interval
   * `2025-08-18/2025-08-24`. Absent when unresolved.
   */
  value?: string;
  /** Whether the value could be determined. */
  resolved: boolean;
  /** The step that read (and, when resolved, resolved) it; see {@link DateRule}. */
  rule: DateRule;
  /** How certain the value is; see {@link DateCertainty}. */
  certainty: DateCertainty;
}

/**
 * What kind of number a {@link NumberMention} is, so that comparison sets like against like:
 *
 * - `cardinal`: a count or amount without a unit ("26 pirates", "three rounds", "thousands");
 * - `ordinal`: a rank ("the third round", "21st summit", "twenty-first");
 * - `money`: an amount in a currency ("$4.5 million", "50 million pounds", "€50bn");
 * - `percent`: a share ("15%", "62.5 percent", "per cent");
 * - `measure`: a physical quantity with a unit ("40 km", "500 pounds" of weight, "30 degrees");
 * - `year`: a bare year ("in 2014") outside the date spans the caller passed;
 * - `phone`: a telephone or emergency number ("911" called, "(202) 555-0143") — never a count;
 * - `score`: a result or record of a match or vote, two figures joined by a dash ("won 3-1",
 *   "a 53-3 record", "voted 53-47"); `value` is the first figure.
 *
 * @group Extract
 */
export type NumberKind =
  | "cardinal"
  | "ordinal"
  | "money"
  | "percent"
  | "measure"
  | "year"
  | "phone"
  | "score";

/**
 * A number in the body, with what it counts.
 *
 * @group Extract
 */
export interface NumberMention extends Span {
  /** The numeric value ("$4.5 million" is 4500000; a score's first figure; a phone number's digits). */
  value: number;
  /** What kind of number it is; see {@link NumberKind}. */
  kind: NumberKind;
  /** A unit such as `USD`, `%`, `km`, `lb`. */
  unit?: string;
  /**
   * What is counted, as a comparable head: lower-cased, the last word of the noun phrase
   * after the number, so modifiers before it (nationalities, initialisms, adjectives, noun
   * modifiers) drop out — "23 Somali pirates" and "26 pirates" both count `pirates`, "nine
   * POW exchanges" and "nine prisoners of war (POW) exchanges" both count `exchanges`. An
   * "of" phrase keeps its own head ("three rounds of bilateral talks" counts `rounds of
   * talks`); fixed "of" compounds stay whole ("prisoners of war"); a word that says which
   * state the counted things are in stays ("12 wounded soldiers" counts `wounded soldiers`,
   * not `soldiers`). Singular and plural are kept as written. Set only for cardinals and
   * ordinals.
   */
  counts?: string;
  /** The counted noun phrase as written, from its first to its last word ("Somali pirates", "prisoners of war (POW) exchanges"). */
  countsText?: string;
  /** True for "about", "more than", "at least" and the like. */
  approximate: boolean;
}

/**
 * The kind of a quote: a full statement, a woven-in fragment, or a scare-quoted term.
 *
 * @group Extract
 */
export type QuoteKind = "direct" | "partial" | "scare";

/**
 * What kind of speaker a quote is credited to.
 *
 * @group Extract
 */
export type SpeakerKind = "person" | "organization" | "place" | "description";

/**
 * How the speaker was found: `name` (a name beside the quote), `pronoun` ("she said"),
 * `description` ("the minister said"), or `inherited` (from the quotes or the sentence
 * before, with no attribution of its own).
 *
 * @group Extract
 */
export type SpeakerVia = "name" | "pronoun" | "description" | "inherited";

/**
 * Who said a quote.
 *
 * @group Extract
 */
export interface QuoteSpeaker {
  /** The fullest form of the speaker's name in the article ("Sergey Lavrov", not "Lavrov"), or the description. */
  name: string;
  /** The {@link Person.id} of the speaker in the article's facts, when the speaker is a person found there. */
  personId?: string;
  /** A person, an organisation ("the Kremlin"), a place speaking for its government, or a description of someone unnamed. */
  kind: SpeakerKind;
  /** How the speaker was found. */
  via: SpeakerVia;
  /** Offset of the mention that attributes the quote, where there is one. */
  start?: number;
  /** Offset one past that mention. */
  end?: number;
}

/**
 * A quoted span of the body, without its quote marks.
 *
 * @group Extract
 */
export interface Quote {
  /** Stable id within the article, e.g. `q3`. */
  id: string;
  /** The quoted words, without the marks. */
  text: string;
  /** Offset of the first quoted character. */
  start: number;
  /** Offset one past the last quoted character. */
  end: number;
  /** Direct, partial or scare quote. */
  kind: QuoteKind;
  /** Who said it: the fullest form of the name, and the mention that attributes it. */
  speaker?: QuoteSpeaker;
  /** The verb of saying ("said", "told", "wrote"). */
  verb?: string;
  /** The id of the quote this one continues, for a quote broken by its attribution. */
  continues?: string;
}

/**
 * The day of the main event an article reports, with the words that date it.
 *
 * @group Extract
 */
export interface EventDate extends Span {
  /** The day, `YYYY-MM-DD`. */
  date: string;
}

/**
 * An article's facts, each with its evidence.
 *
 * @group Extract
 */
export interface ArticleFacts {
  /** People named, with their mentions and roles. */
  people: Person[];
  /** Organisations named. */
  organizations: Name[];
  /** Places named. */
  places: Name[];
  /** Date and time expressions. */
  dates: DateMention[];
  /** Numbers and what they count. */
  numbers: NumberMention[];
  /** The day of the main event the article reports. */
  eventDate?: EventDate;
  /** Quotes and their speakers. */
  quotes: Quote[];
}

/**
 * One piece of evidence for or against two articles telling the same story.
 *
 * @group Group
 */
export interface StoryReason {
  /**
   * The kind of evidence: `wording`, `quote`, `person`, `place`, `term`, `number`, `date`;
   * on a {@link StoryGroup}, also `linkage`: why it was kept apart from another group that a
   * pair across them was scored as the same story with.
   */
  kind: string;
  /** What was shared or differed, in words. */
  detail: string;
  /** The contribution to the similarity (negative for evidence against). */
  weight: number;
}

/**
 * Why two articles do or don't tell one story.
 *
 * @group Group
 */
export interface StoryPairScore {
  /** Overall similarity from 0 to 1. */
  similarity: number;
  /** Whether they tell the same story. */
  sameStory: boolean;
  /** Whether one is a near copy of the other. */
  nearDuplicate: boolean;
  /** The evidence. */
  reasons: StoryReason[];
}

/**
 * Articles that tell one story.
 *
 * @group Group
 */
export interface StoryGroup {
  /** Stable id of the group. */
  id: string;
  /** Member article ids. */
  articleIds: string[];
  /** `near-duplicate` when every member is a near copy of another; `single` for one article. */
  kind: "near-duplicate" | "same-story" | "single";
  /**
   * The evidence that joined the group, then one `linkage` reason (negative weight: the link
   * less what merging needed) for each other group that a pair across the two was scored
   * as the same story with, naming that group, the pair, and whether average linkage (the
   * link over all pairs is under the same-story threshold) or the cohesion rule (it is under
   * `cohesionRatio` of the looser group's cohesion) kept them apart. A `single` group has
   * only these.
   */
  reasons: StoryReason[];
}

// Align stage

/**
 * The part a variant plays in its {@link QuoteGroup}: `root` is the fullest version (the
 * row the others are aligned to), `variant` another outlet's rendering of the whole
 * statement, `partial` a fragment woven into a sentence ("a “road to nowhere”") or a
 * partial quote contained in the root.
 *
 * @group Align
 */
export type QuoteVariantRole = "root" | "variant" | "partial";

/**
 * Who one outlet says spoke a variant: its {@link QuoteSpeaker}, plus the cross-outlet
 * identity of a person from {@link linkPeople}, so that the same words credited to two
 * different people can be told from one person named two ways.
 *
 * @group Align
 */
export interface VariantSpeaker extends QuoteSpeaker {
  /** The {@link CastMember.key} of the person across the story's articles. */
  key?: string;
  /** The {@link CastMember.id} of the person across the story's articles. */
  castId?: string;
}

/**
 * The part of one quote a variant takes: offsets into the article's body.
 *
 * @group Align
 */
export interface QuotePiece extends Span {
  /** The {@link Quote.id} the piece comes from. */
  quoteId: string;
}

/**
 * One outlet's version of a statement.
 *
 * @group Align
 */
export interface QuoteVariant {
  /** The article that quotes it. */
  articleId: string;
  /** The {@link Quote.id} of its first piece. */
  quoteId: string;
  /** The quoted words, the pieces joined by a space (one piece: `body.slice(start, end)`). */
  text: string;
  /** Offset of the first quoted character of the first piece. */
  start: number;
  /** Offset one past the last quoted character of the last piece. */
  end: number;
  /**
   * The quoted spans it is made of: one, or several when a quote broken by its attribution
   * (“…,” Lavrov said. “…”) is read as one statement. A quote that spans two statements
   * gives a piece to each of their groups.
   */
  pieces: QuotePiece[];
  /** The kind of its first quote. */
  kind: QuoteKind;
  /** Root, variant or partial. */
  role: QuoteVariantRole;
  /** The speaker the outlet gives, where it gives one. */
  speaker?: VariantSpeaker;
  /**
   * Similarity to the root from 0 to 1: weighted word overlap (Dice) after alignment, over
   * the whole root for a full variant and over the part of the root it covers for a partial
   * one. The root's is 1.
   */
  similarity: number;
  /** Ids of the other groups the same quote also belongs to (a quote spanning two statements). */
  linkedGroupIds?: string[];
}

/**
 * One word of a variant in the alignment table, with its offsets into the article's body.
 *
 * @group Align
 */
export type AlignmentCell = Span;

/**
 * One row of the alignment table: a variant's words, column by column, `null` for a gap.
 *
 * @group Align
 */
export interface AlignmentRow {
  /** The variant's article. */
  articleId: string;
  /** The variant's first quote. */
  quoteId: string;
  /** One entry per column: the word, or `null` where the variant has none. */
  cells: (AlignmentCell | null)[];
}

/**
 * What kind of word difference a variant shows against the root.
 *
 * @group Align
 */
export type WordDifferenceKind = "added" | "dropped" | "replaced" | "moved";

/**
 * A difference a person reads between a variant and the root: words the variant adds,
 * drops, replaces or moves, with offsets into both articles' bodies.
 *
 * @group Align
 */
export interface WordDifference {
  /** Added, dropped, replaced or moved. */
  kind: WordDifferenceKind;
  /** The variant's article. */
  articleId: string;
  /** The variant's quote that holds the words (for `dropped`, the quote where they are missing). */
  quoteId: string;
  /** The variant's words; empty for `dropped`. */
  text: string;
  /** Offset of the variant's words (for `dropped`, where the root's words would stand). */
  start: number;
  /** Offset one past them (equal to `start` for `dropped`). */
  end: number;
  /** The root's words; empty for `added`. */
  rootText: string;
  /** Offset of the root's words in the root's article (for `added`, where the variant's words stand). */
  rootStart: number;
  /** Offset one past them (equal to `rootStart` for `added`). */
  rootEnd: number;
}

/**
 * A word-by-word alignment of a group's variants, as CollateX prints textual witnesses:
 * one row per variant (in the order of {@link QuoteGroup.variants}), one column per
 * aligned position, `null` for a gap; plus the differences of each variant from the root.
 *
 * @group Align
 */
export interface QuoteAlignment {
  /** Index of the root in `variants` and `rows`. */
  root: number;
  /** Number of columns. */
  columns: number;
  /** One row per variant. */
  rows: AlignmentRow[];
  /** Every variant's differences from the root, variant by variant, in text order. */
  differences: WordDifference[];
}

/**
 * One statement as the outlets of one story quote it.
 *
 * @group Align
 */
export interface QuoteGroup {
  /** Stable id derived from the story and the root (`qg-` followed by a hash). */
  id: string;
  /** The {@link StoryGroup.id} of the story. */
  storyId: string;
  /** The speaker of the root as its outlet gives it (else the first variant's that names one). */
  speaker?: VariantSpeaker;
  /** The distinct articles that quote the statement, in input order. */
  articleIds: string[];
  /** Every outlet's version: in input order of the articles, then by offset. */
  variants: QuoteVariant[];
  /** The word-by-word alignment and the differences from the root. */
  alignment: QuoteAlignment;
}

// Compare stage

/**
 * What a {@link Discrepancy} is about.
 *
 * @group Compare
 */
export type DiscrepancyKind = "date" | "number" | "name" | "role" | "quote" | "attribution";

/**
 * How strongly outlets disagree: `conflict` when their versions cannot both be true (23
 * pirates against 26, 20 August against 21 August for one event), `difference` when they
 * differ but may both be true (two true roles of one person, a count that grew over time).
 *
 * @group Compare
 */
export type DiscrepancySeverity = "conflict" | "difference";

/**
 * One outlet's version in a {@link Discrepancy}, with the text it came from.
 *
 * @group Compare
 */
export interface DiscrepancyValue {
  /** The article. */
  articleId: string;
  /** The value compared, normalised ("2025-08-20", "26", "Sergei Lavrov", "Foreign Minister"). */
  value: string;
  /** The text the value was read from, as printed. */
  text: string;
  /** Offset of `text` in the article's body, when it comes from the body. */
  start?: number;
  /** Offset one past `text`. */
  end?: number;
  /**
   * Where the value came from: for a publication date its `published.source` (`banner`,
   * `dateline`, `json-ld`…); for a date read in the body, `body`, or `story` when a
   * weekday the article leaves unresolved was counted from the rest of the story's date.
   */
  source?: string;
  /**
   * How much to trust the value, from 0 to 1: a publication date's confidence; for a date
   * read in the body, its certainty as a number (stated 0.9, year implied 0.8, relative 0.7,
   * resolved against a weak date 0.3, counted from the story's date 0.5).
   */
  confidence?: number;
  /** What this value is, when a finding sets several kinds side by side (`published`, `event`). */
  label?: string;
  /** For a date read in the body, how certain its value is (see {@link DateCertainty}). */
  certainty?: DateCertainty;
  /** True for the values of the article a date finding names as the outlier. */
  outlier?: boolean;
}

/**
 * A place where outlets telling one story disagree, with each outlet's version as evidence.
 *
 * @group Compare
 */
export interface Discrepancy {
  /** Stable id (`d-` followed by a hash of the story, rule and values). */
  id: string;
  /** The {@link StoryGroup.id} of the story. */
  storyId: string;
  /** What it is about. */
  kind: DiscrepancyKind;
  /** Conflict or difference. */
  severity: DiscrepancySeverity;
  /** The rule that found it (e.g. `number/count`, `date/outlier`). */
  rule: string;
  /** What the outlets disagree about, in a reader's words ("pirates held", "Sergey Lavrov's name"). */
  subject: string;
  /** One sentence a person reads ("Two outlets say 26 pirates, one says 23."). */
  message: string;
  /** Each outlet's version, with its evidence. */
  values: DiscrepancyValue[];
  /** The {@link CastMember.id} of the person a name, role or attribution finding is about. */
  castId?: string;
  /** The {@link QuoteGroup.id} of the statement a quote or attribution finding is about. */
  quoteGroupId?: string;
  /**
   * For a quote finding, the aligned words that differ inside the quote marks (words a
   * variant changed, added or dropped between words it shares with the root; never the
   * words a trimmed quote leaves off at either end).
   */
  differences?: WordDifference[];
}

/**
 * Something only one outlet of a story reports: a person, a number or a statement.
 *
 * @group Compare
 */
export interface Exclusive {
  /** A person, a number or a statement. */
  kind: "person" | "number" | "statement";
  /** The one article that reports it. */
  articleId: string;
  /** What it is, in a reader's words ("Samuel Charap", "nine prisoner exchanges", the statement's words). */
  value: string;
  /** The text it was read from. */
  text: string;
  /** Offset of `text` in the article's body. */
  start: number;
  /** Offset one past `text`. */
  end: number;
  /** For a person, the {@link CastMember.id}. */
  castId?: string;
  /** For a statement, the {@link QuoteGroup.id} of its group. */
  quoteGroupId?: string;
}

/**
 * What only one outlet of a story reports, listed beside the story's discrepancies.
 *
 * @group Compare
 */
export interface StoryExclusives {
  /** The {@link StoryGroup.id} of the story. */
  storyId: string;
  /** The exclusives, article by article in input order. */
  items: Exclusive[];
}

/**
 * An article with its facts, as a {@link Comparison} carries it.
 *
 * @group Compare
 */
export type ComparedArticle = Article & {
  /** The article's facts. */
  facts: ArticleFacts;
};

/**
 * Everything `compareArticles` found: plain JSON data, validated by `ComparisonSchema`.
 *
 * @group Compare
 */
export interface Comparison {
  /** The version of the format, so that stored comparisons can be read later. */
  version: string;
  /** The articles compared, each with its facts. */
  articles: ComparedArticle[];
  /** The stories the articles tell. */
  stories: StoryGroup[];
  /** The people across all articles, each with every article's spelling and roles. */
  cast: CastMember[];
  /** The statements quoted by the outlets of each story, aligned word by word. */
  quoteGroups: QuoteGroup[];
  /** Where outlets disagree. */
  discrepancies: Discrepancy[];
  /** What only one outlet of each story reports. */
  exclusives: StoryExclusives[];
}
