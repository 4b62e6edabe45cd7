import { ABBREVIATIONS } from "../../text/abbreviations.js";
import { MONTH_WORDS, WEEKDAY_WORDS } from "../../text/calendarWords.js";
import { isWordChar } from "../../text/chars.js";
import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from "../../text/functionWords.js";
import { HONORIFICS } from "../../text/nameWords.js";
import { NUMBER_WORDS } from "../../text/numberWords.js";
import { HEARER_VERBS, IRREGULAR_PAST_VERBS, SPEECH_VERBS } from "../../text/speechWords.js";
import {
  PARTY_MEMBER_NOUNS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  SPOKES_NOUNS,
  TITLE_WORDS,
} from "../../text/titleWords.js";
import type { WordToken } from "../../text/tokenizeWords.js";
import type { NameRun } from "../names/readNames.js";

// The head nouns of descriptions that can speak: people's roles and the bodies and
// documents quoted in news ("the minister", "a statement").
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...SOURCE_NOUNS]);
const PRONOUNS = SUBJECT_PRONOUNS;
// Words that link a description to the body it speaks for ("a spokesperson for the ministry").
const DESCRIPTION_LINKS = new Set(["for", "of", "at", "from", "with"]);
// Months and weekdays: a word before a name that is a date, not part of a noun phrase.
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS]);

/** Something in the text that can be the speaker of a quote. */
export interface Mention {
  /** Offset of the first character of the name (titles excluded), description or pronoun. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** A person's or unknown name, an organisation, a pronoun, or a description ("the minister"). */
  kind: "name" | "organization" | "pronoun" | "nominal";
  /** The name's words as written, titles excluded; the words of a description. */
  words: string[];
  /** Lower-case titles and role words before the name, or a description's head noun. */
  roles: string[];
  /** Known to be a person (a title, an honorific, or a first and last name). */
  person: boolean;
  /** Made only of place names ("New Hampshire", "Moscow"). */
  place: boolean;
  /** Written with a possessive ’s: a modifier, not a speaker. */
  possessive: boolean;
  /** Right after a preposition: an object, not the subject of a verb. */
  object: boolean;
  /** Index of the first token of the mention, titles and determiners included. */
  firstToken: number;
  /** Index of the last token of the mention. */
  lastToken: number;
  /** For a name, the index of its run in the name finder's runs. */
  run?: number;
  /** For a description, the organisation or place it speaks for ("a statement from the Red Cross"). */
  owner?: Mention;
}

const QUOTE_MARKS = new Set([
  '"',
  "'",
  "\u201C",
  "\u201D",
  "\u2018",
  "\u2019",
  "\u00AB",
  "\u00BB",
  "\u201E",
]);

// Words that open a relative clause about the name before them.
const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * Whether the phrase starting at token `first` is the object of a preposition or of a
 * verb of telling: that word right before it, or before a short noun phrase that leads to
 * it ("at the union’s top negotiator Ana Ruiz", "told the BBC").
 */
function isObject(text: string, tokens: WordToken[], first: number): boolean {
  // "Cllr Ana Ruiz, who represents Ashcombe ward": right after the verb of a relative clause.
  const verb = tokens[first - 1];
  const relative = tokens[first - 2];
  if (
    verb !== undefined &&
    relative !== undefined &&
    RELATIVE_PRONOUNS.has(relative.lower) &&
    !verb.capitalized &&
    !SPEECH_VERBS.has(verb.lower) &&
    text.slice(relative.tokenEnd, verb.start) === " " &&
    text.slice(verb.tokenEnd, tokens[first]?.start ?? 0) === " "
  )
    return true;
  for (let back = first - 1; back >= 0 && first - back <= 5; back--) {
    const token = tokens[back];
    const next = tokens[back + 1];
    if (token === undefined || next === undefined) return false;
    const gap = text.slice(token.tokenEnd, next.start);
    const abbreviation = token.text.length === 1 || ABBREVIATIONS.has(token.lower);
    if (gap !== " " && gap !== "-" && !(gap === ". " && abbreviation)) return false;
    if (PREPOSITIONS.has(token.lower)) {
      // "chief of staff Ivan Petrenko", "Secretary of State Ada Lind": part of a title.
      const head = tokens[back - 1]?.lower ?? "";
      return !(token.lower === "of" && (TITLE_WORDS.has(head) || DESCRIPTION_HEADS.has(head)));
    }
    // "told the BBC", "informed reporters": the one told is the verb's object.
    if (HEARER_VERBS.has(token.lower)) return true;
    if (
      CALENDAR_WORDS.has(token.lower) ||
      SPEECH_VERBS.has(token.lower) ||
      PRONOUNS.has(token.lower)
    )
      return false;
    const nounPhrasePart =
      token.capitalized ||
      token.possessive ||
      DETERMINERS.has(token.lower) ||
      DESCRIPTION_HEADS.has(token.lower) ||
      TITLE_WORDS.has(token.lower);
    // A plain lower-case word may only be an adjective right after a determiner or a possessive.
    const previous = tokens[back - 1];
    if (
      !nounPhrasePart &&
      !(previous !== undefined && (previous.possessive || DETERMINERS.has(previous.lower)))
    )
      return false;
  }
  return false;
}

/** Whether the word after token `position` is a verb ("Weaver says", "Lombardi added"). */
function followedByVerb(text: string, tokens: WordToken[], position: number): boolean {
  const token = tokens[position];
  const next = tokens[position + 1];
  if (token === undefined || next === undefined || next.capitalized) return false;
  if (text.slice(token.tokenEnd, next.start) !== " ") return false;
  return (
    SPEECH_VERBS.has(next.lower) ||
    AUXILIARIES.has(next.lower) ||
    IRREGULAR_PAST_VERBS.has(next.lower) ||
    /(?:ed|s)$/u.test(next.lower)
  );
}

/** "Carney: “We will respond”": a name before a colon and a quote, as headlines print a speaker. */
function labelsQuote(text: string, end: number): boolean {
  if (text[end] !== ":") return false;
  const next = text[end + 1] === " " ? text[end + 2] : text[end + 1];
  return next !== undefined && QUOTE_MARKS.has(next) && next !== "\u201D" && next !== "\u2019";
}

const AUXILIARIES = new Set(
  "has had is was will would also then can could should may might did does".split(" "),
);

/** Whether token `position` opens a sentence or a paragraph. */
function opensSentence(text: string, tokens: WordToken[], position: number): boolean {
  const token = tokens[position];
  if (token === undefined) return false;
  let before = token.start - 1;
  while (
    before >= 0 &&
    (text[before] === " " || QUOTE_MARKS.has(text[before] ?? "") || text[before] === "(")
  )
    before--;
  if (before < 0) return true;
  const char = text[before];
  if (char === ".") {
    let wordStart = before;
    while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart--;
    const word = text.slice(wordStart, before).toLowerCase();
    if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
  }
  return (
    char === "." ||
    char === "!" ||
    char === "?" ||
    char === "\n" ||
    char === ":" ||
    char === "\u2014" ||
    char === "\r"
  );
}

/**
 * Whether a word is a modifier of the word after it ("the Republican vice-presidential
 * nominee", "a Democrat state senator") rather than the head of its phrase ("the Ohio
 * Democrat said", "the Democrat, who …"): the next word follows on after one space and is
 * neither a verb of saying nor a past tense.
 */
function modifiesNext(text: string, token: WordToken, next: WordToken | undefined): boolean {
  if (next === undefined || text.slice(token.tokenEnd, next.start) !== " ") return false;
  const lower = next.lower;
  return !(
    SPEECH_VERBS.has(lower) ||
    IRREGULAR_PAST_VERBS.has(lower) ||
    lower.endsWith("ed") ||
    CLAUSE_OPENERS.has(lower)
  );
}

// Words after a head noun that start the clause it is the subject of.
const CLAUSE_OPENERS = new Set(
  "who whose which that and but has had have is was will would said says".split(" "),
);

/**
 * Finds the possible speakers of an article outside its quotes: the names the name finder
 * read (titles split off, so "Russian Foreign Minister Sergey Lavrov" gives the name
 * "Sergey Lavrov" with its titles as roles), organisations (the Kremlin, NATO), pronouns
 * and descriptions such as "the minister" or "a senior official". Mentions come back in
 * text order, each with the index of its name run (names only).
 *
 * @param text - the article body
 * @param tokens - its words outside quotes
 * @param runs - the name runs of the whole text, in text order
 * @returns the mentions in text order
 */
export function findMentions(
  text: string,
  tokens: WordToken[],
  runs: readonly NameRun[],
): Mention[] {
  const mentions: Mention[] = [];
  const claimed = new Uint8Array(tokens.length);
  // Words written with a capital where no sentence starts: those are names.
  const capitalizedInside = new Set<string>();
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (token?.capitalized && !opensSentence(text, tokens, position))
      capitalizedInside.add(token.lower);
  }
  for (const [runIndex, run] of runs.entries()) {
    const from = firstAtOrAfter(tokens, run.runStart);
    const nameFrom = firstAtOrAfter(tokens, run.start);
    let to = firstAtOrAfter(tokens, run.end) - 1;
    // Names inside quotes are not speakers: the run's words must be words outside quotes.
    const firstName = tokens[nameFrom];
    const lastName = tokens[to];
    if (firstName === undefined || lastName === undefined || firstName.start !== run.start)
      continue;
    if (lastName.end !== run.end && lastName.tokenEnd !== run.end) {
      while (to > nameFrom && (tokens[to]?.start ?? 0) >= run.end) to--;
      if ((tokens[to]?.end ?? 0) > run.end) continue;
    }
    const single = nameFrom === to;
    // "Fourteen states sued": a number opening a sentence counts; it names no one.
    if (NUMBER_WORDS[firstName.lower] !== undefined) continue;
    // A lone capitalised word opening a sentence ("Later,", "Boasting") is a name only
    // when the article also writes it with a capital elsewhere.
    if (
      single &&
      from === nameFrom &&
      run.kind === "other" &&
      opensSentence(text, tokens, from) &&
      !capitalizedInside.has(firstName.lower) &&
      !followedByVerb(text, tokens, from) &&
      !labelsQuote(text, firstName.end)
    )
      continue;
    // An upper-case dateline opening a paragraph ("WASHINGTON —").
    if (
      single &&
      from === nameFrom &&
      firstName.text.length > 4 &&
      firstName.text === firstName.text.toUpperCase() &&
      opensSentence(text, tokens, from)
    )
      continue;
    // A heading in capitals ("HIGHER TURNOUT EXPECTED") names no one.
    if (!single && run.kind === "other" && run.words.every((word) => word === word.toUpperCase()))
      continue;
    const organization =
      run.kind === "organization" ||
      (single &&
        run.kind === "other" &&
        firstName.text.length >= 2 &&
        firstName.text === firstName.text.toUpperCase() &&
        run.titles.length === 0);
    const honorific = run.titles.some((title) => HONORIFICS.has(title));
    for (let position = from; position <= to; position++) claimed[position] = 1;
    mentions.push({
      start: run.start,
      end: run.end,
      kind: organization ? "organization" : "name",
      place: run.kind === "place",
      words: run.words,
      roles: run.titles.map((title) => title.replace(/\.$/u, "")),
      person:
        run.kind === "person" ||
        (!organization && run.kind !== "place" && (run.titles.length > 0 || honorific)),
      possessive: run.possessive,
      object: isObject(text, tokens, from),
      firstToken: from,
      lastToken: to,
      run: runIndex,
    });
  }
  // The name mentions, in text order and by their first token; those a description
  // swallows ("the Democratic front-runner") are left out at the end.
  const names = [...mentions];
  const nameAtToken = new Map(names.map((mention) => [mention.firstToken, mention]));
  const yielded = new Set<number>();
  // Pronouns and descriptions.
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (token === undefined) continue;
    // "the St. Louis Democrat": the name finder's run ends on the party word, which heads
    // a description all the same.
    const partyWord =
      token.capitalized &&
      PARTY_MEMBER_NOUNS.has(token.lower) &&
      !modifiesNext(text, token, tokens[position + 1]);
    if (claimed[position] === 1 && !partyWord) continue;
    if (PRONOUNS.has(token.lower)) {
      mentions.push({
        start: token.start,
        end: token.end,
        kind: "pronoun",
        words: [token.lower],
        roles: [],
        person: true,
        place: false,
        possessive: false,
        object: false,
        firstToken: position,
        lastToken: position,
      });
      continue;
    }
    if (!partyWord && (token.capitalized || !DESCRIPTION_HEADS.has(token.lower))) continue;
    // "the council leader", "a party spokesman": a head noun before another is its modifier,
    // and the description is headed by the last.
    const nextToken = tokens[position + 1];
    if (
      nextToken !== undefined &&
      !token.possessive &&
      !nextToken.capitalized &&
      DESCRIPTION_HEADS.has(nextToken.lower) &&
      text.slice(token.tokenEnd, nextToken.start) === " "
    )
      continue;
    // Walk back over up to three modifiers to a determiner, on one unbroken phrase.
    let first = position;
    let determiner = -1;
    for (let back = position - 1; back >= 0 && position - back <= 4; back--) {
      const candidate = tokens[back];
      const following = tokens[back + 1];
      if (candidate === undefined || following === undefined) break;
      const gap = text.slice(candidate.tokenEnd, following.start);
      // "the St. Louis Democrat": an abbreviation's stop stays inside the phrase.
      const abbreviated =
        gap === ". " && candidate.capitalized && ABBREVIATIONS.has(candidate.lower);
      if (gap !== " " && gap !== "-" && !abbreviated) break;
      if (candidate.possessive) {
        // "Ada Lind’s campaign manager": the owner's name acts as the determiner.
        determiner = back;
        while (
          determiner > 0 &&
          tokens[determiner - 1]?.capitalized &&
          text.slice(tokens[determiner - 1]?.tokenEnd ?? 0, tokens[determiner]?.start ?? 0) === " "
        )
          determiner--;
        break;
      }
      if (DETERMINERS.has(candidate.lower)) {
        determiner = back;
        break;
      }
      if (
        PREPOSITIONS.has(candidate.lower) ||
        PRONOUNS.has(candidate.lower) ||
        SPEECH_VERBS.has(candidate.lower)
      )
        break;
      first = back;
    }
    const plural = token.lower.endsWith("s") && !token.lower.endsWith("ss");
    if (determiner < 0 && !plural) continue;
    if (determiner >= 0) first = determiner;
    else {
      // A bare plural ("U.S. officials") takes only the capitalised words right before it.
      first = position;
      while (
        first > 0 &&
        tokens[first - 1]?.capitalized &&
        text.slice(tokens[first - 1]?.tokenEnd ?? 0, tokens[first]?.start ?? 0).trim() === ""
      )
        first--;
    }
    const firstToken = tokens[first];
    if (firstToken === undefined) continue;
    const object = isObject(text, tokens, first);
    // A title before a name ("chief of staff Ivan Petrenko") is no description of its own.
    let ahead = position + 1;
    while (ahead < tokens.length && ahead - position <= 3 && !tokens[ahead]?.capitalized) {
      if (text.slice(tokens[ahead - 1]?.tokenEnd ?? 0, tokens[ahead]?.start ?? 0) !== " ") break;
      const lower = tokens[ahead]?.lower ?? "";
      const ofTitle = lower === "of" && tokens[ahead + 1]?.capitalized === false;
      if (!ofTitle && !TITLE_WORDS.has(lower) && !DESCRIPTION_HEADS.has(lower)) break;
      ahead++;
    }
    const following = tokens[ahead];
    if (
      following?.capitalized &&
      claimed[ahead] === 1 &&
      ahead - position <= 3 &&
      text.slice(tokens[ahead - 1]?.tokenEnd ?? 0, following.start) === " "
    ) {
      continue;
    }
    // "a spokesperson for the Ministry of Transport": the body a description speaks for
    // belongs to it.
    let last = position;
    let owner: Mention | undefined;
    const link = tokens[position + 1]?.lower ?? "";
    if (DESCRIPTION_LINKS.has(link) && !token.possessive) {
      const at = tokens[position + 2]?.lower === "the" ? position + 3 : position + 2;
      const named = nameAtToken.get(at);
      // "a spokesman for Harrowgate Land", "a spokeswoman for Senator Ruiz": whoever a
      // spokesperson speaks for.
      const body =
        named !== undefined &&
        (named.kind === "organization" ||
          named.place ||
          (SPOKES_NOUNS.has(token.lower) && named.kind === "name"));
      if (named !== undefined && body) {
        last = named.lastToken;
        owner = named;
      }
    }
    const lastToken = tokens[last] ?? token;
    const words: string[] = [];
    for (let inner = first; inner <= last; inner++) words.push(tokens[inner]?.text ?? "");
    // A name inside the description ("the Democratic front-runner") yields to it.
    for (
      let inner = firstAtOrAfter(names, firstToken.start);
      inner < names.length && (names[inner]?.end ?? 0) <= token.end;
      inner++
    )
      yielded.add(inner);
    mentions.push({
      start: firstToken.start,
      end: lastToken.end,
      kind: "nominal",
      words,
      roles: [token.lower],
      person: true,
      place: false,
      possessive: lastToken.possessive,
      object,
      firstToken: first,
      lastToken: last,
      ...(owner === undefined ? {} : { owner }),
    });
  }
  const yieldedMentions = new Set([...yielded].map((index) => names[index]));
  const kept =
    yielded.size === 0 ? mentions : mentions.filter((mention) => !yieldedMentions.has(mention));
  kept.sort((a, b) => a.start - b.start);
  return kept;
}
