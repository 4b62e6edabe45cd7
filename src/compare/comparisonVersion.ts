/**
 * The version of the {@link Comparison} format `compareArticles` writes. It changes when a
 * field is removed or changes meaning; added fields keep it.
 *
 * @example
 * ```ts
 * if (stored.version !== COMPARISON_VERSION) console.warn("written by another version");
 * ```
 */
export const COMPARISON_VERSION = "1";
