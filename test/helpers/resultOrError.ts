import { expect } from "vitest";
import { CorroborateError } from "../../src/errors.js";

/**
 * Runs `run` and gives its result, or undefined when it threw a CorroborateError; any other
 * error fails the test (the promise of issue 13: a result or a CorroborateError, never a
 * raw TypeError or RangeError).
 */
export function resultOrCorroborateError<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorroborateError);
    return undefined;
  }
}
