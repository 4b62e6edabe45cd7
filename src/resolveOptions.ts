import { CorroborateError } from "./errors.js";
import { editDistance } from "./text/editDistance.js";

/**
 * Checking the options a caller passes to a configurable function: a plain object of
 * known keys (a misspelt key would otherwise be ignored silently, so it is refused with
 * the name it most likely meant), merged over the function's defaults, each value in its
 * range. One implementation for every stage.
 */

// The known option a misspelt key most likely meant: the one with the fewest edits.
function closestName(key: string, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const name of names) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best;
}

/**
 * Merges a caller's options over the defaults, after checking that they are a plain
 * object naming only known options.
 *
 * @param defaults - the function's defaults; their keys are the known options
 * @param options - what the caller passed (undefined for none)
 * @param where - the function's name, for messages
 * @returns the defaults with the caller's defined values over them
 * @throws CorroborateError with code `invalid-options` when `options` is not an object or
 *   names an unknown option ("sameStoryTreshold: did you mean sameStoryThreshold?")
 * @example
 * ```ts
 * resolveOptions({ maxScareWords: 3 }, { maxScareWords: 2 }, "extractQuotes"); // { maxScareWords: 2 }
 * ```
 */
export function resolveOptions<T extends object>(defaults: T, options: unknown, where: string): T {
  if (options === undefined) return { ...defaults };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new CorroborateError(
      "invalid-options",
      `${where}: options must be an object, got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`,
    );
  }
  const known = Object.keys(defaults);
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const issues = unknown.slice(0, 20).map((key) => {
      const meant = closestName(key, known);
      return {
        path: [key.slice(0, 80)],
        message: meant === undefined ? "unknown option" : `unknown option; did you mean ${meant}?`,
      };
    });
    const shown = unknown
      .slice(0, 3)
      .map((key) => `"${key.slice(0, 80)}"`)
      .join(", ");
    const hint = issues[0]?.message.includes("did you mean")
      ? ` (${issues[0].message.slice(16)})`
      : "";
    throw new CorroborateError(
      "invalid-options",
      `${where}: unknown option ${shown}${hint}`,
      issues,
    );
  }
  const merged = { ...defaults };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/**
 * Checks that an option is a number in its range.
 *
 * @param name - the option's name, for messages
 * @param value - its value
 * @param min - the smallest value allowed
 * @param max - the largest value allowed
 * @param integer - whether it must be a whole number
 * @throws CorroborateError with code `invalid-options` when the value is out of range
 * @example
 * ```ts
 * checkRange("maxScareWords", 3, 0, 20, true); // passes
 * checkRange("maxScareWords", -1, 0, 20, true); // throws
 * ```
 */
export function checkRange(
  name: string,
  value: unknown,
  min: number,
  max: number,
  integer: boolean,
): void {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw new CorroborateError(
      "invalid-options",
      `${name} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, got ${String(value)}`,
      [{ path: [name], message: `out of range: ${String(value)}` }],
    );
  }
}
