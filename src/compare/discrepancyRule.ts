import type { Discrepancy, DiscrepancyKind } from "../types.js";
import type { StoryContext } from "./storyContext.js";

/** The option every rule has: whether it runs. */
export interface RuleOptions {
  /** Run the rule (true by default); false turns it off. */
  enabled: boolean;
}

/**
 * A finding as a rule reports it: everything but the id, the story and the kind, which
 * {@link findDiscrepancies} fills in.
 */
export type DiscrepancyDraft = Omit<Discrepancy, "id" | "storyId" | "kind">;

/**
 * One discrepancy rule, written the way lint rules and chrono's refiners are: a name, what
 * it checks, its options with their defaults and the ranges they may take, and a check
 * run on one story at a time. A rule that finds nothing returns an empty list; it never
 * throws for ordinary text.
 *
 * @typeParam Options - the rule's options, `enabled` and its thresholds
 */
export interface DiscrepancyRule<Options extends RuleOptions = RuleOptions> {
  /** The rule's name, the key of its options in `CompareOptions.rules` (`date`, `number`…). */
  readonly name: string;
  /** The kind of discrepancy it reports. */
  readonly kind: DiscrepancyKind;
  /** What it checks, in one sentence. */
  readonly description: string;
  /** Its options' defaults. */
  readonly defaultOptions: Readonly<Options>;
  /** The range each numeric option may take, inclusive. */
  readonly optionRanges: Readonly<Record<string, readonly [number, number]>>;
  /**
   * Checks one story.
   *
   * @param story - the story's articles, facts, people and aligned statements
   * @param options - the rule's options, every field filled
   * @returns the findings, in a deterministic order
   */
  check(story: StoryContext, options: Readonly<Options>): DiscrepancyDraft[];
}
