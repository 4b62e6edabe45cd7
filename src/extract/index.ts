/**
 * Facts with evidence: people and their roles, organisations, places, dates, numbers.
 *
 * @module
 */
export { extractFacts } from "./extractFacts.js";
export { extractQuotes } from "./extractQuotes.js";
export { ArticleFactsSchema, CastMemberSchema } from "./factsSchema.js";
export { defaultFindDatesOptions, type FindDatesOptions, findDates } from "./findDates.js";
export { findEventDate } from "./findEventDate.js";
export { findNames, type NamesFound } from "./findNames.js";
export { findNumbers } from "./findNumbers.js";
export { findPeople } from "./findPeople.js";
export { linkPeople } from "./people/linkPeople.js";
export { namesMatch, personKey } from "./people/personName.js";
export { defaultQuoteOptions, type QuoteOptions } from "./quotes/attributeQuotes.js";
