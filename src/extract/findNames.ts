import { compareTwoStrings } from "string-similarity";
import type { Name, Person, Span } from "../types.js";
import {
  ABBREVIATIONS,
  HONORIFICS,
  NAME_PARTICLES,
  NATIONALITIES,
  NOT_NAME_WORDS,
  NOT_PERSON_WORDS,
  ORGANIZATION_CUES,
  ORGANIZATIONS,
  PLACE_CUES,
  PLACES,
  TITLE_WORDS,
} from "./gazetteer.js";
import { linkReferences } from "./linkReferences.js";
import { personKey } from "./people/personName.js";

/**
 * Rule-based names: runs of capitalised words split into title, name, organisation and
 * place by word lists, with roles read from the patterns newsrooms use (a title before the
 * name, a possessive, an appositive after it) and short forms linked to the fullest name.
 */

/** People, organisations and places named in a text. */
export interface NamesFound {
  /** People, each with every mention linked and the roles found around them. */
  people: Person[];
  /** Organisations. */
  organizations: Name[];
  /** Places. */
  places: Name[];
}

interface Token {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  possessive: boolean;
  // The word without a possessive ending, for lookups and names.
  bare: string;
}

// Initialisms ("U.S.") or words with up to two inner apostrophes or hyphens (Kosiniak-Kamysz, O'Brien).
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)?(?:['’-][\p{L}\p{M}\p{N}]+)?/gu;
const POSSESSIVE = /['’]s$/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
// Titles strong enough to make one following capitalised word a person ("President Putin").
const STRONG_TITLES = new Set([
  "president",
  "minister",
  "secretary",
  "chancellor",
  "senator",
  "sen.",
  "rep.",
  "gov.",
  "governor",
  "mayor",
  "general",
  "gen.",
  "admiral",
  "adm.",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "prof.",
  "professor",
  "ambassador",
  "envoy",
  "premier",
  "judge",
  "commissioner",
  "sheikh",
  "colonel",
  "col.",
  "lt.",
  "capt.",
  "captain",
  "sgt.",
  "chairman",
  "spokesman",
  "spokeswoman",
  "director",
  "chief",
]);
// Role nouns that make lower-case words before a name a role ("chief of staff", "former president").
const ROLE_NOUNS = new Set([
  "president",
  "minister",
  "secretary",
  "chancellor",
  "senator",
  "governor",
  "mayor",
  "general",
  "admiral",
  "ambassador",
  "envoy",
  "premier",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "staff",
  "adviser",
  "advisor",
  "diplomat",
  "chief",
  "director",
  "chairman",
  "leader",
  "head",
  "commander",
  "analyst",
  "official",
  "lawmaker",
  "prosecutor",
  "counterpart",
  "correspondent",
]);
const DIRECTIONS =
  /(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s$/u;
const APPOSITIVE_START = new Set(["a", "an", "its", "his", "her", "their"]);
const MAX_ROLE_WORDS = 12;

// Capitalised function words that never sit inside a name.
const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "i'm",
  "in",
  "on",
  "at",
  "of",
  "to",
  "for",
  "with",
  "from",
  "by",
  "and",
  "but",
  "or",
  "as",
  "if",
  "when",
  "while",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "then",
  "also",
  "after",
  "before",
  "since",
  "during",
]);
// Number words that open a run ("Five Iraqis") and religions or demonyms that end one.
const NOT_NAME_EDGES = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "twenty",
  "hundreds",
  "thousands",
  "dozens",
  "muslim",
  "muslims",
  "catholic",
  "catholics",
  "christian",
  "christians",
  "jewish",
  "jews",
  "protestant",
  "protestants",
  "orthodox",
  "sunni",
  "shiite",
  "officials",
  "investigators",
  "police",
  "court",
  "authorities",
  "witnesses",
  "residents",
  "analysts",
  "experts",
  "critics",
  "sources",
  "diplomats",
  "prosecutors",
  "officers",
  "doctors",
  "protesters",
  "lawmakers",
  "troops",
  "soldiers",
  "rebels",
  "militants",
  "americans",
  "europeans",
  "republicans",
  "democrats",
  "mothers",
  "fathers",
  "workers",
  "students",
  "tv",
  "radio",
]);
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/u;

// Words that open a place name: "West Germany", "Northern Ireland", "Little Havana".
const PLACE_LEADS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "little",
  "old",
  "upper",
  "lower",
  "greater",
  "mt.",
  "mount",
  "lake",
  "fort",
  "ft.",
  "port",
]);

// "TWA", "FBI"; not initials ("P.J."), which run into a name, nor Roman numerals ("Baker III").
function isAcronym(token: Token): boolean {
  return (
    token.bare.length >= 2 && /^[\p{Lu}&]+$/u.test(token.bare) && !/^[IVX]+$/u.test(token.bare)
  );
}

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  for (const match of body.matchAll(TOKEN)) {
    let text = match[0];
    const start = match.index;
    // An abbreviation or an initial keeps its full stop ("Mr.", "Corp.", "J.").
    if (
      body[start + text.length] === "." &&
      (ABBREVIATIONS.has(text.toLowerCase()) || /^\p{Lu}$/u.test(text))
    ) {
      text += ".";
    }
    const possessive = POSSESSIVE.test(text);
    tokens.push({
      text,
      start,
      end: start + text.length,
      capitalised: UPPER_START.test(text),
      possessive,
      bare: possessive ? text.slice(0, -2) : text,
    });
  }
  return tokens;
}

// Lines set in title case (headlines, section heads) capitalise every word: no names there.
function titleCaseLines(body: string, tokens: Token[]): Set<number> {
  const skipped = new Set<number>();
  let lineStart = 0;
  let first = 0;
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index];
    const newLine =
      token === undefined ||
      body.slice(tokens[index - 1]?.end ?? lineStart, token.start).includes("\n");
    if (!newLine) continue;
    const line = tokens.slice(first, index);
    const capitalised = line.filter((word) => word.capitalised).length;
    // A headline has no closing full stop; a prose sentence full of names does.
    const lastWord = line[line.length - 1];
    const closed =
      lastWord !== undefined && /^[.!?]/u.test(body.slice(lastWord.end, lastWord.end + 1));
    const share = line.length === 0 ? 0 : capitalised / line.length;
    if (line.length >= 3 && line.length <= 16 && (closed ? share >= 0.9 : share >= 0.7)) {
      for (let member = first; member < index; member++) skipped.add(member);
    }
    first = index;
    lineStart = token?.start ?? body.length;
  }
  return skipped;
}

function joins(body: string, left: Token, right: Token): boolean {
  const gap = body.slice(left.end, right.start);
  return gap === " " || gap === "\u00a0";
}

function lookup(tokens: Token[]): string {
  return tokens.map((token) => token.bare.toLowerCase()).join(" ");
}

function spanOf(body: string, first: Token, last: Token, bareEnd = true): Span {
  const end = bareEnd && last.possessive ? last.end - 2 : last.end;
  return { text: body.slice(first.start, end), start: first.start, end };
}

interface PersonDraft {
  tokens: Token[];
  roles: Span[];
  titled: boolean;
  saidAfter: boolean;
}

interface EntityCollector {
  add(kind: "organization" | "place", name: string, span: Span): void;
}

// Lower-case role words right before a name, back to a possessive owner if any:
// "Zelenskyy's chief of staff Andriy Yermak", "former president Barack Obama".
function roleBefore(body: string, tokens: Token[], runStart: number): Span | undefined {
  let first = runStart;
  let hasRoleNoun = false;
  for (let index = runStart - 1; index >= 0 && runStart - index <= 6; index--) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token || !next || !joins(body, token, next)) break;
    const lower = token.text.toLowerCase();
    if (token.possessive) {
      if (hasRoleNoun) first = index;
      break;
    }
    // Capitalised words join only as titles opening the sentence ("Former president ...").
    if (!(TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || NATIONALITIES.has(lower))) break;
    if (token.capitalised && !TITLE_WORDS.has(lower)) break;
    if (ROLE_NOUNS.has(lower)) hasRoleNoun = true;
    first = index;
  }
  const firstToken = tokens[first];
  const lastToken = tokens[runStart - 1];
  if (!hasRoleNoun || first === runStart || !firstToken || !lastToken) return undefined;
  // "commander of the Space Shuttle": a role ending in "of the" belongs to a thing, not a name.
  if (/^(?:the|of|a|an)$/u.test(lastToken.text.toLowerCase())) return undefined;
  return {
    text: body.slice(firstToken.start, lastToken.end),
    start: firstToken.start,
    end: lastToken.end,
  };
}

// An appositive after the name: ", a Russia analyst at Rand Corp.", ", Trump's special envoy,".
function roleAfter(body: string, tokens: Token[], lastIndex: number): Span | undefined {
  const last = tokens[lastIndex];
  const first = tokens[lastIndex + 1];
  if (!last || !first || !/^,\s$/u.test(body.slice(last.end, first.start))) return undefined;
  const lower = first.text.toLowerCase();
  // ", the defence minister,": "the" opens a role only when a role noun follows closely.
  const theRole =
    lower === "the" &&
    tokens
      .slice(lastIndex + 2, lastIndex + 5)
      .some((token) => ROLE_NOUNS.has(token.bare.toLowerCase()));
  const opensRole =
    APPOSITIVE_START.has(lower) ||
    theRole ||
    first.possessive ||
    ((TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) && lower !== "the" && lower !== "of");
  if (!opensRole) return undefined;
  let end = first;
  for (
    let index = lastIndex + 2;
    index < tokens.length && index - lastIndex <= MAX_ROLE_WORDS;
    index++
  ) {
    const token = tokens[index];
    if (!token) break;
    const gap = body.slice(end.end, token.start);
    if (gap !== " ") break;
    end = token;
  }
  // Stop where the clause ends: the role is one noun phrase, not the rest of the sentence.
  const text = body.slice(first.start, end.end);
  const verb =
    /\s(?:said|says|told|added|warned|wrote|is|was|has|had|will|would|who|which|that|remains|and)(?=\s|$)/u.exec(
      text,
    );
  const roleEnd = verb ? first.start + verb.index : end.end;
  // Tokens keep an abbreviation's full stop ("Rand Corp."), never a sentence's.
  const roleText = body.slice(first.start, roleEnd).trimEnd();
  if (roleText === "" || roleText.split(" ").length < 2) return undefined;
  return { text: roleText, start: first.start, end: first.start + roleText.length };
}

function sameSurname(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return (
    left === right || (left.length > 4 && right.length > 4 && compareTwoStrings(left, right) >= 0.8)
  );
}

function firstNamesAgree(a: Token[], b: Token[]): boolean {
  if (a.length < 2 || b.length < 2) return true;
  const left = (a[0]?.bare ?? "").toLowerCase();
  const right = (b[0]?.bare ?? "").toLowerCase();
  return left[0] === right[0] && (left === right || compareTwoStrings(left, right) >= 0.4);
}

function nameLength(tokens: Token[]): number {
  return tokens.reduce((total, token) => total + token.bare.length, 0);
}

/**
 * Finds the people, organisations and places a text names. Titles stay out of names; each
 * person's `name` is the fullest form in the text and every short form ("Lavrov") is one
 * of their mentions.
 *
 * @param body - the article text
 * @returns people, organisations and places in order of first mention
 * @example
 * ```ts
 * findNames("Russian Foreign Minister Sergey Lavrov spoke in Moscow. Lavrov said NATO was to blame.");
 * // people: [{ name: "Sergey Lavrov", mentions: [2], roles: [{ text: "Russian Foreign Minister", ... }] }]
 * // organizations: [{ name: "NATO", ... }], places: [{ name: "Moscow", ... }]
 * ```
 */
export function findNames(body: string): NamesFound {
  const tokens = tokenize(body);
  const skipped = titleCaseLines(body, tokens);
  const named = new Map<
    string,
    { kind: "organization" | "place"; name: string; mentions: Span[] }
  >();
  const collector: EntityCollector = {
    add(kind, name, span) {
      const key = `${kind}:${name.toLowerCase()}`;
      const entry = named.get(key) ?? { kind, name, mentions: [] };
      // A dateline in capitals ("MOSCOW") gives way to the name as prose writes it.
      if (entry.name === entry.name.toUpperCase() && name !== name.toUpperCase()) entry.name = name;
      entry.mentions.push(span);
      named.set(key, entry);
    },
  };
  const drafts: PersonDraft[] = [];

  let index = 0;
  while (index < tokens.length) {
    const startToken = tokens[index];
    if (!startToken?.capitalised || skipped.has(index)) {
      index++;
      continue;
    }
    // A run of capitalised words (particles allowed inside), ended by a possessive or punctuation.
    let end = index;
    while (end + 1 < tokens.length) {
      const current = tokens[end];
      const next = tokens[end + 1];
      if (!current || !next || current.possessive || !joins(body, current, next)) break;
      // A capitalised function word ("N.Y. His ...") or an acronym ("Snyder TWA") starts anew.
      if (
        next.capitalised &&
        (FUNCTION_WORDS.has(next.text.toLowerCase()) || isAcronym(next) !== isAcronym(current))
      )
        break;
      if (next.capitalised) {
        end++;
        continue;
      }
      // Up to two particles inside a name ("von der Leyen"), "of" inside an organisation
      // ("Ministry of Defence").
      const after = tokens[end + 2];
      const afterNext = tokens[end + 3];
      const lowerNext = next.text.toLowerCase();
      // "of" inside an organisation ("Ministry of Defence") or a title ("Secretary of State").
      const lowerCurrent = current.text.toLowerCase();
      const inOrganization =
        lowerNext === "of" &&
        (ORGANIZATION_CUES.has(lowerCurrent) ||
          (TITLE_WORDS.has(lowerCurrent) && TITLE_WORDS.has((after?.text ?? "").toLowerCase())));
      if (
        (NAME_PARTICLES.has(lowerNext) || inOrganization) &&
        after?.capitalised &&
        joins(body, next, after)
      ) {
        end += 2;
        continue;
      }
      if (
        NAME_PARTICLES.has(lowerNext) &&
        after !== undefined &&
        NAME_PARTICLES.has(after.text.toLowerCase()) &&
        afterNext?.capitalised &&
        joins(body, next, after) &&
        joins(body, after, afterNext)
      ) {
        end += 3;
        continue;
      }
      break;
    }
    classifyRun(body, tokens, index, end, collector, drafts);
    index = end + 1;
  }

  return {
    people: linkReferences(body, linkPeople(body, drafts)),
    organizations: [...named.values()]
      .filter((entry) => entry.kind === "organization")
      .map(({ name, mentions }) => ({ name, mentions })),
    places: [...named.values()]
      .filter((entry) => entry.kind === "place")
      .map(({ name, mentions }) => ({ name, mentions })),
  };
}

function classifyRun(
  body: string,
  tokens: Token[],
  runStart: number,
  runEnd: number,
  collector: EntityCollector,
  drafts: PersonDraft[],
): void {
  let first = runStart;
  // Sentence-opening words ("The", "But") are not part of a name.
  while (
    first <= runEnd &&
    (NOT_NAME_WORDS.has((tokens[first]?.bare ?? "").toLowerCase()) ||
      FUNCTION_WORDS.has((tokens[first]?.bare ?? "").toLowerCase()))
  ) {
    first++;
  }
  // "United States Thursday": a weekday or month closing a run is a date, not part of a name.
  let last = runEnd;
  while (last >= first && WEEKDAY_OR_MONTH.test((tokens[last]?.bare ?? "").toLowerCase())) last--;
  if (first > last) return;
  const run = tokens.slice(first, last + 1);
  const whole = lookup(run);
  const lastToken = run[run.length - 1];
  const firstToken = run[0];
  if (!lastToken || !firstToken) return;
  const placeLead = run.length > 1 && PLACE_LEADS.has(firstToken.bare.toLowerCase());
  if (
    PLACES.has(whole) ||
    placeLead ||
    (run.length > 1 && PLACE_CUES.has(lastToken.bare.toLowerCase()))
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
    collector.add("place", span.text, mention);
    return;
  }
  if (ORGANIZATIONS.has(whole)) {
    collector.add(
      "organization",
      spanOf(body, firstToken, lastToken).text,
      spanOf(body, firstToken, lastToken),
    );
    return;
  }
  // An organisation named by a cue word, possibly followed by a title and a person:
  // "Rand Corp.", "European Commission Vice President Kaja Kallas".
  let cue = -1;
  for (let position = run.length > 2 ? 0 : 1; position < run.length; position++) {
    if (ORGANIZATION_CUES.has((run[position]?.text ?? "").toLowerCase())) cue = position;
  }
  if (cue === 0) {
    // "Ministry of Defence", "Bank of England": the cue opens the name.
    collector.add(
      "organization",
      spanOf(body, firstToken, lastToken).text,
      spanOf(body, firstToken, lastToken),
    );
    return;
  }
  if (cue > 0) {
    const cueToken = run[cue] as Token;
    collector.add(
      "organization",
      spanOf(body, firstToken, cueToken).text,
      spanOf(body, firstToken, cueToken),
    );
    if (cue + 1 < run.length) classifyRun(body, tokens, first + cue + 1, last, collector, drafts);
    return;
  }
  // "Five Iraqis", "Comorian Muslim", "Latin American": numbers, groups and demonyms, not people.
  const lastWord = lastToken.bare.toLowerCase();
  if (NOT_NAME_EDGES.has(firstToken.bare.toLowerCase()) || NOT_NAME_EDGES.has(lastWord)) return;
  if (NATIONALITIES.has(lastWord) || NATIONALITIES.has(lastWord.replace(/s$/u, ""))) return;
  if (
    NOT_PERSON_WORDS.has(lastWord) ||
    /ing$/u.test(firstToken.text)
  )
    return;
  // Leading places or organisations and titles: "Moscow Mayor", "Russian Foreign Minister", "U.S. President".
  let nameStart = 0;
  let titleStart = -1;
  while (nameStart < run.length - 1) {
    const token = run[nameStart];
    if (!token) break;
    const lower = token.bare.toLowerCase();
    if (titleStart < 0 && (PLACES.has(lower) || ORGANIZATIONS.has(lower))) {
      collector.add(
        PLACES.has(lower) ? "place" : "organization",
        token.bare,
        spanOf(body, token, token),
      );
      nameStart++;
      continue;
    }
    if (TITLE_WORDS.has(lower) || NATIONALITIES.has(lower)) {
      if (titleStart < 0) titleStart = nameStart;
      nameStart++;
      continue;
    }
    break;
  }
  const nameTokens = run.slice(nameStart);
  const finalName = nameTokens[nameTokens.length - 1];
  if (
    !finalName ||
    finalName.bare.length < 2 ||
    nameTokens.some((token) => HAS_DIGIT.test(token.text))
  )
    return;
  const nameLookup = lookup(nameTokens);
  if (PLACES.has(nameLookup) || ORGANIZATIONS.has(nameLookup) || NATIONALITIES.has(nameLookup)) {
    if (!NATIONALITIES.has(nameLookup)) {
      const nameFirst = nameTokens[0];
      const nameLast = nameTokens[nameTokens.length - 1];
      if (nameFirst && nameLast)
        collector.add(
          PLACES.has(nameLookup) ? "place" : "organization",
          spanOf(body, nameFirst, nameLast).text,
          spanOf(body, nameFirst, nameLast),
        );
    }
    return;
  }
  if (
    nameTokens.some(
      (token) =>
        TITLE_WORDS.has(token.bare.toLowerCase()) && !NAME_PARTICLES.has(token.bare.toLowerCase()),
    )
  )
    return;
  const roles: Span[] = [];
  const titleTokens =
    titleStart < 0
      ? []
      : run
          .slice(titleStart, nameStart)
          .filter((token) => !HONORIFICS.has(token.text.toLowerCase()));
  const lastTitle = run[nameStart - 1];
  const titled =
    lastTitle !== undefined && titleStart >= 0 && STRONG_TITLES.has(lastTitle.text.toLowerCase());
  const firstTitle = titleTokens[0];
  const finalTitle = titleTokens[titleTokens.length - 1];
  if (firstTitle && finalTitle)
    roles.push({
      text: body.slice(firstTitle.start, finalTitle.end),
      start: firstTitle.start,
      end: finalTitle.end,
    });
  const before = roleBefore(body, tokens, runStart);
  if (before) roles.push(before);
  const after = roleAfter(body, tokens, last);
  if (after) roles.push(after);
  const nameEnd = nameTokens[nameTokens.length - 1];
  const following = body.slice(nameEnd?.end ?? 0, (nameEnd?.end ?? 0) + 12);
  drafts.push({
    tokens: nameTokens,
    roles,
    titled,
    saidAfter: /^,?\s(?:said|says|told|added|stated)/u.test(following),
  });
}

function linkPeople(body: string, drafts: PersonDraft[]): Person[] {
  interface Cluster {
    tokens: Token[];
    mentions: Span[];
    roles: Span[];
    firstStart: number;
  }
  const clusters: Cluster[] = [];
  const mention = (draft: PersonDraft): Span => {
    const firstToken = draft.tokens[0] as Token;
    const lastToken = draft.tokens[draft.tokens.length - 1] as Token;
    return spanOf(body, firstToken, lastToken);
  };
  // Full names first, so a short form can find its person wherever it appears.
  for (const draft of drafts) {
    if (draft.tokens.length < 2) continue;
    const surname = draft.tokens[draft.tokens.length - 1]?.bare ?? "";
    const cluster = clusters.find(
      (candidate) =>
        sameSurname(candidate.tokens[candidate.tokens.length - 1]?.bare ?? "", surname) &&
        firstNamesAgree(candidate.tokens, draft.tokens),
    );
    const span = mention(draft);
    if (!cluster) {
      clusters.push({
        tokens: draft.tokens,
        mentions: [span],
        roles: [...draft.roles],
        firstStart: span.start,
      });
      continue;
    }
    cluster.mentions.push(span);
    cluster.roles.push(...draft.roles);
    if (
      draft.tokens.length > cluster.tokens.length ||
      (draft.tokens.length === cluster.tokens.length &&
        nameLength(draft.tokens) > nameLength(cluster.tokens))
    ) {
      cluster.tokens = draft.tokens;
    }
  }
  for (const draft of drafts) {
    if (draft.tokens.length !== 1) continue;
    const word = draft.tokens[0]?.bare ?? "";
    const span = mention(draft);
    const cluster =
      clusters.find((candidate) =>
        sameSurname(candidate.tokens[candidate.tokens.length - 1]?.bare ?? "", word),
      ) ??
      clusters.find(
        (candidate) => candidate.tokens.length > 1 && (candidate.tokens[0]?.bare ?? "") === word,
      );
    if (cluster) {
      cluster.mentions.push(span);
      cluster.roles.push(...draft.roles);
    } else if (draft.titled || draft.saidAfter) {
      clusters.push({
        tokens: draft.tokens,
        mentions: [span],
        roles: [...draft.roles],
        firstStart: span.start,
      });
    }
  }
  return clusters
    .sort((a, b) => a.firstStart - b.firstStart)
    .map((cluster, index) => {
      const name = cluster.tokens.map((token) => token.bare).join(" ");
      return {
        id: `p${index + 1}`,
        key: personKey(name),
        name,
        mentions: [...cluster.mentions]
          .sort((a, b) => a.start - b.start)
          .map((span) => ({ ...span, via: "name" as const })),
        roles: dedupeSpans(cluster.roles),
      };
    });
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .filter((span) => {
      if (seen.has(span.start)) return false;
      seen.add(span.start);
      return true;
    });
}
