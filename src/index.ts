/**
 * corroborate: compare how different outlets report the same news event.
 *
 * @module corroborate
 */
export * from "./align/index.js";
export * from "./compare/index.js";
export type { CorroborateErrorCode, CorroborateIssue } from "./errors.js";
export { CorroborateError } from "./errors.js";
export * from "./extract/index.js";
export * from "./group/index.js";
export * from "./parse/index.js";
export * from "./report/index.js";
export type * from "./types.js";
