export { parseArticle, type SafeParseResult, safeParseArticle } from "./parseArticle.js";
export { ArticleInputSchema, defaultParseOptions, type ParseOptions } from "./validateInput.js";
