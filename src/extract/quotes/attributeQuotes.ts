import { checkRange, resolveOptions } from "../../resolveOptions.js";
import { isSpaceOrEdge, isUpper, isWordChar } from "../../text/chars.js";
import { type Block, findBlocks } from "../../text/findBlocks.js";
import { findSentences, type Sentence } from "../../text/findSentences.js";
import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { tokenizeWords } from "../../text/tokenizeWords.js";
import { trimEndWhere } from "../../text/trimEndWhere.js";
import type { Article, QuoteKind } from "../../types.js";
import type { NameRun } from "../names/readNames.js";
import {
  type Attribution,
  type AttributionContext,
  findAttribution,
  firstSubject,
  introducingSpeaker,
  isVerb,
  sentenceIndexAt,
  speakerPointedBack,
  tokenIndexAt,
} from "./findAttribution.js";
import type { Mention } from "./findMentions.js";
import { findMentions } from "./findMentions.js";
import { findQuoteSpans, type QuoteSpan } from "./findQuoteSpans.js";

/**
 * Options of {@link extractQuotes} and {@link extractFacts}' quotes.
 *
 * @group Extract
 */
export interface QuoteOptions {
  /** Quotes of at most this many words are scare quotes unless a verb of saying attributes them. */
  maxScareWords: number;
  /** A broken quote's halves are linked when at most this many words of attribution lie between. */
  maxAttributionWords: number;
}

/**
 * Defaults of {@link extractQuotes}: one to three words make a scare quote (DESIGN.md),
 * and up to twenty words of attribution may break a quote in two (“…,” Admiral Rosa
 * Valdés, chair of the port authority board, wrote. “…”).
 *
 * @group Extract
 */
export const defaultQuoteOptions: QuoteOptions = {
  maxScareWords: 3,
  maxAttributionWords: 20,
};

/**
 * Merges caller options over {@link defaultQuoteOptions} and checks them.
 *
 * @param options - the caller's options
 * @returns every option filled
 * @throws CorroborateError with code `invalid-options` for an unknown option or a value out of range
 */
export function resolveQuoteOptions(options: unknown): QuoteOptions {
  const settings = resolveOptions(defaultQuoteOptions, options, "extractQuotes");
  checkRange("maxScareWords", settings.maxScareWords, 0, 50, true);
  checkRange("maxAttributionWords", settings.maxAttributionWords, 0, 200, true);
  return settings;
}

interface Draft extends QuoteDraft {
  attribution?: Attribution | undefined;
  standalone: boolean;
  /** The attributing verb of saying sits right beside the quote. */
  verbBeside: boolean;
  /** A verb of saying stands a few words before the quote in its sentence. */
  verbBefore: boolean;
  words: number;
}

// How close a verb of saying must be to make a short quote speech ("called it a “X”").
const BESIDE_TOKENS = 6;
// How close a verb of saying must stand before short quoted words to make them speech when
// no speaker is found ("claimed to be “unbiased”"): at most two words between.
const VERB_BEFORE_TOKENS = 2;
// How long the sentence after a quote paragraph may be to name its speaker.
const NEXT_BLOCK_WORDS = 25;
// Small words that stay lower case in titles ("Meet the Press").
const TITLE_SMALL_WORDS = new Set(
  "a an the and or but nor of in on at to for by from with as vs via into over".split(" "),
);
const SENTENCE_ENDS = new Set([".", "!", "?", ":"]);
const CLOSING_MARKS = new Set(['"', "'", "\u201D", "\u2019", "\u00BB", "\u203A", "`"]);
const DASHES = new Set(["\u2014", "\u2013", "-", ";"]);

function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let index = start; index < end; index++) {
    const word: boolean =
      isWordChar(text[index]) ||
      (inWord && (text[index] === "'" || text[index] === "\u2019" || text[index] === "-"));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** The quote opens a sentence or a clause of its own rather than being woven into one. */
function isStandalone(context: AttributionContext, span: QuoteSpan, block: Block): boolean {
  const { text, tokens } = context;
  let before = span.open - 1;
  while (before >= block.start && isSpaceOrEdge(text[before])) before--;
  if (before < block.start) return true;
  const char = text[before] ?? "";
  if (SENTENCE_ENDS.has(char)) return true;
  if (CLOSING_MARKS.has(char)) {
    let inner = before - 1;
    while (inner >= block.start && CLOSING_MARKS.has(text[inner] ?? "")) inner--;
    const innerChar = text[inner] ?? "";
    return SENTENCE_ENDS.has(innerChar) || innerChar === ",";
  }
  if (char === "," || DASHES.has(char)) {
    if (isUpper(text[span.start])) return true;
    const previousToken = tokens[tokenIndexAt(tokens, before) - 1];
    return (
      previousToken !== undefined &&
      context.text.slice(previousToken.tokenEnd, before).trim() === "" &&
      /^(said|says|added|adds|told|wrote|asked|continued|saying|adding)$/u.test(previousToken.lower)
    );
  }
  return false;
}

/** Title-cased words in quotes name a book, a film or a show, not speech. */
function isTitleLike(text: string, span: QuoteSpan, words: number): boolean {
  if (words < 2 || words > 10) return false;
  // Punctuation printed inside the closing mark (“Harbour Lights,”) is no part of a title.
  const content = trimEndWhere(text.slice(span.start, span.end), (char) => ",.;:!?".includes(char));
  if (content.includes(",")) return false;
  let first = true;
  for (const word of content.split(/[\s\u00A0]+/u)) {
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, "");
    if (letters === "") continue;
    if (first && !isUpper(letters[0]) && !/^\p{N}/u.test(letters)) return false;
    first = false;
    if (
      !isUpper(letters[0]) &&
      !/^\p{N}/u.test(letters) &&
      !TITLE_SMALL_WORDS.has(letters.toLowerCase())
    )
      return false;
  }
  return true;
}

/** A nickname between the parts of a name: Joaquín “El Chapo” Guzmán. */
function isNickname(text: string, span: QuoteSpan, words: number): boolean {
  if (words > 3) return false;
  const before = text.slice(Math.max(0, span.open - 2), span.open);
  const after = text.slice(span.close, span.close + 2);
  return (
    before.length === 2 &&
    before[1] === " " &&
    isWordChar(before[0]) &&
    after[0] === " " &&
    isUpper(after[1]) &&
    isUpper(text[span.start]) &&
    (() => {
      let wordStart = span.open - 1;
      while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart--;
      return isUpper(text[wordStart]);
    })()
  );
}

/**
 * The subject of the sentence around a woven-in quote that no verb of saying
 * attributes ("The mayor also bemoaned a budget that leaves the parks “quietly falling
 * apart”"): its first mention before the quote that is neither object nor possessive.
 */
function sentenceSubject(context: AttributionContext, span: QuoteSpan): Mention | undefined {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.open)];
  if (sentence === undefined) return undefined;
  return firstSubject(context, sentence.start, span.open);
}

/**
 * For a woven-in quote in a sentence that names no one ("Instead, “he just acts like a
 * defeated man.”"): the speaker of the quote before it in the paragraph, else the one
 * the sentence before announces.
 */
function continuingSpeaker(
  context: AttributionContext,
  drafts: Draft[],
  span: QuoteSpan,
): Mention | undefined {
  const previous = drafts[drafts.length - 1];
  if (
    previous !== undefined &&
    previous.span.block === span.block &&
    previous.speakerMention !== undefined
  ) {
    return previous.speakerMention;
  }
  const sentenceIndex = sentenceIndexAt(context.sentences, span.open);
  const previousSentence = context.sentences[sentenceIndex - 1];
  if (previousSentence === undefined || previousSentence.block !== span.block) return undefined;
  return introducingSpeaker(context, previousSentence)?.mention;
}

function sentenceHasQuote(spans: QuoteSpan[], sentence: Sentence): boolean {
  // The first span closing after the sentence starts.
  const span = spans[firstAtOrAfter(spans, sentence.start + 1, (quote) => quote.close)];
  return span !== undefined && span.open < sentence.end;
}

/** What the quote stage reads of an article before attributing its quotes. */
export interface QuoteContext extends AttributionContext {
  /** The article's blocks (paragraph-like units in which quote marks balance). */
  blocks: Block[];
}

/**
 * Reads an article for attribution: its blocks, quote spans, sentences, the words
 * outside quotes and every possible speaker (names from the name finder's runs,
 * pronouns, descriptions).
 *
 * @param article - a parsed article; only `body` and `paragraphs` are read
 * @param runs - the name finder's runs over the body
 * @returns the context the attribution rules work on
 */
export function readQuoteContext(
  article: Pick<Article, "body" | "paragraphs">,
  runs: readonly NameRun[],
): QuoteContext {
  const text = article.body;
  const blocks = findBlocks(article);
  const spans = findQuoteSpans(text, blocks);
  const sentences: Sentence[] = [];
  let spanCursor = 0;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    if (block === undefined) continue;
    const blockSpans: QuoteSpan[] = [];
    while (spanCursor < spans.length && (spans[spanCursor]?.block ?? 0) === blockIndex) {
      const span = spans[spanCursor];
      if (span !== undefined) blockSpans.push(span);
      spanCursor++;
    }
    for (const sentence of findSentences(text, block, blockIndex, blockSpans))
      sentences.push(sentence);
  }
  const tokens = tokenizeWords(text, 0, text.length, spans);
  const mentions = findMentions(text, tokens, runs);
  const mentionAtToken = new Map<number, Mention>();
  for (const mention of mentions)
    if (!mentionAtToken.has(mention.firstToken)) mentionAtToken.set(mention.firstToken, mention);
  return { text, spans, sentences, tokens, mentions, mentionAtToken, blocks };
}

/** A quote as attribution leaves it: its span, kind, verb and the mention that speaks. */
export interface QuoteDraft {
  /** The quoted span. */
  span: QuoteSpan;
  /** Direct, partial or scare. */
  kind: QuoteKind;
  /** The mention that attributes the quote, where one was found. */
  speakerMention?: Mention | undefined;
  /** The speaker came from the quotes or sentences around, not from an attribution of its own. */
  inherited: boolean;
  /** The verb of saying. */
  verb?: string | undefined;
  /** Index of the draft this one continues. */
  continues?: number | undefined;
}

/**
 * Finds who says each quote of an article, by the attribution rules (a verb of saying
 * beside the quote, before it, "according to", the next short sentence, the quotes
 * around).
 *
 * @param context - the article as {@link readQuoteContext} read it
 * @param options - overrides of {@link defaultQuoteOptions}
 * @returns one draft per quote span, in text order
 */
export function attributeQuotes(
  context: QuoteContext,
  options: Partial<QuoteOptions> = {},
): QuoteDraft[] {
  const settings = resolveQuoteOptions(options);
  const { text, spans, tokens, blocks } = context;
  const drafts: Draft[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index];
    const block = span === undefined ? undefined : blocks[span.block];
    if (span === undefined || block === undefined) continue;
    const attribution = findAttribution(context, index);
    const words = countWords(text, span.start, span.end);
    const standalone = isStandalone(context, span, block);
    const verbToken = attribution?.verb;
    const verbBeside =
      verbToken !== undefined &&
      (attribution?.rule === "after-quote" ||
        attribution?.rule === "next-sentence" ||
        (verbToken.start < span.open &&
          tokenIndexAt(tokens, span.open) - tokenIndexAt(tokens, verbToken.start) <=
            BESIDE_TOKENS));
    const draft: Draft = {
      span,
      attribution,
      standalone,
      verbBeside,
      verbBefore: attribution === undefined && verbBefore(context, span),
      words,
      kind: "partial",
      inherited: false,
    };
    if (attribution !== undefined) {
      draft.speakerMention = attribution.mention;
      draft.verb = attribution.verb?.text;
    }
    const previous = drafts[drafts.length - 1];
    const previousIndex = drafts.length - 1;
    // A broken quote: the halves stand alone with only the attribution between them.
    if (
      previous !== undefined &&
      previous.span.block === span.block &&
      previous.standalone &&
      standalone
    ) {
      const gapFirst = tokenIndexAt(tokens, previous.span.close);
      const gapLast = tokenIndexAt(tokens, span.open);
      const verb = previous.attribution?.verb;
      const attributionBetween =
        verb !== undefined &&
        (previous.attribution?.rule === "after-quote" ||
          previous.attribution?.rule === "next-sentence") &&
        verb.start >= previous.span.close &&
        verb.start < span.open;
      if (
        gapLast - gapFirst <= settings.maxAttributionWords &&
        (attributionBetween || gapLast === gapFirst)
      ) {
        // A second half with an attribution of its own (“…,” she said. “…,” he said) is
        // another statement, not the rest of the first.
        if (attribution === undefined || attribution.verb === verb) {
          draft.continues = previousIndex;
          draft.speakerMention = previous.speakerMention;
          draft.verb = previous.verb;
          draft.inherited = previous.inherited;
        }
      }
    }
    if (span.continuesPrevious && previous?.span.runsOn) {
      draft.continues = previousIndex;
      if (draft.speakerMention === undefined) {
        draft.speakerMention = previous.speakerMention;
        draft.verb = previous.verb;
        draft.inherited = true;
      }
    }
    if (draft.speakerMention === undefined && standalone) {
      const inherited = inheritSpeaker(context, drafts, draft, blocks);
      if (inherited !== undefined) {
        draft.speakerMention = inherited.mention;
        draft.verb = inherited.verb;
        draft.inherited = true;
      }
    }
    if (draft.speakerMention === undefined && standalone) {
      const announced = speakerInNextBlock(context, span, block);
      if (announced !== undefined) {
        draft.speakerMention = announced.mention;
        draft.verb = announced.verb?.text;
      }
    }
    if (draft.speakerMention === undefined && !standalone) {
      draft.speakerMention =
        sentenceSubject(context, span) ?? continuingSpeaker(context, drafts, span);
      draft.inherited = draft.speakerMention !== undefined;
    }
    draft.kind = classify(text, draft, settings);
    drafts.push(draft);
  }
  // A quote over paragraphs is often attributed only in a later paragraph.
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index];
    if (draft?.continues === undefined || draft.speakerMention === undefined) continue;
    const earlier = drafts[draft.continues];
    if (earlier !== undefined && earlier.speakerMention === undefined) {
      earlier.speakerMention = draft.speakerMention;
      earlier.verb = draft.verb;
      earlier.inherited = draft.inherited;
    }
  }
  return drafts;
}

/**
 * A paragraph that is only a quote, named by the paragraph after it (“…”\n\nThat is how
 * Ana Ruiz describes the night the pipe burst.): the speaker of a short first sentence of
 * the next paragraph, when that sentence quotes nothing itself.
 */
function speakerInNextBlock(
  context: QuoteContext,
  span: QuoteSpan,
  block: Block,
): Attribution | undefined {
  const { text, sentences, spans } = context;
  // The quote must fill its paragraph: nothing but marks and spaces around it.
  if (
    text.slice(block.start, span.open).trim() !== "" ||
    text.slice(span.close, block.end).trim() !== ""
  )
    return undefined;
  const next = sentences[sentenceIndexAt(sentences, block.end) + 1];
  if (next === undefined || next.block !== span.block + 1) return undefined;
  if (sentenceHasQuote(spans, next)) return undefined;
  const words = tokenIndexAt(context.tokens, next.end) - tokenIndexAt(context.tokens, next.start);
  if (words > NEXT_BLOCK_WORDS) return undefined;
  const introduced = introducingSpeaker(context, next);
  if (introduced?.verb !== undefined) return introduced;
  return speakerPointedBack(context, next);
}

/** A verb of saying among the few words before the quote, in its sentence. */
function verbBefore(context: AttributionContext, span: QuoteSpan): boolean {
  const { tokens, sentences } = context;
  const sentence = sentences[sentenceIndexAt(sentences, span.open)];
  const quoteToken = tokenIndexAt(tokens, span.open);
  for (
    let index = quoteToken - 1;
    index >= 0 && quoteToken - index <= VERB_BEFORE_TOKENS;
    index--
  ) {
    const token = tokens[index];
    if (token === undefined || token.start < (sentence?.start ?? 0)) break;
    if (isVerb(token, tokens, index)) return true;
  }
  return false;
}

function classify(text: string, draft: Draft, settings: QuoteOptions): QuoteKind {
  const { span, words, standalone } = draft;
  if (isNickname(text, span, words)) return "scare";
  if (isTitleLike(text, span, words) && !(standalone && draft.attribution?.rule === "after-quote"))
    return "scare";
  if (words <= settings.maxScareWords) {
    // A short quote is a full statement only with its verb of saying right beside it
    // (“Never,” she said); a verb elsewhere in the sentence makes it partial.
    if (draft.continues !== undefined || (standalone && draft.verbBeside)) return "direct";
    // “Every house.” as a sentence of its own, from the speaker of the quotes around it.
    if (
      standalone &&
      draft.speakerMention !== undefined &&
      /[.!?]$/u.test(text.slice(span.start, span.end))
    ) {
      return "direct";
    }
    // A verb of saying right before the words makes them speech even when the speaker
    // cannot be named (“The media has claimed to be “unbiased””).
    return draft.attribution !== undefined || draft.verbBefore ? "partial" : "scare";
  }
  return standalone || draft.continues !== undefined ? "direct" : "partial";
}

/**
 * The speaker of a standalone quote with no attribution of its own: the previous quote's
 * speaker in the same paragraph, the speaker announced by the sentence before, or, for
 * a quote that opens a paragraph, the speaker of the paragraph before.
 */
function inheritSpeaker(
  context: AttributionContext,
  drafts: Draft[],
  draft: Draft,
  blocks: Block[],
): { mention: Mention; verb?: string | undefined } | undefined {
  const { sentences, spans, text } = context;
  const span = draft.span;
  const sentenceIndex = sentenceIndexAt(sentences, span.open);
  const previousSentence = sentences[sentenceIndex - 1];
  const previous = drafts[drafts.length - 1];
  if (previousSentence !== undefined && previousSentence.block === span.block) {
    if (!sentenceHasQuote(spans, previousSentence)) {
      const introduced = introducingSpeaker(context, previousSentence);
      if (introduced !== undefined)
        return { mention: introduced.mention, verb: introduced.verb?.text };
    }
    if (
      previous !== undefined &&
      previous.span.block === span.block &&
      previous.speakerMention !== undefined
    ) {
      return { mention: previous.speakerMention, verb: previous.verb };
    }
    return undefined;
  }
  // The quote opens its block.
  const block = blocks[span.block];
  if (block === undefined || previousSentence === undefined) return undefined;
  const sentenceText = text.slice(previousSentence.start, previousSentence.end).trimEnd();
  if (sentenceText.endsWith(":")) {
    const introduced = introducingSpeaker(context, previousSentence);
    if (introduced !== undefined)
      return { mention: introduced.mention, verb: introduced.verb?.text };
  }
  if (
    previous !== undefined &&
    previous.span.block === previousSentence.block &&
    previous.speakerMention !== undefined
  ) {
    return { mention: previous.speakerMention, verb: previous.verb };
  }
  if (!sentenceHasQuote(spans, previousSentence)) {
    const introduced = introducingSpeaker(context, previousSentence);
    if (introduced !== undefined && introduced.verb !== undefined)
      return { mention: introduced.mention, verb: introduced.verb.text };
  }
  // Last resort: whoever the paragraph before was about.
  const subject = firstSubject(context, previousSentence.start, previousSentence.end);
  if (subject !== undefined && subject.kind !== "pronoun") return { mention: subject };
  return undefined;
}
