import { bracketedAcronyms } from "../../text/bracketedAcronyms.js";
import {
  AP_MONTH_ABBREVIATIONS,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
} from "../../text/calendarWords.js";
import { SENTENCE_OPENERS } from "../../text/functionWords.js";
import {
  NATIONALITIES,
  ORGANIZATION_CUES,
  ORGANIZATIONS,
  PLACE_CUES,
  PLACES,
  THING_HEADS,
} from "../../text/gazetteer.js";
import {
  GIVEN_NAME_VARIANTS,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  POST_NOMINALS,
  WORD_GIVEN_NAMES,
} from "../../text/nameWords.js";
import { NUMBER_WORDS } from "../../text/numberWords.js";
import {
  DESCRIPTOR_NOUNS,
  PARTY_MEMBER_NOUNS,
  PORTFOLIO_WORDS,
  ROLE_NOUNS,
  STRONG_TITLES,
  TITLE_WORDS,
} from "../../text/titleWords.js";
import type { Name, Span } from "../../types.js";
import { type NameToken, nameTokens } from "./nameTokens.js";
import { roleAfter, roleBefore } from "./readRoles.js";

/**
 * The one name finder of the library: runs of capitalised words, split into title and
 * name, and classified as a person, an organisation, a place or another named thing
 * (a heading label, a work, a building). The facts stage builds people from it; the quote
 * stage takes its speakers from it.
 */

/** What a name names. `other` is a capitalised name the rules cannot place (a label, a work, an unknown word). */
export type NameKind = "person" | "organization" | "place" | "other";

/** One capitalised name in the text, titles split off. */
export interface NameRun {
  /** Offset of the name (titles excluded). */
  start: number;
  /** Offset one past the name, without a possessive ’s. */
  end: number;
  /** What it names. */
  kind: NameKind;
  /** The name's words as written, without a possessive ending. */
  words: string[];
  /** Lower-case title words before the name in the same run ("foreign", "minister"). */
  titles: string[];
  /** Written with a possessive ’s: a modifier, not an actor. */
  possessive: boolean;
  /** Offset of the run's first word, titles included. */
  runStart: number;
  /** A strong title stands right before the name ("President Putin"). */
  titled: boolean;
  /** Roles found around the name: its titles, lower-case role words before it, an appositive after it. */
  roles: Span[];
}

/** Options of {@link readNames}. */
export interface ReadNamesOptions {
  /** Read the lower-case roles around people's names (default true); story grouping needs only the names. */
  roles?: boolean;
  /** The text's words as {@link nameTokens} cuts them, when the caller has them already. */
  tokens?: NameToken[];
}

/** Everything the name finder read in one text. */
export interface NameReading {
  /** The text's words. */
  tokens: NameToken[];
  /** Every capitalised name, in text order. */
  runs: NameRun[];
  /** Organisations, each with its mentions. */
  organizations: Name[];
  /** Places, each with its mentions. */
  places: Name[];
}

// Capitalised function words that never sit inside a name ("N.Y. His …").
const FUNCTION_WORDS = new Set(
  "the a an his her its their our my your he she it they we i i'm in on at of to for with from by and but or as if when while this that these those there here then also after before since during".split(
    " ",
  ),
);
// Number words that open a run ("Five Iraqis") and groups, religions or demonyms that end one.
const GROUP_EDGES = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...(
    "hundreds thousands dozens " +
    "muslim muslims catholic catholics christian christians jewish jews protestant protestants " +
    "orthodox sunni shiite officials investigators police court authorities witnesses residents " +
    "analysts experts critics sources diplomats prosecutors officers doctors protesters lawmakers " +
    "troops soldiers rebels militants americans europeans republicans democrats mothers fathers " +
    "workers students tv radio"
  ).split(" "),
]);
// Months and weekdays close a run as dates ("United States Thursday"); "May" is also a name.
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_MONTHS.filter((month) => month !== "may"),
  ...ENGLISH_WEEKDAYS,
  ...AP_MONTH_ABBREVIATIONS.map((month) => `${month}.`),
]);
// Words that open a place name: "West Germany", "Northern Ireland", "Little Havana".
const PLACE_LEADS = new Set(
  "north south east west northern southern eastern western central little old upper lower greater mt. mount lake fort ft. port".split(
    " ",
  ),
);
const DIRECTIONS =
  /(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s$/u;
const HAS_DIGIT = /\p{N}/u;
// A party and a home joined by a hyphen tag a legislator in US copy ("R-Texas", "D-N.Y.",
// "I-Vt.", "D-Tucson"): the party's letter, a hyphen, then a capitalised place.
const PARTY_TAG = /^[DRI]-\p{Lu}\p{L}/u;
// Chambers that open a post's name ("House Majority Whip", "Senate Minority Leader").
const CHAMBERS = new Set("house senate congress assembly legislature parliament".split(" "));
// Verbs of saying right after a single capitalised word that make it a person ("Weaver says").
const SAYS = new Set("said says told tells added adds stated asked asks wrote writes".split(" "));
const GIVEN_NAMES = new Set(GIVEN_NAME_VARIANTS.flat());
const SAID_AFTER = /,?\s(?:said|says|told|added|stated)(?![\p{L}])/uy;

/** A verb of saying right after a name ending at `end` ("Weaver said", "Weaver, said"). */
function saidAt(body: string, end: number): boolean {
  SAID_AFTER.lastIndex = end;
  return SAID_AFTER.test(body);
}

function isAcronym(token: NameToken): boolean {
  return (
    token.bare.length >= 2 && /^[\p{Lu}&]+$/u.test(token.bare) && !/^[IVX]+$/u.test(token.bare)
  );
}

function joins(body: string, left: NameToken, right: NameToken): boolean {
  const gap = body.charCodeAt(left.end);
  // "the Residents' Association", "Commuters’ Forum": a plural possessive inside the name
  // of the body it owns.
  if (right.start - left.end === 2 && (gap === 0x27 || gap === 0x2019))
    return (
      body.charCodeAt(left.end + 1) === 0x20 &&
      left.lower.endsWith("s") &&
      ORGANIZATION_CUES.has(right.lower)
    );
  if (right.start - left.end !== 1) return false;
  return gap === 0x20 || gap === 0xa0;
}

function lookup(tokens: NameToken[]): string {
  if (tokens.length === 1) return tokens[0]?.lower ?? "";
  return tokens.map((token) => token.lower).join(" ");
}

/** {@link lookup} of `tokens[from … to]` without copying them. */
function lookupRange(tokens: NameToken[], from: number, to: number): string {
  if (from === to) return tokens[from]?.lower ?? "";
  let text = tokens[from]?.lower ?? "";
  for (let index = from + 1; index <= to; index++) text += ` ${tokens[index]?.lower ?? ""}`;
  return text;
}

function isTitle(tokens: NameToken[], index: number): boolean {
  const lower = tokens[index]?.lower ?? "";
  if (TITLE_WORDS.has(lower)) return true;
  // "Mayor-elect", "Governor-elect": a title to be taken up is a title.
  if (lower.endsWith("-elect")) return TITLE_WORDS.has(lower.slice(0, -6));
  // "Secretary of State", "Chief of the General Staff", "Minister for Finance": "of", "for"
  // and "the" inside a title.
  if (lower === "of" || lower === "for" || lower === "the")
    return TITLE_WORDS.has(tokens[index - 1]?.lower ?? "");
  // "Transport Minister", "Minister of Road Transport": a portfolio is a title only beside
  // a title word, or inside a title ("of" or another portfolio word before it).
  if (PORTFOLIO_WORDS.has(lower)) {
    const next = tokens[index + 1]?.lower ?? "";
    const previous = tokens[index - 1]?.lower ?? "";
    return (
      TITLE_WORDS.has(next) ||
      PORTFOLIO_WORDS.has(next) ||
      previous === "of" ||
      previous === "for" ||
      (PORTFOLIO_WORDS.has(previous) && isTitle(tokens, index - 1))
    );
  }
  // "Police Chief", "Union Minister", "Union Home Minister": an organisation word opening a
  // title; "Superintendent of Police", "Chief of Army Staff": one inside a title after its "of".
  const next = tokens[index + 1]?.lower ?? "";
  return (
    ORGANIZATION_CUES.has(lower) &&
    (TITLE_WORDS.has(next) ||
      (PORTFOLIO_WORDS.has(next) && isTitle(tokens, index + 1)) ||
      (tokens[index - 1]?.lower === "of" && TITLE_WORDS.has(tokens[index - 2]?.lower ?? "")))
  );
}

function spanOf(body: string, first: NameToken, last: NameToken): Span {
  const end = last.possessive ? last.end - 2 : last.end;
  return { text: body.slice(first.start, end), start: first.start, end };
}

// Lines set in title case (headlines, section heads) capitalise every word: no names there.
function titleCaseLines(body: string, tokens: NameToken[]): Uint8Array {
  const skipped = new Uint8Array(tokens.length);
  let first = 0;
  // The next line break after the previous token: a token past it starts a new line.
  let nextBreak = body.indexOf("\n");
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index];
    const newLine = token === undefined || (index > 0 && nextBreak >= 0 && token.start > nextBreak);
    if (token !== undefined && nextBreak >= 0 && nextBreak < token.end)
      nextBreak = body.indexOf("\n", token.end);
    if (!newLine) continue;
    let capitalised = 0;
    for (let member = first; member < index; member++)
      if (tokens[member]?.capitalised) capitalised++;
    const count = index - first;
    const lastWord = tokens[index - 1];
    // A headline has no closing full stop; a prose sentence full of names does.
    const closed =
      lastWord !== undefined && /^[.!?]/u.test(body.slice(lastWord.end, lastWord.end + 1));
    const share = count === 0 ? 0 : capitalised / count;
    if (count >= 3 && count <= 16 && (closed ? share >= 0.9 : share >= 0.7))
      skipped.fill(1, first, index);
    first = index;
  }
  return skipped;
}

/**
 * A run that opens its line (after a bullet, if any) and ends in a colon is a label:
 * "Grain Exports:", "Key Points:", "Prisoner Swaps:".
 */
function isLabel(body: string, first: NameToken, last: NameToken): boolean {
  if (body[last.end] !== ":") return false;
  // "Mayor Ines Vidal: “We will rebuild”": a name before a colon and a quote is its speaker,
  // as headlines and transcripts print them.
  if (OPENING_MARKS.has(body.slice(last.end + 1, last.end + 3).trim()[0] ?? "")) return false;
  let before = first.start - 1;
  while (before >= 0 && /[ \t*•·\-–—>]/u.test(body[before] ?? "")) before--;
  return before < 0 || body[before] === "\n";
}

/** The run continues a mid-sentence capitalised "The" ("by The Rolling Stones"): a named work or band. */
function afterTitleThe(body: string, tokens: NameToken[], firstIndex: number): boolean {
  const the = tokens[firstIndex - 1];
  if (the?.text !== "The" || !joins(body, the, tokens[firstIndex] as NameToken)) return false;
  const before = body.slice(Math.max(0, the.start - 3), the.start).trimEnd();
  return before !== "" && !/[.!?:"“”\n]$/u.test(before);
}

/**
 * A text's words written in lower case somewhere: a capitalised run made only of such
 * words ("Grain Exports", "Military Neutrality") is a heading or a thing, not a person.
 */
function lowerCaseWords(tokens: NameToken[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) if (!token.capitalised) words.add(token.lower);
  return words;
}

/** The index of the token that starts at `offset`, or -1 (tokens are in text order). */
function tokenAt(tokens: NameToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = tokens[middle]?.start ?? 0;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

// Words looked up one by one before the text's whole set of lower-case words is built.
const LOWER_CASE_SEARCHES = 8;

/**
 * Whether `lower` is written in lower case somewhere in the text. The first few words are
 * looked up where the text holds them (most texts ask about one or two); after that the
 * set of all lower-case words is built once, so the cost stays linear in the text.
 */
function writtenInLowerCase(reader: Reader, lower: string): boolean {
  if (reader.lowerWords !== undefined) return reader.lowerWords.has(lower);
  const known = reader.lowerSearched.get(lower);
  if (known !== undefined) return known;
  if (reader.lowerSearched.size >= LOWER_CASE_SEARCHES) {
    reader.lowerWords = lowerCaseWords(reader.tokens);
    return reader.lowerWords.has(lower);
  }
  // Searched in the text in lower case, so that "anti-Semitic" is found as "anti-semitic";
  // where lower-casing changes the length (a dotted "İ"), offsets would not match.
  reader.lowerBody ??= reader.body.toLowerCase();
  if (reader.lowerBody.length !== reader.body.length) {
    reader.lowerWords = lowerCaseWords(reader.tokens);
    return reader.lowerWords.has(lower);
  }
  const text = reader.lowerBody;
  let found = false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const token = reader.tokens[tokenAt(reader.tokens, at)];
    if (token !== undefined && !token.capitalised && token.lower === lower) {
      found = true;
      break;
    }
  }
  reader.lowerSearched.set(lower, found);
  return found;
}

interface Reader {
  body: string;
  tokens: NameToken[];
  /** Built once many words have been asked about (see {@link writtenInLowerCase}). */
  lowerWords: Set<string> | undefined;
  /** The words asked about before that, and whether each is written in lower case. */
  lowerSearched: Map<string, boolean>;
  /** The text in lower case, for those searches. */
  lowerBody: string | undefined;
  /** Words the text uses as nouns in lower case (see {@link usedAsNoun}), built when first asked. */
  nounWords: Set<string> | undefined;
  /** Acronyms the text spells out in brackets ("… Agency (IGRA)"), built when first asked. */
  bracketed: Map<string, number> | undefined;
  runs: NameRun[];
  /** Tokens of nicknames inside names ("El Chapo"), left out of the name's words. */
  nicknames: Set<number>;
  /** Whether to read the lower-case roles around people's names. */
  roles: boolean;
  named: Map<string, { kind: "organization" | "place"; name: string; mentions: Span[] }>;
}

function addNamed(
  reader: Reader,
  kind: "organization" | "place",
  span: Span,
  name = span.text,
): void {
  const key = `${kind}:${name.toLowerCase()}`;
  const entry = reader.named.get(key) ?? { kind, name, mentions: [] };
  // A dateline in capitals ("MOSCOW") gives way to the name as prose writes it.
  if (entry.name === entry.name.toUpperCase() && name !== name.toUpperCase()) entry.name = name;
  entry.mentions.push(span);
  reader.named.set(key, entry);
}

/** A name the rules cannot place (a label, a work, an unknown word). */
function pushOther(reader: Reader, run: NameToken[]): undefined {
  pushRun(reader, "other", run);
}

function pushRun(
  reader: Reader,
  kind: NameKind,
  nameTokens: NameToken[],
  extra: { titles?: string[]; runStart?: number; titled?: boolean; roles?: Span[] } = {},
): void {
  const first = nameTokens[0];
  const last = nameTokens[nameTokens.length - 1];
  if (first === undefined || last === undefined) return;
  const span = spanOf(reader.body, first, last);
  if (kind === "organization" || kind === "place") addNamed(reader, kind, span);
  reader.runs.push({
    start: span.start,
    end: span.end,
    kind,
    words: nameTokens.map((token) => token.bare),
    titles: extra.titles ?? [],
    possessive: last.possessive,
    runStart: extra.runStart ?? span.start,
    titled: extra.titled ?? false,
    roles: extra.roles ?? [],
  });
}

const OPENING_MARKS = new Set(["“", '"', "‘", "«"]);
const CLOSING_MARKS = new Set(["”", '"', "’", "»"]);

/**
 * After token `index`, a nickname of one to three capitalised words in quotes and then a
 * capitalised word: the index of that word, or -1.
 */
function afterNickname(body: string, tokens: NameToken[], index: number): number {
  const current = tokens[index];
  const first = tokens[index + 1];
  if (!current?.capitalised || !first?.capitalised) return -1;
  const open = body.slice(current.end, first.start);
  if (open.length !== 2 || open[0] !== " " || !OPENING_MARKS.has(open[1] ?? "")) return -1;
  for (let last = index + 1; last <= index + 3; last++) {
    const word = tokens[last];
    const following = tokens[last + 1];
    if (!word?.capitalised || following === undefined) return -1;
    const close = body.slice(word.end, following.start);
    if (close.length === 2 && CLOSING_MARKS.has(close[0] ?? "") && close[1] === " ")
      return following.capitalised ? last + 1 : -1;
    if (close !== " ") return -1;
  }
  return -1;
}

/**
 * The last token of the letters printed after a name that ends at token `end` ("Hannah
 * Oyelaran KC told", "Dame Ruth Ames DBE, the chair"), or `end` when none follow: they
 * close the name and are no name of their own. Letters before a name ("MP Ana Ruiz") open
 * a title instead, so a capitalised word after them keeps them.
 */
function postNominalsAfter(body: string, tokens: NameToken[], end: number): number {
  const last = tokens[end];
  if (last === undefined || isAcronym(last)) return end;
  let through = end;
  for (;;) {
    const next = tokens[through + 1];
    const previous = tokens[through];
    if (
      next === undefined ||
      previous === undefined ||
      !isAcronym(next) ||
      !POST_NOMINALS.has(next.lower) ||
      body.slice(previous.end, next.start) !== " "
    )
      break;
    through += 1;
  }
  if (through === end) return end;
  const after = tokens[through + 1];
  const gap = after === undefined ? "" : body.slice(tokens[through]?.end ?? 0, after.start);
  return after?.capitalised && gap === " " ? end : through;
}

/** The run of capitalised words starting at token `index`: its last token index. */
function runEnd(
  body: string,
  tokens: NameToken[],
  index: number,
  nicknames: Set<number> = new Set(),
): number {
  let end = index;
  while (end + 1 < tokens.length) {
    const current = tokens[end];
    const next = tokens[end + 1];
    if (!current || !next || current.possessive) break;
    if (!joins(body, current, next)) {
      // Joaquín “El Chapo” Guzmán: a nickname in quotes between the parts of a name.
      const resume = afterNickname(body, tokens, end);
      if (resume < 0) break;
      for (let skipped = end + 1; skipped < resume; skipped++) nicknames.add(skipped);
      end = resume;
      continue;
    }
    // A capitalised function word or a switch between acronym and word starts anew, except
    // after an acronym that is a title ("MLA Devin Okafor", "CEO Ana Ruiz").
    if (
      next.capitalised &&
      (FUNCTION_WORDS.has(next.lower) ||
        (isAcronym(next) !== isAcronym(current) &&
          !(isAcronym(current) && TITLE_WORDS.has(current.lower))))
    )
      break;
    if (next.capitalised) {
      end++;
      continue;
    }
    const after = tokens[end + 2];
    const afterNext = tokens[end + 3];
    // "of" inside an organisation ("Ministry of Defence"), a place named by its kind ("Gulf
    // of Aden", "Province of Alberta") or a title ("Secretary of State").
    const inOrganization =
      // "Department for Education", "Institute for Fiscal Studies": "for" after a cue.
      // "Minister for Finance": "for" inside a title, before a portfolio or a title word.
      (next.lower === "for" &&
        (ORGANIZATION_CUES.has(current.lower) ||
          (TITLE_WORDS.has(current.lower) &&
            (PORTFOLIO_WORDS.has(after?.lower ?? "") || TITLE_WORDS.has(after?.lower ?? ""))))) ||
      (next.lower === "of" &&
        (ORGANIZATION_CUES.has(current.lower) ||
          PLACE_CUES.has(current.lower) ||
          (TITLE_WORDS.has(current.lower) &&
            (TITLE_WORDS.has(after?.lower ?? "") ||
              PORTFOLIO_WORDS.has(after?.lower ?? "") ||
              ORGANIZATION_CUES.has(after?.lower ?? "")))));
    if (
      (NAME_PARTICLES.has(next.lower) || inOrganization) &&
      after?.capitalised &&
      joins(body, next, after)
    ) {
      end += 2;
      continue;
    }
    if (
      NAME_PARTICLES.has(next.lower) &&
      after !== undefined &&
      NAME_PARTICLES.has(after.lower) &&
      afterNext?.capitalised &&
      joins(body, next, after) &&
      joins(body, after, afterNext)
    ) {
      end += 3;
      continue;
    }
    break;
  }
  return end;
}

/** "R-Texas", "D-N.Y.": a legislator's party and home, not a name. */
function isPartyTag(token: NameToken): boolean {
  return PARTY_TAG.test(token.bare);
}

// The word lists a lone word is looked up in by isPlainWord, as one set: a lone
// capitalised word (most runs of a text) costs one lookup, not six.
const LISTED_WORDS: ReadonlySet<string> = new Set([
  ...SENTENCE_OPENERS,
  ...CALENDAR_WORDS,
  ...FUNCTION_WORDS,
  ...TITLE_WORDS,
  ...PLACES,
  ...ORGANIZATIONS,
]);

/**
 * A lone capitalised word that no word list knows, not possessive, with no verb of saying
 * after it: most runs of a text (a sentence's first word, a surname met again). Every
 * rule of {@link classifyRun} leaves such a word a name of no known kind, so a reader that
 * wants no roles (story grouping) takes it as that at once.
 */
function isPlainWord(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  if (token === undefined || token.possessive || token.bare.length < 2) return false;
  if (
    LISTED_WORDS.has(token.lower) ||
    SAYS.has(reader.tokens[index + 1]?.lower ?? "") ||
    PARTY_TAG.test(token.bare)
  )
    return false;
  return !saidAt(reader.body, token.end);
}

// Kinds of town that follow a known place's name as part of it ("New York City").
const TOWN_KINDS = new Set(["city", "county", "borough", "township", "parish"]);

/**
 * How many words at `run[from]` name a place that opens the run before more words: the
 * longest known place ("New York", "Kansas City"), with a place kind after it ("New York
 * City"), or a few words closed by a place kind ("Salt Lake County", "Harris County").
 * 0 when none does.
 */
function leadingPlace(run: NameToken[], from: number): number {
  const limit = Math.min(from + 3, run.length - 2);
  let end = -1;
  for (let last = from; last <= limit; last++)
    if (PLACES.has(lookupRange(run, from, last))) end = last;
  if (end >= 0) {
    // "New York City", but not "U.S. District", whose "District" is the court's ("U.S.
    // District Judge").
    if (end < limit && TOWN_KINDS.has(run[end + 1]?.lower ?? "")) end++;
    return end - from + 1;
  }
  const opener = run[from]?.lower ?? "";
  if (TITLE_WORDS.has(opener) || ORGANIZATION_CUES.has(opener) || PLACE_CUES.has(opener)) return 0;
  for (let last = from + 1; last <= limit; last++) {
    const lower = run[last]?.lower ?? "";
    if (PLACE_CUES.has(lower)) {
      // "Cedar Falls City": one place kind after another belongs to the same place.
      let end = last;
      while (end < limit && PLACE_CUES.has(run[end + 1]?.lower ?? "")) end++;
      return end - from + 1;
    }
    if (TITLE_WORDS.has(lower) || ORGANIZATION_CUES.has(lower) || PORTFOLIO_WORDS.has(lower))
      return 0;
  }
  return 0;
}

/** A known given name that is also a word, before one plain capitalised word ("Will Baker", "Jordan Peele"). */
function givenNameBefore(reader: Reader, word: NameToken, surname: NameToken | undefined): boolean {
  if (!WORD_GIVEN_NAMES.has(word.lower) || surname === undefined) return false;
  const lower = surname.lower;
  return (
    !TITLE_WORDS.has(lower) &&
    !PLACES.has(lower) &&
    !ORGANIZATIONS.has(lower) &&
    !NATIONALITIES.has(lower) &&
    !PARTY_MEMBER_NOUNS.has(lower) &&
    !ORGANIZATION_CUES.has(lower) &&
    !PLACE_CUES.has(lower) &&
    !CHAMBERS.has(lower) &&
    !THING_HEADS.has(lower) &&
    !SENTENCE_OPENERS.has(lower) &&
    !isAcronym(surname) &&
    !writtenInLowerCase(reader, lower)
  );
}

// How far to look for the question mark that makes a sentence-opening "Will" a verb.
const QUESTION_REACH = 200;

/** The sentence from `offset` ends in a question mark ("Will Baker resign?"). */
function endsInQuestion(body: string, offset: number): boolean {
  const end = Math.min(body.length, offset + QUESTION_REACH);
  for (let at = offset; at < end; at++) {
    const code = body.charCodeAt(at);
    if (code === 0x3f) return true;
    if (code === 0x2e || code === 0x21 || code === 0x0a) return false;
  }
  return false;
}

/**
 * A capitalised word before a name of two or more words that says what the person is
 * rather than naming them ("Passenger Jorge Almanza", "Neighbour Ada Vos"): a role or
 * relation noun, or a word the same text writes in lower case as an ordinary noun ("the
 * passenger", "passengers"), unless it is a known given name ("Witness Hope Davis").
 */
function isDescriptor(
  reader: Reader,
  word: NameToken,
  name: NameToken[],
  sentenceStart: boolean,
): boolean {
  const lower = word.lower;
  // The rest must read as a full name: two name words, not a thing ("Care Act"), an
  // organisation or a place, nor a word and a suffix ("War II").
  const last = name[name.length - 1];
  if (
    last === undefined ||
    name.filter((token) => !NAME_SUFFIXES.has(token.lower) && !NAME_PARTICLES.has(token.lower))
      .length < 2 ||
    THING_HEADS.has(last.lower) ||
    ORGANIZATION_CUES.has(last.lower) ||
    PLACE_CUES.has(last.lower) ||
    HAS_DIGIT.test(last.text)
  )
    return false;
  if (
    GIVEN_NAMES.has(lower) ||
    SENTENCE_OPENERS.has(lower) ||
    NATIONALITIES.has(lower) ||
    PLACES.has(lower) ||
    WORD_GIVEN_NAMES.has(lower) ||
    NAME_PARTICLES.has(lower) ||
    HONORIFICS.has(lower) ||
    isAcronym(word) ||
    word.possessive ||
    !/^\p{L}[\p{L}-]*$/u.test(word.bare)
  )
    return false;
  if (ROLE_NOUNS.has(lower) || DESCRIPTOR_NOUNS.has(lower)) return true;
  // A word capitalised only because it opens the sentence, which the text uses as a noun
  // elsewhere, before words the text never writes in lower case ("Lodger Tamsin Okoro …
  // the lodger"). Inside a sentence the capital is the writer's evidence of a name
  // ("World War II", "Black Lives Matter").
  return (
    sentenceStart &&
    lower.length >= 4 &&
    usedAsNoun(reader, lower) &&
    name.every(
      (token) =>
        NAME_PARTICLES.has(token.lower) ||
        NAME_SUFFIXES.has(token.lower) ||
        !writtenInLowerCase(reader, token.lower),
    )
  );
}

/** Token `index` opens a sentence or a line: nothing before it, or a line break or a full stop. */
function opensSentence(body: string, tokens: NameToken[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  const previous = tokens[index - 1];
  // An abbreviation keeps its full stop in its token ("Dr."), so a stop in the gap ends a sentence.
  const gap = body.slice(previous === undefined ? 0 : previous.end, token.start);
  return previous === undefined || /[.!?:\n]/u.test(gap);
}

// Words after which a lower-case word is a noun ("the lodger", "a lodger", "her lodger").
const NOUN_DETERMINERS = new Set(
  "the a an another each every this that his her their its our my your".split(" "),
);

/**
 * Whether the text uses `lower` as a noun in lower case: after a determiner ("the
 * passenger") or with a plural ending ("passengers"). The set is built in one pass over
 * the words the first time it is asked for.
 */
function usedAsNoun(reader: Reader, lower: string): boolean {
  if (reader.nounWords === undefined) {
    const nouns = new Set<string>();
    let previous = "";
    for (const token of reader.tokens) {
      if (!token.capitalised) {
        if (NOUN_DETERMINERS.has(previous)) nouns.add(token.lower);
        if (token.lower.endsWith("es")) nouns.add(token.lower.slice(0, -2));
        if (token.lower.endsWith("s")) nouns.add(token.lower.slice(0, -1));
      }
      previous = token.lower;
    }
    reader.nounWords = nouns;
  }
  return reader.nounWords.has(lower);
}

function classifyRun(reader: Reader, runStart: number, runLast: number): undefined {
  const { body, tokens } = reader;
  if (!reader.roles && runStart === runLast && isPlainWord(reader, runStart)) {
    const token = tokens[runStart] as NameToken;
    reader.runs.push({
      start: token.start,
      end: token.end,
      kind: "other",
      words: [token.bare],
      titles: [],
      possessive: false,
      runStart: token.start,
      titled: false,
      roles: [],
    });
    return;
  }
  let first = runStart;
  // A known place or organisation whose name opens with such a word ("New York", "The Hague").
  const known = lookupRange(tokens, runStart, runLast);
  const knownName = PLACES.has(known) || ORGANIZATIONS.has(known);
  // Sentence-opening words ("The", "But") and verbs of saying ("Said Ana Ruiz, …") are not
  // part of a name.
  while (
    !knownName &&
    first <= runLast &&
    // "First Officer Renata Olszewski", "First Deputy Mayor": an opener that is a title
    // word before another title word opens the title.
    !(TITLE_WORDS.has(tokens[first]?.lower ?? "") && isTitle(tokens, first + 1)) &&
    // "New York City Mayor": an opener that begins a known place's name is the place's.
    !(first < runLast && PLACES.has(lookupRange(tokens, first, first + 1))) &&
    !(first + 1 < runLast && PLACES.has(lookupRange(tokens, first, first + 2))) &&
    // "Will Baker said": a given name that is also an opener, unless the sentence asks.
    !(
      first === runLast - 1 &&
      givenNameBefore(reader, tokens[first] as NameToken, tokens[runLast]) &&
      !endsInQuestion(body, (tokens[runLast] as NameToken).end)
    ) &&
    (SENTENCE_OPENERS.has(tokens[first]?.lower ?? "") ||
      CALENDAR_WORDS.has(tokens[first]?.lower ?? "") ||
      FUNCTION_WORDS.has(tokens[first]?.lower ?? "") ||
      (first < runLast && SAYS.has(tokens[first]?.lower ?? "")))
  )
    first++;
  // "United States Thursday": a weekday or month closing a run is a date.
  let last = runLast;
  while (last >= first && CALENDAR_WORDS.has(tokens[last]?.lower ?? "")) last--;
  if (first > last) return;
  const run =
    reader.nicknames.size === 0
      ? tokens.slice(first, last + 1)
      : tokens.slice(first, last + 1).filter((_, offset) => !reader.nicknames.has(first + offset));
  const whole = lookup(run);
  const firstToken = run[0] as NameToken;
  const lastToken = run[run.length - 1] as NameToken;
  // A party tag is said of the name before it, like an appositive: it names no one.
  if (run.length === 1 && isPartyTag(firstToken)) return;
  // "Juror No. 4", "Witness No. 2": a person kept anonymous behind a number is no name.
  if (lastToken.lower === "no." && HAS_DIGIT.test(tokens[last + 1]?.text ?? ""))
    return pushOther(reader, run);
  // "South Korean President Park Geun-hye" opens with a place word but names a person.
  const placeLead =
    run.length > 1 &&
    PLACE_LEADS.has(firstToken.lower) &&
    !run.some((token, offset) => isTitle(tokens, first + offset) || NATIONALITIES.has(token.lower));
  // "Bay of Bengal", "County of Kent": a place's kind, "of", then its name.
  const placeOf = run.some(
    (token, offset) =>
      offset > 0 && token.lower === "of" && PLACE_CUES.has(run[offset - 1]?.lower ?? ""),
  );
  if (
    PLACES.has(whole) ||
    placeLead ||
    placeOf ||
    (run.length > 1 && PLACE_CUES.has(lastToken.lower))
  ) {
    const span = spanOf(body, firstToken, lastToken);
    const direction = DIRECTIONS.exec(body.slice(Math.max(0, span.start - 16), span.start));
    const mention = direction
      ? {
          text: body.slice(span.start - direction[0].length, span.end),
          start: span.start - direction[0].length,
          end: span.end,
        }
      : span;
    // The mention keeps its direction word ("eastern Ukraine"); the name is the bare place.
    addNamed(reader, "place", mention, span.text);
    reader.runs.push({
      start: span.start,
      end: span.end,
      kind: "place",
      words: run.map((token) => token.bare),
      titles: [],
      possessive: lastToken.possessive,
      runStart: span.start,
      titled: false,
      roles: [],
    });
    return;
  }
  if (ORGANIZATIONS.has(whole)) {
    pushRun(reader, "organization", run);
    return;
  }
  // An organisation named by a cue word, possibly followed by a title and a person:
  // "Rand Corp.", "European Commission Vice President Kaja Kallas".
  let cue = -1;
  // "Kansas City Police Chief Ana Ruiz": a place before a cue word and a title says where
  // the post is; the cue opens the title, as it does at the start of a run.
  const placeFirst = run.length > 2 ? leadingPlace(run, 0) : 0;
  for (let position = run.length > 2 ? 0 : 1; position < run.length; position++) {
    // "Police Chief Ola Brandt": a cue word opening the run before a title belongs to the title.
    // "Assembly Minority Leader Corinne Ashdown": a chamber opening a title too.
    // "Union Home Minister Arvind Sethi": one before a portfolio and its title word too.
    const opensTitle =
      (position === 0 || position === placeFirst) &&
      run.length > position + 2 &&
      (TITLE_WORDS.has(run[position + 1]?.lower ?? "") ||
        ((CHAMBERS.has(run[position]?.lower ?? "") ||
          PORTFOLIO_WORDS.has(run[position + 1]?.lower ?? "")) &&
          isTitle(tokens, first + position + 1)));
    // "Superintendent of Police Meena Iyer": a cue inside a title before a name.
    const inTitle =
      position > 1 &&
      position < run.length - 1 &&
      run[position - 1]?.lower === "of" &&
      isTitle(tokens, first + position);
    if (ORGANIZATION_CUES.has(run[position]?.lower ?? "") && !opensTitle && !inTitle)
      cue = position;
  }
  if (cue === 0) {
    // "Union Carbide Chairman Warren Anderson": the organisation's name runs up to a title
    // that a name follows; the title and the name are a person of that organisation.
    const titleAt = run.findIndex(
      (_, offset) => offset > 1 && offset < run.length - 1 && isTitle(tokens, first + offset),
    );
    if (titleAt > 0 && !isTitle(tokens, first + run.length - 1)) {
      pushRun(reader, "organization", run.slice(0, titleAt));
      classifyRun(reader, first + titleAt, last);
      return;
    }
    pushRun(reader, "organization", run);
    return;
  }
  // "Reserve Bank of India", "Royal Bank of Canada": "of" after the cue continues the
  // organisation's name when no title follows to start a person.
  if (
    cue > 0 &&
    run[cue + 1]?.lower === "of" &&
    !run.some((_, offset) => offset > cue && TITLE_WORDS.has(run[offset]?.lower ?? ""))
  ) {
    pushRun(reader, "organization", run);
    return;
  }
  if (cue > 0) {
    pushRun(reader, "organization", run.slice(0, cue + 1));
    if (cue + 1 < run.length) classifyRun(reader, first + cue + 1, last);
    return;
  }
  // "St. Brendan's Hospital": a possessive before an organisation or a thing belongs to it.
  const next = tokens[last + 1];
  if (
    lastToken.possessive &&
    next?.capitalised &&
    joins(body, lastToken, next) &&
    (ORGANIZATION_CUES.has(next.lower) || THING_HEADS.has(next.lower))
  ) {
    const thingEnd = runEnd(body, tokens, last + 1);
    const span = { ...spanOf(body, firstToken, tokens[thingEnd] as NameToken) };
    if (ORGANIZATION_CUES.has((tokens[thingEnd] as NameToken).lower))
      addNamed(reader, "organization", span);
    return;
  }
  // Numbers, groups and demonyms ("Five Iraqis", "Latin American") are not people.
  const lastWord = lastToken.lower;
  if ((GROUP_EDGES.has(firstToken.lower) && !isTitle(tokens, first)) || GROUP_EDGES.has(lastWord))
    return pushOther(reader, run);
  if (
    NATIONALITIES.has(lastWord) ||
    (lastWord.endsWith("s") && NATIONALITIES.has(lastWord.slice(0, -1)))
  )
    return pushOther(reader, run);
  // "St. Louis Democrat", "Joplin Republican": a party member from a place is a description.
  if (PARTY_MEMBER_NOUNS.has(lastWord)) return pushOther(reader, run);
  // Things, labels and works are named, but are not people.
  // ("Acting" opens a title, not a thing.)
  if (firstToken.text.endsWith("ing") && !TITLE_WORDS.has(firstToken.lower))
    return pushOther(reader, run);
  if (run.length > 1 && isLabel(body, firstToken, lastToken)) return pushOther(reader, run);
  if (afterTitleThe(body, tokens, first)) return pushOther(reader, run);
  // Leading places or organisations and titles: "Moscow Mayor", "Russian Foreign Minister".
  let nameStart = 0;
  let titleStart = -1;
  while (nameStart < run.length - 1) {
    const token = run[nameStart] as NameToken;
    // "Salt Lake County Sheriff", "New York City Mayor": a place of several words before a
    // title says where the post is, as one word does ("Moscow Mayor"). A known place is
    // one whatever follows it ("New York Yankees"), as "Dallas" is in "Dallas Cowboys";
    // a few words closed by a place kind are one only before a title.
    const placeLength = titleStart < 0 ? leadingPlace(run, nameStart) : 0;
    const placeEnd = nameStart + placeLength - 1;
    if (
      placeLength > 1 &&
      (PLACES.has(lookupRange(run, nameStart, placeEnd)) ||
        PLACES.has(lookupRange(run, nameStart, placeEnd - 1)) ||
        isTitle(tokens, first + nameStart + placeLength) ||
        (nameStart + placeLength + 2 < run.length &&
          isTitle(tokens, first + nameStart + placeLength + 1)))
    ) {
      addNamed(reader, "place", spanOf(body, token, run[placeEnd] as NameToken));
      nameStart += placeLength;
      continue;
    }
    if (
      titleStart < 0 &&
      (PLACES.has(token.lower) || ORGANIZATIONS.has(token.lower)) &&
      // "Jordan Peele", "Chad Lindqvist": a given name that is also a place, before a surname.
      !(nameStart === run.length - 2 && givenNameBefore(reader, token, run[nameStart + 1]))
    ) {
      addNamed(
        reader,
        PLACES.has(token.lower) ? "place" : "organization",
        spanOf(body, token, token),
      );
      nameStart++;
      continue;
    }
    // "Former Illinois Treasurer", "Acting Texas Attorney General": a place between title
    // words says where the post is, and belongs to the title.
    const placeInTitle =
      titleStart >= 0 && PLACES.has(token.lower) && isTitle(tokens, first + nameStart + 1);
    // "House Majority Leader", "Assembly Speaker": a chamber opening a title is the post's,
    // and so is a plain noun that says which post ("Fire Chief", "Parks Commissioner")
    // when a name follows the title.
    const chamberInTitle =
      isTitle(tokens, first + nameStart + 1) &&
      (CHAMBERS.has(token.lower) || nameStart + 2 < run.length);
    if (
      isTitle(tokens, first + nameStart) ||
      NATIONALITIES.has(token.lower) ||
      // "Ohio Democrat Sherrod Brown": a party member before a name describes the person.
      PARTY_MEMBER_NOUNS.has(token.lower) ||
      placeInTitle ||
      chamberInTitle
    ) {
      if (titleStart < 0) titleStart = nameStart;
      nameStart++;
      continue;
    }
    break;
  }
  // "Passenger Jorge Almanza", "Witness Dana Holt": a descriptor before a full name.
  const described =
    run.length - nameStart >= 3 &&
    isDescriptor(
      reader,
      run[nameStart] as NameToken,
      run.slice(nameStart + 1),
      opensSentence(body, tokens, first + nameStart),
    );
  if (described) {
    if (titleStart < 0) titleStart = nameStart;
    nameStart++;
  }
  // "General Mills CEO Ann Lutz", "Cardinal Air CEO Bo Tran": a title and one word right
  // before a post and its holder name the post's organisation, not a titled person.
  const postAfter = tokens[last + 1];
  if (
    titleStart >= 0 &&
    nameStart === run.length - 1 &&
    !run[titleStart]?.text.endsWith(".") &&
    postAfter !== undefined &&
    joins(body, lastToken, postAfter) &&
    isTitle(tokens, last + 1) &&
    tokens[last + 2]?.capitalised === true
  ) {
    pushRun(reader, "organization", run.slice(titleStart));
    return;
  }
  const nameTokens = run.slice(nameStart);
  const finalName = nameTokens[nameTokens.length - 1];
  if (!finalName || finalName.bare.length < 2) return;
  // "G20", "L2", "Soyuz 36": names of things and bodies, never of people.
  for (const token of nameTokens) if (HAS_DIGIT.test(token.text)) return pushOther(reader, run);
  const nameLookup = lookup(nameTokens);
  if (PLACES.has(nameLookup) || ORGANIZATIONS.has(nameLookup) || NATIONALITIES.has(nameLookup)) {
    if (!NATIONALITIES.has(nameLookup))
      pushRun(reader, PLACES.has(nameLookup) ? "place" : "organization", nameTokens);
    return;
  }
  // A head noun of a thing ("Hyde Park", "Transit Corridor"), unless a title says a person
  // bears it ("Judge Ellen Park").
  if (
    THING_HEADS.has(lastWord.endsWith(".") ? lastWord.slice(0, -1) : lastWord) &&
    !(titleStart >= 0 && nameTokens.length > 1)
  )
    return pushOther(reader, run);
  const titleTokens =
    titleStart < 0
      ? []
      : run.slice(titleStart, nameStart).filter((token) => !HONORIFICS.has(token.lower));
  const lastTitle = run[nameStart - 1];
  const titled = lastTitle !== undefined && titleStart >= 0 && STRONG_TITLES.has(lastTitle.lower);
  // A title word inside the name ("Islamic State", "Putin Press Secretary") is no person's
  // name, but one that ends a full name is a surname ("Martin Luther King Jr."), and so is
  // one after a given name when a descriptor stands before the two ("Witness Ana Sheriff").
  const innerTitle = nameTokens.some(
    (token, offset) =>
      TITLE_WORDS.has(token.lower) &&
      !(
        (offset >= (described ? 1 : 2) && offset === nameTokens.length - 1) ||
        (offset > 0 && NAME_SUFFIXES.has(nameTokens[offset + 1]?.lower ?? ""))
      ),
  );
  if (innerTitle && !titled) {
    // "Morgan Stanley Chairman Ted Pick": a name, then a title and its holder's name, is
    // the organisation of the post and the person who holds it.
    const titleAt = nameTokens.findIndex((token) => TITLE_WORDS.has(token.lower));
    const holder = nameTokens.slice(titleAt);
    if (
      titleStart < 0 &&
      titleAt > 0 &&
      !holder.some((token, offset) => offset > 0 && TITLE_WORDS.has(token.lower)) &&
      holder.length >= 3
    ) {
      pushRun(reader, "organization", nameTokens.slice(0, titleAt));
      classifyRun(reader, first + nameStart + titleAt, last);
      return;
    }
    return pushOther(reader, run);
  }
  // "House Majority Whip", "Senate Minority Leader": a run of chamber, portfolio and title
  // words names a post, not a person, even when its last word could be a surname.
  const postOnly =
    nameTokens.length > 1 &&
    TITLE_WORDS.has(finalName.lower) &&
    nameTokens.every(
      (token) =>
        TITLE_WORDS.has(token.lower) ||
        PORTFOLIO_WORDS.has(token.lower) ||
        CHAMBERS.has(token.lower) ||
        PLACES.has(token.lower) ||
        NATIONALITIES.has(token.lower),
    );
  if (postOnly) return pushOther(reader, run);
  // Every word also written in lower case in this text, and nothing says it is a person.
  const nextCode = body.charCodeAt(finalName.end);
  const saidAfter =
    (nextCode === 0x2c ||
      nextCode === 0x20 ||
      nextCode > 0x7f ||
      (nextCode >= 9 && nextCode <= 13)) &&
    saidAt(body, finalName.end);
  if (
    !titled &&
    !saidAfter &&
    nameTokens.length > 1 &&
    !GIVEN_NAMES.has(nameTokens[0]?.lower ?? "") &&
    nameTokens.every((token) => writtenInLowerCase(reader, token.lower))
  )
    return pushOther(reader, run);
  const roles: Span[] = [];
  const firstTitle = titleTokens[0];
  const finalTitle = titleTokens[titleTokens.length - 1];
  if (firstTitle && finalTitle)
    roles.push({
      text: body.slice(firstTitle.start, finalTitle.end),
      start: firstTitle.start,
      end: finalTitle.end,
    });
  const before = reader.roles ? roleBefore(body, tokens, first) : undefined;
  if (before) roles.push(before);
  const appositive = reader.roles ? roleAfter(body, tokens, last) : undefined;
  if (appositive) roles.push(appositive);
  pushRun(reader, "person", nameTokens, {
    titles: run
      .slice(titleStart < 0 ? nameStart : titleStart, nameStart)
      .map((token) => token.lower),
    runStart: firstToken.start,
    titled,
    roles,
  });
  // A single capitalised word is a person only with a title or a verb of saying after it;
  // otherwise clustering decides (a later "Lavrov" joins "Sergey Lavrov").
  const pushed = reader.runs[reader.runs.length - 1];
  if (pushed !== undefined && nameTokens.length === 1 && !titled) {
    const verbAfter = SAYS.has(tokens[last + 1]?.lower ?? "");
    // "The DCP added", "the SHO said": an acronym after "the" is a post or a body, which
    // no one is called by as a name.
    const theAcronym = isAcronym(finalName) && tokens[first - 1]?.lower === "the";
    if ((!verbAfter && !saidAfter) || theAcronym) pushed.kind = "other";
    // "the International Grain Relief Agency (IGRA) said": an acronym the text gives in
    // brackets after a name is that body's short name, whatever follows it.
    else if (isAcronym(finalName)) {
      reader.bracketed ??= bracketedAcronyms(body);
      if (reader.bracketed.has(finalName.bare)) pushed.kind = "organization";
    }
  }
}

/**
 * Reads every capitalised name of a text and what it names.
 *
 * @param body - the article text
 * @param options - what to read besides the names
 * @returns the words, the names in text order, and the organisations and places
 */
export function readNames(body: string, options: ReadNamesOptions = {}): NameReading {
  const tokens = options.tokens ?? nameTokens(body);
  const skipped = titleCaseLines(body, tokens);
  const reader: Reader = {
    body,
    tokens,
    lowerWords: undefined,
    lowerSearched: new Map(),
    lowerBody: undefined,
    nounWords: undefined,
    bracketed: undefined,
    roles: options.roles ?? true,
    runs: [],
    nicknames: new Set(),
    named: new Map(),
  };
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token?.capitalised || skipped[index] === 1) {
      index++;
      continue;
    }
    const end = runEnd(body, tokens, index, reader.nicknames);
    classifyRun(reader, index, end);
    index = postNominalsAfter(body, tokens, end) + 1;
  }
  const entries = [...reader.named.values()];
  return {
    tokens,
    runs: reader.runs,
    organizations: entries
      .filter((entry) => entry.kind === "organization")
      .map(({ name, mentions }) => ({ name, mentions })),
    places: entries
      .filter((entry) => entry.kind === "place")
      .map(({ name, mentions }) => ({ name, mentions })),
  };
}
