/**
 * Facts with evidence: people and their roles, organisations, places, dates, numbers.
 *
 * @module
 */
export { extractFacts } from "./extractFacts.js";
export { defaultFindDatesOptions, type FindDatesOptions, findDates } from "./findDates.js";
export { findEventDate } from "./findEventDate.js";
export { findNames, type NamesFound } from "./findNames.js";
export { findNumbers } from "./findNumbers.js";
export { findPeople } from "./findPeople.js";
export { defaultQuoteOptions, extractQuotes, type QuoteOptions } from "./quotes/index.js";
