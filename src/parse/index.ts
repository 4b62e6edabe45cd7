export {
  parseArticle,
  type SafeParseFailure,
  type SafeParseResult,
  type SafeParseSuccess,
  safeParseArticle,
} from "./parseArticle.js";
export { ArticleSchema, assertArticle } from "./validateArticle.js";
export { ArticleInputSchema, defaultParseOptions, type ParseOptions } from "./validateInput.js";
