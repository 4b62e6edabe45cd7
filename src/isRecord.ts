/**
 * A plain object, as options and parsed JSON records are: not null, not an array. Shared by
 * the checks at every stage's entry.
 *
 * @param value - anything a caller passed
 * @returns whether its keys can be read as a record
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
