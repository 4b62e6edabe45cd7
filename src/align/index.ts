/**
 * Cross-outlet quote alignment: one statement, every outlet's version lined up word by word.
 *
 * @module
 */

export { type AlignOptions, defaultAlignOptions } from "./alignOptions.js";
export { alignQuotes } from "./alignQuotes.js";
export { QuoteGroupSchema } from "./quoteGroupSchema.js";
