import type { Sentence } from "../../text/findSentences.js";
import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { foldPlural } from "../../text/foldPlural.js";
import {
  DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS as PRONOUNS,
  SENTENCE_OPENERS,
} from "../../text/functionWords.js";
import { NATIONALITIES } from "../../text/gazetteer.js";
import {
  AMBIGUOUS_NOUNS,
  HEARER_VERBS,
  IRREGULAR_PAST_VERBS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
} from "../../text/speechWords.js";
import { ROLE_NOUNS, SOURCE_NOUNS, TITLE_WORDS } from "../../text/titleWords.js";
import type { WordToken } from "../../text/tokenizeWords.js";
import type { Mention } from "./findMentions.js";
import type { QuoteSpan } from "./findQuoteSpans.js";

/** What the attribution rules work on: one article's spans, sentences, words and mentions. */
export interface AttributionContext {
  /** The article body. */
  text: string;
  /** Quote spans in text order. */
  spans: QuoteSpan[];
  /** Sentences in text order. */
  sentences: Sentence[];
  /** Words outside quotes, in text order. */
  tokens: WordToken[];
  /** Possible speakers, in text order. */
  mentions: Mention[];
  /** Mention starting at each token index (the first token of the mention). */
  mentionAtToken: Map<number, Mention>;
}

/** A speaker found for a quote, with the verb of saying and the rule that found it. */
export interface Attribution {
  /** The mention that attributes the quote. */
  mention: Mention;
  /** The verb of saying, where one was found. */
  verb?: WordToken;
  /** Which rule found it. */
  rule: "after-quote" | "before-quote" | "according-to" | "next-sentence" | "colon";
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenIndexAt(tokens: WordToken[], offset: number): number {
  return firstAtOrAfter(tokens, offset);
}

/** Index of the first mention whose start is at or after `offset`. */
export function mentionIndexAt(mentions: readonly Mention[], offset: number): number {
  return firstAtOrAfter(mentions, offset);
}

const COORDINATORS = new Set(["and", "but", "or"]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "be", "is", "are"]);
// How many words around a quote the attribution rules read.
const WINDOW_TOKENS = 60;

/** Index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  return Math.max(0, firstAtOrAfter(sentences, offset + 1) - 1);
}

/** Whether the word at `index` is a verb of saying in its context. */
export function isVerb(token: WordToken | undefined, tokens: WordToken[], index: number): boolean {
  if (token === undefined) return false;
  if (isPutIt(tokens, index)) return true;
  if (AMBIGUOUS_NOUNS.has(token.lower)) {
    const previous = tokens[index - 1];
    // "a renewed Russian attack": a nationality before the word makes it a noun.
    return (
      previous !== undefined &&
      (previous.capitalized || PRONOUNS.has(previous.lower)) &&
      !previous.possessive &&
      !DETERMINERS.has(previous.lower) &&
      !NATIONALITIES.has(previous.lower)
    );
  }
  if (!SPEECH_VERBS.has(token.lower)) return false;
  // "if it were attacked", "he was told": a passive verb's subject is not the speaker.
  const previous = tokens[index - 1];
  if (
    previous !== undefined &&
    PASSIVE_AUXILIARIES.has(previous.lower) &&
    previous.tokenEnd + 1 === token.start &&
    /ed$|told$/u.test(token.lower)
  )
    return false;
  if (token.lower === "according") return tokens[index + 1]?.lower === "to";
  return true;
}

/** "As Professor Ilse Berg put it:" — a fixed phrase of saying. */
function isPutIt(tokens: WordToken[], index: number): boolean {
  return tokens[index]?.lower === "put" && tokens[index + 1]?.lower === "it";
}

function gapHasComma(text: string, tokens: WordToken[], index: number): boolean {
  const previous = tokens[index - 1];
  const token = tokens[index];
  if (previous === undefined || token === undefined) return false;
  return text.slice(previous.tokenEnd, token.start).includes(",");
}

/** The mention that starts at token `index`, also across a leading "the". */
function mentionStartingAt(
  context: AttributionContext,
  index: number,
  limit: number,
): Mention | undefined {
  const direct = context.mentionAtToken.get(index);
  if (direct !== undefined) return direct;
  const token = context.tokens[index];
  if (token?.lower !== "the" || index + 1 >= limit) return undefined;
  const next = context.mentionAtToken.get(index + 1);
  // "the Labour MP for Hull North", "the Green councillor": a name between "the" and a role
  // word modifies the role, which heads the phrase; the phrase is the speaker, not the name.
  const after = next === undefined ? undefined : context.tokens[next.lastToken + 1];
  if (next?.kind === "name" && after !== undefined && isRoleWord(after.lower)) return undefined;
  return next;
}

function isRoleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || ROLE_NOUNS.has(foldPlural(word));
}

/**
 * The subject of the verb at token `verbIndex`, looking back no further than token
 * `limit`: the nearest mention before the verb that is neither an object nor a
 * possessive, skipping an appositive set off by commas ("Ana Ruiz, a spokeswoman for
 * the mayor, said"). A participle after a comma ("…, saying") takes the clause's subject.
 */
function subjectBefore(
  context: AttributionContext,
  verbIndex: number,
  limit: number,
  clauseStart: number,
): Mention | undefined {
  const { tokens, mentions, text } = context;
  const verb = tokens[verbIndex];
  if (verb === undefined) return undefined;
  // A participle after a comma ("…, saying") and a verb joined by "and" share the
  // subject of the clause.
  const participle =
    verb.lower.endsWith("ing") ||
    COORDINATORS.has(tokens[verbIndex - 1]?.lower ?? "") ||
    (COORDINATORS.has(tokens[verbIndex - 2]?.lower ?? "") &&
      !gapHasComma(text, tokens, verbIndex - 1));
  let cut = verbIndex;
  if (!participle && gapHasComma(text, tokens, verbIndex)) {
    for (let back = verbIndex - 1; back > limit && verbIndex - back <= 15; back--) {
      if (gapHasComma(text, tokens, back)) {
        // An appositive opens with a lower-case word ("a special envoy", "chair of");
        // a capital after the comma is the subject itself, and so is a titled name ("the
        // trust's chief inspector, Dr Rowan Ekwueme, said").
        const named = context.mentionAtToken.get(back);
        if (
          (!tokens[back]?.capitalized || TITLE_WORDS.has(tokens[back]?.lower ?? "")) &&
          !(named?.kind === "name" && named.person && named.roles.length > 0)
        )
          cut = back;
        break;
      }
    }
  }
  const limitStart = tokens[participle ? clauseStart : limit]?.start ?? 0;
  const cutStart = tokens[cut]?.start ?? verb.start;
  let first: Mention | undefined;
  let firstPlace: Mention | undefined;
  let nearest: Mention | undefined;
  for (let index = mentionIndexAt(mentions, limitStart); index < mentions.length; index++) {
    const mention = mentions[index];
    if (mention === undefined || mention.end > cutStart) break;
    if (mention.object || mention.possessive || text[mention.start - 1] === "(") continue;
    if (isAdjective(mention) || postHolderAfter(context, index)) continue;
    if (mention.place) firstPlace ??= mention;
    else first ??= mention;
    // A place right before the verb is where the subject is from ("Ana Ruiz of Dover, Delaware, said").
    if (cut - mention.lastToken <= 6 && !mention.place) nearest = mention;
  }
  return participle ? (first ?? firstPlace) : (nearest ?? first ?? firstPlace);
}

/**
 * Whether the mention at `index` is followed at once by a titled person whose post it
 * names ("General Motors CEO Mary Barra", "Pelham Mills chief executive Oren Vale"): the
 * person, not the organisation before the title, is the subject.
 */
function postHolderAfter(context: AttributionContext, index: number): boolean {
  const { mentions, tokens } = context;
  const mention = mentions[index];
  const next = mentions[index + 1];
  if (mention === undefined || next === undefined || next.kind !== "name" || !next.person)
    return false;
  if (next.firstToken === mention.lastToken + 1) return next.roles.length > 0;
  // Lower-case title words between the two ("chief executive", "head coach").
  const gap = next.firstToken - mention.lastToken - 1;
  if (gap < 1 || gap > 3) return false;
  for (let position = mention.lastToken + 1; position < next.firstToken; position++)
    if (!TITLE_WORDS.has(tokens[position]?.lower ?? "")) return false;
  return true;
}

// "a European effort", "Western-only talks": an adjective, not someone who speaks.
function isAdjective(mention: Mention): boolean {
  return (
    mention.kind === "name" &&
    mention.words.length === 1 &&
    NATIONALITIES.has(mention.words[0]?.toLowerCase() ?? "")
  );
}

function sentenceTokens(context: AttributionContext, sentence: Sentence): [number, number] {
  return [tokenIndexAt(context.tokens, sentence.start), tokenIndexAt(context.tokens, sentence.end)];
}

const PHRASE_ENDS = new Set([".", ",", ";", "", "\n", "\r"]);

/**
 * A short phrase of lower-case words from token `from` up to punctuation, used as a
 * description of the speaker when no name or known role is there ("a narrator").
 */
function phraseAt(context: AttributionContext, from: number, limit: number): Mention | undefined {
  const { tokens, text } = context;
  let last = from;
  const first = tokens[from];
  if (first === undefined || from >= limit || first.capitalized || PREPOSITIONS.has(first.lower))
    return undefined;
  while (last + 1 < limit && last - from < 4) {
    const gap = text.slice(tokens[last]?.tokenEnd ?? 0, tokens[last + 1]?.start ?? 0);
    if (gap !== " " && gap !== "-") break;
    if (SPEECH_VERBS.has(tokens[last + 1]?.lower ?? "")) break;
    last++;
  }
  const end = tokens[last];
  if (end === undefined) return undefined;
  // The phrase ends at punctuation, or at the end of a line (a headline or caption has none).
  const after = text.slice(end.tokenEnd, end.tokenEnd + 1);
  if (!PHRASE_ENDS.has(after)) return undefined;
  return adHocNominal(tokens, from, last);
}

/** The name right after a possessive one ("Gallup’s Jeffrey Moss", "the mayor’s aide, Lena Ortiz"). */
function followingName(
  context: AttributionContext,
  possessive: Mention,
  limit: number,
): Mention | undefined {
  const next = possessive.lastToken + 1;
  if (next >= limit) return undefined;
  const found = context.mentionAtToken.get(next) ?? nameAfterRole(context, next, limit);
  return found === undefined || found.possessive ? undefined : found;
}

/** “…,” harbour master Olaf Berg said: a name after up to three lower-case role words. */
function nameAfterRole(
  context: AttributionContext,
  from: number,
  limit: number,
): Mention | undefined {
  const { tokens, text } = context;
  for (let index = from; index < limit && index - from <= 4; index++) {
    const token = tokens[index];
    if (token === undefined) return undefined;
    const mention = index > from ? context.mentionAtToken.get(index) : undefined;
    if (mention !== undefined) {
      // "union PAC spokeswoman Ina Voss", "former FBI agent Karl Dunn":
      // an organisation inside the role is passed over.
      if (mention.kind === "organization" && !mention.possessive) {
        index = mention.lastToken;
        continue;
      }
      if (mention.kind !== "name") return undefined;
      const first = tokens[from]?.lower ?? "";
      const roleFirst = TITLE_WORDS.has(first) || ROLE_NOUNS.has(first);
      let verbNext = false;
      for (
        let ahead = mention.lastToken + 1;
        ahead <= mention.lastToken + 3 && ahead < limit;
        ahead++
      ) {
        if (SPEECH_VERBS.has(tokens[ahead]?.lower ?? "")) verbNext = true;
      }
      return roleFirst || verbNext ? mention : undefined;
    }
    // Only role words: no function word, verb or preposition may precede the name.
    const organization = context.mentionAtToken.get(index);
    if (index === from && organization?.kind === "organization" && !organization.possessive) {
      index = organization.lastToken;
      continue;
    }
    if (token.capitalized || SPEECH_VERBS.has(token.lower) || SENTENCE_OPENERS.has(token.lower))
      return undefined;
    if (PREPOSITIONS.has(token.lower)) return undefined;
    const next = tokens[index + 1];
    if (next === undefined || text.slice(token.tokenEnd, next.start) !== " ") return undefined;
  }
  return undefined;
}

/**
 * The last of a chain of capitalised words that ends in a person's name ("Saskatoon MLA
 * Devin Okafor", "Leeds NHS trust chair …"): English puts the head of a noun phrase last,
 * so a place, body or acronym right before a name is its modifier, not the speaker.
 */
function headOfChain(context: AttributionContext, mention: Mention, limit: number): Mention {
  const { tokens, text } = context;
  if (mention.kind === "pronoun" || mention.kind === "nominal" || mention.possessive)
    return mention;
  // Up to three capitalised words (a title, a body or an acronym) before the name.
  for (
    let index = mention.lastToken + 1;
    index < limit && index - mention.lastToken <= 3;
    index++
  ) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (token === undefined || previous === undefined) return mention;
    if (text.slice(previous.tokenEnd, token.start) !== " " || !token.capitalized) return mention;
    const next = context.mentionAtToken.get(index);
    if (next?.kind === "name" && next.words.length > 1 && !next.object && !next.possessive)
      return next;
    if (next !== undefined) index = next.lastToken;
  }
  return mention;
}

// Words of a description before its verb: "the Labour MP for Hull North said".
const MAX_DESCRIPTION_WORDS = 8;

// Words of a description right before its verb: "the striker said:", "the new signing told".
const MAX_NOMINAL_WORDS = 4;

/**
 * "Speaking in Abeokuta, the striker said: “…”": a description the names finder does not
 * know, opened by a determiner at the start of the clause (or after its comma) and ending
 * right before the verb of saying. It names the speaker, so no later sentence's person is
 * taken for one.
 */
function nominalBeforeVerb(
  context: AttributionContext,
  verbIndex: number,
  limit: number,
): Mention | undefined {
  const { tokens, text } = context;
  for (let from = verbIndex - 1; from >= limit && verbIndex - from <= MAX_NOMINAL_WORDS; from--) {
    const token = tokens[from];
    if (token === undefined) return undefined;
    const gap = text.slice(token.tokenEnd, tokens[from + 1]?.start ?? token.tokenEnd);
    if (gap !== " " && gap !== "-") return undefined;
    if (DETERMINERS.has(token.lower)) {
      const opensClause = from === limit || gapHasComma(text, tokens, from);
      return opensClause && from < verbIndex - 1
        ? adHocNominal(tokens, from, verbIndex - 1)
        : undefined;
    }
    // A capital is a name (the names finder's), a verb another clause.
    if (token.capitalized || isVerb(token, tokens, from)) return undefined;
  }
  return undefined;
}

/** “…,” one person tweeted: the words between the quote and a verb of saying. */
function phraseBeforeVerb(
  context: AttributionContext,
  from: number,
  limit: number,
): Mention | undefined {
  const { tokens, text } = context;
  const first = tokens[from];
  if (first === undefined) return undefined;
  // “…,” festival organizers said: without a determiner, lower-case modifiers and a head
  // noun that can speak.
  if (!DETERMINERS.has(first.lower)) return bareDescriptionBeforeVerb(context, from, limit);
  for (let index = from + 1; index < limit && index - from <= MAX_DESCRIPTION_WORDS; index++) {
    const gap = text.slice(tokens[index - 1]?.tokenEnd ?? 0, tokens[index]?.start ?? 0);
    if (gap !== " " && gap !== "-" && gap !== ", ") return undefined;
    if (isVerb(tokens[index], tokens, index)) return adHocNominal(tokens, from, index - 1);
  }
  return undefined;
}

/** A noun that can head a speaking description, singular or plural ("nurses", "officials"). */
function isSpeakingHead(word: string): boolean {
  return ROLE_NOUNS.has(word) || SOURCE_NOUNS.has(word) || ROLE_NOUNS.has(foldPlural(word));
}

function bareDescriptionBeforeVerb(
  context: AttributionContext,
  from: number,
  limit: number,
): Mention | undefined {
  const { tokens, text } = context;
  for (let index = from; index < limit && index - from <= 3; index++) {
    const token = tokens[index];
    if (
      token === undefined ||
      token.capitalized ||
      token.possessive ||
      PREPOSITIONS.has(token.lower) ||
      PRONOUNS.has(token.lower)
    )
      return undefined;
    if (index > from) {
      const gap = text.slice(tokens[index - 1]?.tokenEnd ?? 0, token.start);
      if (gap !== " " && gap !== "-") return undefined;
    }
    if (
      isSpeakingHead(token.lower) &&
      text.slice(token.tokenEnd, tokens[index + 1]?.start ?? token.tokenEnd) === " " &&
      isVerb(tokens[index + 1], tokens, index + 1)
    )
      return index > from ? adHocNominal(tokens, from, index) : undefined;
  }
  return undefined;
}

function adHocNominal(tokens: WordToken[], from: number, last: number): Mention | undefined {
  const first = tokens[from];
  const end = tokens[last];
  if (first === undefined || end === undefined) return undefined;
  const words: string[] = [];
  for (let index = from; index <= last; index++) words.push(tokens[index]?.text ?? "");
  return {
    start: first.start,
    end: end.end,
    kind: "nominal",
    words,
    roles: [end.lower],
    person: true,
    place: false,
    possessive: false,
    object: false,
    firstToken: from,
    lastToken: last,
  };
}

/** It was “a hard year” for farmers, said Tom Price: an attribution clause after a comma. */
function trailingClause(
  context: AttributionContext,
  from: number,
  limit: number,
): Attribution | undefined {
  for (let index = from + 1; index < limit; index++) {
    if (!gapHasComma(context.text, context.tokens, index)) continue;
    const found = afterQuote(context, index, limit);
    if (found?.verb !== undefined && SPEECH_VERBS.has(found.verb.lower)) return found;
  }
  return undefined;
}

/** “…,” Lavrov said / “…,” said Lavrov / “…,” Rosa Valdés, chair of …, wrote. */
function afterQuote(
  context: AttributionContext,
  from: number,
  limit: number,
  quoteClose?: number,
): Attribution | undefined {
  const { tokens, text } = context;
  if (from >= limit) return undefined;
  // “…” So says Ana Ruiz: the adverb before an inverted verb of saying.
  if (tokens[from]?.lower === "so" && isVerb(tokens[from + 1], tokens, from + 1))
    return afterQuote(context, from + 1, limit, quoteClose);
  const firstToken = tokens[from];
  if (
    isVerb(firstToken, tokens, from) ||
    firstToken?.lower === "read" ||
    firstToken?.lower === "reads"
  ) {
    const verb = tokens[from];
    // “…,” said 2019 flood widow Nora Kiel: a few lower-case words or numbers may come first.
    for (let index = from + 1; index < limit && index <= from + 4; index++) {
      const mention = mentionStartingAt(context, index, limit);
      if (mention !== undefined && verb !== undefined) {
        const named = mention.possessive ? followingName(context, mention, limit) : mention;
        // “…,” said Tempest coach Hinemoa Rāwiri: a team, body or place before role words
        // is the affiliation of the name after them.
        const person =
          named !== undefined && named.kind !== "pronoun"
            ? nameAfterRole(context, named.lastToken + 1, limit)
            : undefined;
        if (named !== undefined) return { mention: person ?? named, verb, rule: "after-quote" };
      }
      if (tokens[index]?.capitalized || PREPOSITIONS.has(tokens[index]?.lower ?? "")) break;
    }
    // “…,” says a narrator: any short noun phrase after the verb is the speaker.
    const phrase = phraseAt(context, from + 1, limit);
    if (phrase !== undefined && verb !== undefined)
      return { mention: phrase, verb, rule: "after-quote" };
    return undefined;
  }
  // “…,” the union spokesman Dmitri Volkov said: role words after "the" lead to the name.
  const roleFrom = tokens[from]?.lower === "the" ? from + 1 : from;
  let mention =
    mentionStartingAt(context, from, limit) ??
    nameAfterRole(context, roleFrom, limit) ??
    phraseBeforeVerb(context, from, limit);
  // “…,” Gallup’s Jeffrey Moss said: the possessive is the name's affiliation.
  if (mention?.possessive) mention = followingName(context, mention, limit);
  // “…,” Saskatoon MLA Devin Okafor tells: the place and the title before a name modify it.
  if (mention !== undefined) mention = headOfChain(context, mention, limit);
  // “…,” NHS spokesman Tom Reed said: the organisation is the name's affiliation.
  if (mention?.kind === "organization")
    mention = nameAfterRole(context, roleFrom, limit) ?? mention;
  if (mention === undefined) return undefined;
  // “…” ― Martha Ruiz: a name after a dash signs the quote.
  const lead = quoteClose === undefined ? "" : text.slice(quoteClose, tokens[from]?.start ?? 0);
  if (
    mention.kind === "name" &&
    /[\u2015\u2014\u2013]/u.test(lead) &&
    !/[\p{L}\p{N}]/u.test(lead)
  ) {
    return { mention, rule: "after-quote" };
  }
  // “…,” the governor, Kathy Lin, said: the name in apposition is the better speaker.
  if (mention.kind === "nominal" && gapHasComma(context.text, tokens, mention.lastToken + 1)) {
    const named = context.mentionAtToken.get(mention.lastToken + 1);
    if (
      named !== undefined &&
      named.kind === "name" &&
      gapHasComma(context.text, tokens, named.lastToken + 1)
    )
      mention = named;
  }
  for (
    let index = mention.lastToken + 1;
    index < limit && index - mention.lastToken <= 25;
    index++
  ) {
    const token = tokens[index];
    if (isVerb(token, tokens, index) && token !== undefined && token.lower !== "according") {
      return { mention, verb: token, rule: "after-quote" };
    }
  }
  // “…,” the judge exclaimed: right after a quote, a name and a past-tense verb attribute
  // it even when the verb is not a listed verb of saying.
  const next = tokens[mention.lastToken + 1];
  if (
    next !== undefined &&
    mention.lastToken + 1 < limit &&
    !next.capitalized &&
    (/(?:ed|s)$/u.test(next.lower) || IRREGULAR_PAST_VERBS.has(next.lower))
  ) {
    const gap = context.text.slice(tokens[mention.lastToken]?.tokenEnd ?? 0, next.start);
    if (gap === " ") return { mention, verb: next, rule: "after-quote" };
  }
  return undefined;
}

function beforeQuote(
  context: AttributionContext,
  limit: number,
  quoteToken: number,
  clauseStart: number,
): Attribution | undefined {
  const { tokens } = context;
  for (let index = quoteToken - 1; index >= limit; index--) {
    const token = tokens[index];
    if (!isVerb(token, tokens, index) || token === undefined) continue;
    if (token.lower === "according") {
      const mention = accordingSource(context, index + 2, quoteToken);
      if (mention !== undefined) return { mention, verb: token, rule: "according-to" };
      continue;
    }
    const subject =
      subjectBefore(context, index, limit, clauseStart) ?? nominalBeforeVerb(context, index, limit);
    if (subject !== undefined) return { mention: subject, verb: token, rule: "before-quote" };
    // "said Lavrov:" with the subject after the verb; after "told" or "informed" stands
    // the hearer ("told the BBC:"), never the speaker.
    const after = HEARER_VERBS.has(token.lower)
      ? undefined
      : mentionStartingAt(context, index + 1, quoteToken);
    if (after !== undefined && !after.possessive)
      return { mention: after, verb: token, rule: "before-quote" };
  }
  return undefined;
}

/**
 * The source after "according to": a name or description, else the plain noun phrase up
 * to the next punctuation ("according to the coast guard,", "according to police.").
 * "According to" names a source whatever the source is, so no list of heads is needed.
 */
function accordingSource(
  context: AttributionContext,
  from: number,
  limit: number,
): Mention | undefined {
  const mention = mentionStartingAt(context, from, limit);
  if (mention !== undefined) return mention;
  const first = context.tokens[from];
  const phraseFrom = first !== undefined && DETERMINERS.has(first.lower) ? from + 1 : from;
  const phrase = phraseAt(context, phraseFrom, limit);
  return phrase === undefined ? undefined : adHocNominal(context.tokens, from, phrase.lastToken);
}

function accordingTo(
  context: AttributionContext,
  first: number,
  last: number,
): Attribution | undefined {
  const { tokens } = context;
  for (let index = first; index < last; index++) {
    const token = tokens[index];
    if (token?.lower === "according" && tokens[index + 1]?.lower === "to") {
      const mention = accordingSource(context, index + 2, last);
      if (mention !== undefined) return { mention, verb: token, rule: "according-to" };
    }
  }
  return undefined;
}

/**
 * Finds who a quote is attributed to within its own sentence, in the order news prose
 * uses most: after the quote, before it, "according to", then a short sentence right
 * after a quote that ends its sentence (“….” Lavrov said.).
 */
export function findAttribution(
  context: AttributionContext,
  spanIndex: number,
): Attribution | undefined {
  const { spans, sentences, tokens } = context;
  const span = spans[spanIndex];
  if (span === undefined) return undefined;
  const sentenceIndex = sentenceIndexAt(sentences, span.open);
  const sentence = sentences[sentenceIndex];
  if (sentence === undefined) return undefined;
  const [wholeFirst, wholeLast] = sentenceTokens(context, sentence);
  const quoteToken = tokenIndexAt(tokens, span.open);
  const afterToken = tokenIndexAt(tokens, span.close);
  // Attribution sits near its quote; the window keeps run-on "sentences" linear.
  const sentenceFirst = Math.max(wholeFirst, quoteToken - WINDOW_TOKENS);
  const sentenceLast = Math.min(wholeLast, afterToken + WINDOW_TOKENS);
  const previousSpan = spans[spanIndex - 1];
  const nextSpan = spans[spanIndex + 1];
  const lowerBound =
    previousSpan !== undefined && previousSpan.close > sentence.start
      ? Math.max(sentenceFirst, tokenIndexAt(tokens, previousSpan.close))
      : sentenceFirst;
  const upperBound =
    nextSpan !== undefined && nextSpan.open < sentence.end
      ? Math.min(sentenceLast, tokenIndexAt(tokens, nextSpan.open))
      : sentenceLast;
  const after =
    afterQuote(context, afterToken, upperBound, span.close) ??
    trailingClause(context, afterToken, upperBound);
  if (after !== undefined) return after;
  const before =
    beforeQuote(context, lowerBound, quoteToken, sentenceFirst) ??
    beforeQuote(context, sentenceFirst, lowerBound, sentenceFirst);
  if (before !== undefined) return before;
  const according = accordingTo(context, sentenceFirst, sentenceLast);
  if (according !== undefined) return according;
  // The mayor has since apologized: “…” — the subject of the clause before a colon.
  const beforeMark = context.text
    .slice(tokens[quoteToken - 1]?.tokenEnd ?? span.open, span.open)
    .trim();
  if (beforeMark === ":" && quoteToken - 1 >= lowerBound) {
    const subject = firstSubject(context, tokens[lowerBound]?.start ?? sentence.start, span.open);
    if (subject !== undefined) return { mention: subject, rule: "colon" };
  }
  if (afterToken >= wholeLast) {
    const next = sentences[sentenceIndex + 1];
    if (next !== undefined && next.block === sentence.block) {
      const [nextFirst, wholeNextLast] = sentenceTokens(context, next);
      const nextLast = Math.min(wholeNextLast, nextFirst + WINDOW_TOKENS);
      const hasQuote = nextSpan !== undefined && nextSpan.open < next.end;
      // “Why now?” Olaf Berg asked, in the middle of a longer sentence.
      let lastChar = span.end - 1;
      while (lastChar > span.start && /["'\u201D\u2019]/u.test(context.text[lastChar] ?? ""))
        lastChar--;
      const question = context.text[lastChar] === "?" || context.text[lastChar] === "!";
      // A short sentence, not counting an appositive set off by commas ("So says Ana Ruiz,
      // an economist at the university.").
      let clauseLast = nextLast;
      for (let index = nextFirst + 1; index < nextLast; index++) {
        if (gapHasComma(context.text, tokens, index)) {
          clauseLast = index;
          break;
        }
      }
      if ((!hasQuote || question) && (question || clauseLast - nextFirst <= 10)) {
        const short = afterQuote(context, nextFirst, nextLast);
        if (short !== undefined) return { ...short, rule: "next-sentence" };
      }
      if (!hasQuote) {
        const pointed = speakerPointedBack(context, next);
        if (pointed !== undefined) return pointed;
      }
    }
  }
  return undefined;
}

/**
 * The speaker announced by a sentence that introduces quotes: "Lavrov said at a press
 * conference:" or "Lavrov made the point again." — its last verb of saying with its
 * subject, else the subject of a sentence that ends in a colon.
 */
export function introducingSpeaker(
  context: AttributionContext,
  sentence: Sentence,
): Attribution | undefined {
  const { tokens, text } = context;
  const [wholeFirst, last] = sentenceTokens(context, sentence);
  const first = Math.max(wholeFirst, last - WINDOW_TOKENS);
  const found = beforeQuote(context, first, last, first);
  if (found !== undefined) return found;
  if (text.slice(sentence.start, sentence.end).trimEnd().endsWith(":")) {
    const mention = firstSubject(context, tokens[first]?.start ?? sentence.start, sentence.end);
    if (mention !== undefined && tokens[mention.firstToken] !== undefined)
      return { mention, rule: "colon" };
  }
  return undefined;
}

/**
 * The first mention in `[start, end)` that is neither an object nor a possessive,
 * preferring people and organisations to places ("In Dover, Delaware, Senator Ray Holt said").
 */
export function firstSubject(
  context: AttributionContext,
  start: number,
  end: number,
): Mention | undefined {
  const { mentions } = context;
  let place: Mention | undefined;
  const from = mentionIndexAt(mentions, start);
  for (let index = from; index < mentions.length && index - from < WINDOW_TOKENS; index++) {
    const mention = mentions[index];
    if (mention === undefined || mention.start >= end) break;
    // "The senator’s answer was that “…”": the owner of the words speaks.
    const owned =
      mention.possessive && SPEECH_NOUNS.has(context.tokens[mention.lastToken + 1]?.lower ?? "");
    if (mention.object || (mention.possessive && !owned)) continue;
    if (isAdjective(mention)) continue;
    if (postHolderAfter(context, index)) continue;
    if (!mention.place) return mention;
    place ??= mention;
  }
  return place;
}

// Words that open a sentence pointing back at the quote before it ("That is how…", "Those
// were the words of…", "Such is the view of…").
const POINTING_BACK = new Set(["that", "those", "this", "these", "such"]);
// What the pointing sentence calls the quote, or how it introduces the speaker.
const POINTED_AS = new Set([...SPEECH_NOUNS, "how", "what", "verdict", "assessment", "account"]);
// How far into the sentence the speaker may stand ("That was the blunt verdict of …").
const POINTING_TOKENS = 8;

/**
 * A sentence right after a quote that points back at it and names who said it: “…”
 * “That is how Ana Ruiz describes the night.” / “Those were the words of Ana Ruiz, …”.
 * The first name or description after "how" or the word for the quote speaks, even as the
 * object of "of".
 *
 * @param context - the article as the quote stage reads it
 * @param sentence - the sentence after the quote
 * @returns the speaker it names, with the rule "next-sentence"
 */
export function speakerPointedBack(
  context: AttributionContext,
  sentence: Sentence,
): Attribution | undefined {
  const { tokens, mentions } = context;
  const [first, last] = sentenceTokens(context, sentence);
  if (!POINTING_BACK.has(tokens[first]?.lower ?? "")) return undefined;
  let pointer = -1;
  for (let index = first + 1; index < last && index - first <= POINTING_TOKENS; index++) {
    if (POINTED_AS.has(tokens[index]?.lower ?? "")) {
      pointer = index;
      break;
    }
  }
  const pointerToken = tokens[pointer];
  if (pointerToken === undefined) return undefined;
  const mention = mentions[mentionIndexAt(mentions, pointerToken.end)];
  if (
    mention === undefined ||
    mention.start >= sentence.end ||
    mention.firstToken - pointer > 3 ||
    mention.kind === "pronoun" ||
    mention.place ||
    mention.possessive
  )
    return undefined;
  return { mention, rule: "next-sentence" };
}
