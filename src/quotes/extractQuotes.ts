import { assertArticle } from "../parse/validateArticle.js";
import type { Article, Quote, QuoteKind } from "../types.js";
import { isSpaceOrEdge, isUpper, isWordChar } from "./charClasses.js";
import {
  type Attribution,
  type AttributionContext,
  findAttribution,
  firstSubject,
  introducingSpeaker,
  sentenceIndexAt,
  tokenIndexAt,
} from "./findAttribution.js";
import { type Block, findBlocks } from "./findBlocks.js";
import type { Mention } from "./findMentions.js";
import { findMentions } from "./findMentions.js";
import { findQuoteSpans, type QuoteSpan } from "./findQuoteSpans.js";
import { findSentences, type Sentence } from "./findSentences.js";
import { resolveSpeakerName } from "./resolveSpeakerName.js";
import { tokenizeWords } from "./tokenizeWords.js";

/** Options of {@link extractQuotes}. */
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
 */
export const defaultQuoteOptions: QuoteOptions = {
  maxScareWords: 3,
  maxAttributionWords: 20,
};

interface Draft {
  span: QuoteSpan;
  attribution?: Attribution | undefined;
  speakerMention?: Mention | undefined;
  verb?: string | undefined;
  standalone: boolean;
  /** The attributing verb of saying sits right beside the quote. */
  verbBeside: boolean;
  words: number;
  continues?: number | undefined;
  kind: QuoteKind;
}

// How close a verb of saying must be to make a short quote speech ("called it a “X”").
const BESIDE_TOKENS = 6;
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
  const content = text.slice(span.start, span.end).replace(/[,.;:!?]+$/u, "");
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
  // The first span closing after the sentence starts, by binary search.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.close ?? 0) <= sentence.start) low = middle + 1;
    else high = middle;
  }
  const span = spans[low];
  return span !== undefined && span.open < sentence.end;
}

/**
 * Finds the quotes of an article with their kind, speaker and verb of saying, in text
 * order. Curly and straight quotes, single quotes, «», „“, ‚‘ and the ``…'' pairs of
 * older newswire are read; apostrophes, inch marks and nicknames are not quotes. A quote
 * broken by its attribution (“…,” Lavrov said. “…”) gives two quotes, the second with
 * `continues` set to the first one's id, and so does each paragraph of a quote that runs
 * over paragraphs. The speaker is the fullest form of the name in the article, with the
 * offsets of the mention that attributes the quote (a pronoun or "the minister" resolves
 * to the person meant); a quote paragraph without attribution inherits the previous
 * speaker.
 *
 * @param article - A parsed article; only `body` and `paragraphs` are read.
 * @param options - Overrides of {@link defaultQuoteOptions}.
 * @returns The quotes in text order, with ids `q1`, `q2`, …
 * @example
 * ```ts
 * const article = parseArticle(
 *   "Transport Minister Elena Markova met the unions on Wednesday.\n\n" +
 *     "“The plan is too expensive,” Markova told reporters. “It needs a second look.”",
 * );
 * extractQuotes(article).map((quote) => [quote.text, quote.speaker?.name, quote.continues]);
 * // [["The plan is too expensive,", "Elena Markova", undefined],
 * //  ["It needs a second look.", "Elena Markova", "q1"]]
 * ```
 */
export function extractQuotes(article: Article, options: Partial<QuoteOptions> = {}): Quote[] {
  assertArticle(article, "extractQuotes");
  const settings: QuoteOptions = { ...defaultQuoteOptions, ...options };
  const text = article.body;
  const blocks = findBlocks(article);
  const spans = findQuoteSpans(text, blocks);
  if (spans.length === 0) return [];
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
  const mentions = findMentions(text, tokens);
  const mentionAtToken = new Map<number, Mention>();
  for (const mention of mentions)
    if (!mentionAtToken.has(mention.firstToken)) mentionAtToken.set(mention.firstToken, mention);
  const context: AttributionContext = { text, spans, sentences, tokens, mentions, mentionAtToken };
  const resolver = resolveSpeakerName(text, mentions);

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
    const draft: Draft = { span, attribution, standalone, verbBeside, words, kind: "partial" };
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
        }
      }
    }
    if (span.continuesPrevious && previous?.span.runsOn) {
      draft.continues = previousIndex;
      if (draft.speakerMention === undefined) {
        draft.speakerMention = previous.speakerMention;
        draft.verb = previous.verb;
      }
    }
    if (draft.speakerMention === undefined && standalone) {
      const inherited = inheritSpeaker(context, drafts, draft, blocks);
      if (inherited !== undefined) {
        draft.speakerMention = inherited.mention;
        draft.verb = inherited.verb;
      }
    }
    if (draft.speakerMention === undefined && !standalone) {
      draft.speakerMention =
        sentenceSubject(context, span) ?? continuingSpeaker(context, drafts, span);
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
    }
  }
  return drafts.map((draft, index) => {
    const quote: Quote = {
      id: `q${index + 1}`,
      text: text.slice(draft.span.start, draft.span.end),
      start: draft.span.start,
      end: draft.span.end,
      kind: draft.kind,
    };
    // A scare quote marks a term, not speech: it has no speaker.
    if (draft.kind === "scare") return quote;
    if (draft.speakerMention !== undefined) {
      const name = resolver.nameOf(draft.speakerMention);
      if (name !== undefined && name !== "") {
        quote.speaker = { name, start: draft.speakerMention.start, end: draft.speakerMention.end };
      }
    }
    if (draft.verb !== undefined) quote.verb = draft.verb;
    if (draft.continues !== undefined) quote.continues = `q${draft.continues + 1}`;
    return quote;
  });
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
    return draft.attribution !== undefined ? "partial" : "scare";
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
