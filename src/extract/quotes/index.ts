/**
 * Quotes and who said them.
 *
 * @module
 */
export { defaultQuoteOptions, extractQuotes, type QuoteOptions } from "./extractQuotes.js";
