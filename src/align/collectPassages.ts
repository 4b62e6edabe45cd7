import { findSentences } from "../text/findSentences.js";
import type { Article, Quote, QuoteKind, VariantSpeaker } from "../types.js";
import { type QuoteToken, quoteTokens, type WordCache } from "./quoteTokens.js";

/** A sentence (or a stretch between elision marks) of a passage, as token indices. */
export interface PassageUnit {
  /** Index of the quote in {@link Passage.quotes}. */
  part: number;
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  /** The outlet cut words out just before it (an elision mark). */
  afterElision: boolean;
}

/** A quote, or the halves of a broken quote read as one: what alignment works on. */
export interface Passage {
  /** Position in the story. */
  index: number;
  /** The article. */
  articleId: string;
  /** Position of the article in the input. */
  articleOrder: number;
  /** The quotes, in text order: one, or a chain linked by `continues`. */
  quotes: Quote[];
  /** `direct` if any quote is, else the first quote's kind. */
  kind: QuoteKind;
  /** The first speaker the chain gives. */
  speaker?: VariantSpeaker | undefined;
  /** The words, in order, at most `maxTokens`. */
  tokens: QuoteToken[];
  /** The quote each token comes from (index into `quotes`). */
  tokenPart: number[];
  /** Sentences, in order. */
  units: PassageUnit[];
  /** Short enough to be a fragment (scare quotes always are). */
  fragment: boolean;
  /** A scare-quoted term: it may join a statement, but is no statement of its own. */
  scare: boolean;
  /** The article's body (the same string, not a copy), to read the sentence around it. */
  body: string;
}

// An elision mark inside a quote joins two stretches the outlet cut apart.
const ELISION = /\u2026|\.\.\./gu;
/** The quote chains of an article: each quote with the quotes that continue it. */
function quoteChains(quotes: readonly Quote[]): Quote[][] {
  const chainOf = new Map<string, Quote[]>();
  const chains: Quote[][] = [];
  for (const quote of quotes) {
    const previous = quote.continues === undefined ? undefined : chainOf.get(quote.continues);
    if (previous) {
      previous.push(quote);
      chainOf.set(quote.id, previous);
    } else {
      const chain = [quote];
      chains.push(chain);
      chainOf.set(quote.id, chain);
    }
  }
  return chains;
}

function unitBounds(body: string, quote: Quote): [number, number, boolean][] {
  const bounds: [number, number, boolean][] = [];
  let afterElision = false;
  for (const sentence of findSentences(body, { start: quote.start, end: quote.end }, 0, [])) {
    let from = sentence.start;
    for (const mark of body.slice(sentence.start, sentence.end).matchAll(ELISION)) {
      const at = sentence.start + mark.index;
      bounds.push([from, at, afterElision]);
      afterElision = true;
      from = at + mark[0].length;
    }
    bounds.push([from, sentence.end, afterElision]);
    afterElision = false;
  }
  return bounds;
}

/**
 * An article's passages: its quotes, the halves of a broken quote joined, each cut into
 * sentence units and tokens. Scare quotes are kept as fragments marked `scare`.
 *
 * @param article - the article
 * @param quotes - its quotes, in text order
 * @param speakerOf - the speaker of a quote with its cross-outlet key
 * @param options - which quotes to keep and how long a fragment is
 * @param cache - stems and folded names, shared across a story's articles
 * @returns the passages, in text order; `index` is left at 0 for the caller to number
 */
export function collectPassages(
  article: Article,
  articleOrder: number,
  quotes: readonly Quote[],
  speakerOf: (quote: Quote) => VariantSpeaker | undefined,
  options: { fragmentMaxContentWords: number; maxTokens: number },
  cache: WordCache = { stems: new Map(), nameKeys: new Map() },
): Passage[] {
  const passages: Passage[] = [];
  for (const chain of quoteChains(quotes)) {
    const tokens: QuoteToken[] = [];
    const tokenPart: number[] = [];
    const units: PassageUnit[] = [];
    for (const [part, quote] of chain.entries()) {
      const partTokens = quoteTokens(article.body, quote.start, quote.end, cache);
      let cursor = 0;
      for (const [start, end, afterElision] of unitBounds(article.body, quote)) {
        const from = tokens.length + cursor;
        while (cursor < partTokens.length && (partTokens[cursor]?.start ?? end) < end) cursor++;
        const to = tokens.length + cursor;
        if (to > from && start < end) units.push({ part, from, to, afterElision });
      }
      for (const token of partTokens) {
        tokens.push(token);
        tokenPart.push(part);
      }
    }
    if (tokens.length === 0) continue;
    const kept = Math.min(tokens.length, options.maxTokens);
    const first = chain[0] as Quote;
    const speaker = chain.map(speakerOf).find((found) => found !== undefined);
    const scare = chain.every((quote) => quote.kind === "scare");
    passages.push({
      index: 0,
      articleId: article.id,
      articleOrder,
      quotes: chain,
      kind: chain.some((quote) => quote.kind === "direct") ? "direct" : first.kind,
      speaker,
      tokens: tokens.slice(0, kept),
      tokenPart: tokenPart.slice(0, kept),
      units: units
        .filter((unit) => unit.from < kept)
        .map((unit) => ({ ...unit, to: Math.min(unit.to, kept) })),
      fragment:
        scare ||
        tokens.filter((token) => !token.functional).length <= options.fragmentMaxContentWords,
      scare,
      body: article.body,
    });
  }
  return passages;
}
