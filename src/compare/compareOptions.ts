import type { AlignOptions } from "../align/alignOptions.js";
import { CorroborateError } from "../errors.js";
import type { GroupOptions } from "../group/groupOptions.js";
import { isRecord } from "../isRecord.js";
import type { ParseOptions } from "../parse/validateInput.js";
import { checkRange, resolveOptions } from "../resolveOptions.js";
import type { ArticleFacts, CastMember, QuoteGroup, StoryGroup } from "../types.js";
import type { AttributionRuleOptions } from "./rules/attributionRule.js";
import { attributionRule } from "./rules/attributionRule.js";
import type { DateRuleOptions } from "./rules/dateRule.js";
import { dateRule } from "./rules/dateRule.js";
import type { NameRuleOptions } from "./rules/nameRule.js";
import { nameRule } from "./rules/nameRule.js";
import type { NumberRuleOptions } from "./rules/numberRule.js";
import { numberRule } from "./rules/numberRule.js";
import type { QuoteRuleOptions } from "./rules/quoteRule.js";
import { quoteRule } from "./rules/quoteRule.js";
import type { RoleRuleOptions } from "./rules/roleRule.js";
import { roleRule } from "./rules/roleRule.js";

/** Every rule's options, filled: what the rules run with. */
export interface CompareRuleOptions {
  /** The {@link dateRule}'s options. */
  date: DateRuleOptions;
  /** The {@link numberRule}'s options. */
  number: NumberRuleOptions;
  /** The {@link nameRule}'s options. */
  name: NameRuleOptions;
  /** The {@link roleRule}'s options. */
  role: RoleRuleOptions;
  /** The {@link quoteRule}'s options. */
  quote: QuoteRuleOptions;
  /** The {@link attributionRule}'s options. */
  attribution: AttributionRuleOptions;
}

/**
 * What a caller may say about each rule: `false` turns it off, `true` keeps its defaults,
 * and an object changes some of its options (`{ outlierDays: 30 }`, `{ enabled: false }`).
 */
export type CompareRuleSettings = {
  [Name in keyof CompareRuleOptions]?: boolean | Partial<CompareRuleOptions[Name]>;
};

/**
 * Options of {@link findDiscrepancies}, {@link findExclusives} and {@link compareArticles}.
 * Every field is optional; rule options missing come from {@link defaultCompareOptions}.
 */
export interface CompareOptions {
  /** Rules to turn off and thresholds to change, by rule name. */
  rules?: CompareRuleSettings | undefined;
  /** The stories to compare within; without them `groupStories` groups the articles. */
  stories?: readonly StoryGroup[] | undefined;
  /** Each article's facts by article id, when already extracted; missing ones are extracted. */
  facts?: Readonly<Record<string, ArticleFacts>> | undefined;
  /** The people across the articles, when `linkPeople` already ran over the same facts. */
  cast?: readonly CastMember[] | undefined;
  /** The aligned statements, when `alignQuotes` already ran over the same stories. */
  quoteGroups?: readonly QuoteGroup[] | undefined;
  /** Options for `parseArticle`, used by {@link compareArticles} on inputs not yet parsed. */
  parse?: ParseOptions | undefined;
  /** Options for `groupStories`, when the stories are not given. */
  group?: GroupOptions | undefined;
  /** Options for `alignQuotes` (its thresholds; stories, facts and cast come from here). */
  align?: Omit<AlignOptions, "stories" | "facts" | "cast"> | undefined;
}

/** {@link CompareOptions} checked and filled: every rule's options complete. */
export interface ResolvedCompareOptions extends Omit<CompareOptions, "rules"> {
  /** Every rule's options. */
  rules: CompareRuleOptions;
}

/**
 * Defaults of the comparison: every rule on, with the thresholds below. They were set on
 * our own multi-outlet cases (`test/compare`), the five seed articles and by reading every
 * finding on the ECB+ development topics, favouring precision: a finding must be a
 * disagreement a careful reader agrees with.
 *
 * - `date`: `outlierDays` 14 (reports of one event come days apart; a banner date months
 *   off stands out), `eventToleranceDays` 1 (time zones, next-day reports), `minSharedContext`
 *   2, `checkWeekdays` true, `timeToleranceMinutes` 30;
 * - `number`: `minSharedContext` 2, `reportGrowth` false;
 * - `name`: `maxLetterEdits` 2;
 * - `role`: `reportDifferences` true;
 * - `quote`: `includePartials` true, `minSimilarity` 0.3;
 * - `attribution`: `includeIndirectSpeakers` false, `maxEvidenceChars` 600.
 *
 * @example
 * ```ts
 * compareArticles(inputs, { rules: { role: false, date: { outlierDays: 30 } } });
 * defaultCompareOptions.rules.date.outlierDays; // 14
 * ```
 */
export const defaultCompareOptions: Readonly<{
  /** Each rule's default options, by rule name. */
  rules: Readonly<CompareRuleOptions>;
}> = Object.freeze({
  rules: Object.freeze({
    date: dateRule.defaultOptions,
    number: numberRule.defaultOptions,
    name: nameRule.defaultOptions,
    role: roleRule.defaultOptions,
    quote: quoteRule.defaultOptions,
    attribution: attributionRule.defaultOptions,
  }),
});

const RULES = {
  date: dateRule,
  number: numberRule,
  name: nameRule,
  role: roleRule,
  quote: quoteRule,
  attribution: attributionRule,
} as const;

const TOP_LEVEL = new Set([
  "rules",
  "stories",
  "facts",
  "cast",
  "quoteGroups",
  "parse",
  "group",
  "align",
]);

function invalid(path: (string | number)[], message: string): never {
  throw new CorroborateError("invalid-options", `compare options: ${path.join(".")} ${message}`, [
    { path, message },
  ]);
}

function resolveRule<Name extends keyof CompareRuleOptions>(
  name: Name,
  setting: unknown,
): CompareRuleOptions[Name] {
  const rule = RULES[name];
  const defaults = rule.defaultOptions as unknown as Record<string, unknown>;
  if (setting === undefined || setting === true)
    return { ...defaults } as unknown as CompareRuleOptions[Name];
  if (setting === false)
    return { ...defaults, enabled: false } as unknown as CompareRuleOptions[Name];
  if (!isRecord(setting)) invalid(["rules", name], "must be a boolean or an object");
  const merged = resolveOptions(defaults, setting, `compare options: rules.${name}`);
  for (const [key, value] of Object.entries(setting)) {
    if (value === undefined) continue;
    const expected = typeof defaults[key];
    if (typeof value !== expected) invalid(["rules", name, key], `must be a ${expected}`);
    if (typeof value === "number") {
      const [low, high] = rule.optionRanges[key] ?? [0, Number.MAX_SAFE_INTEGER];
      checkRange(`compare options: rules.${name}.${key}`, value, low, high, false);
    }
  }
  return merged as unknown as CompareRuleOptions[Name];
}

/**
 * Checks a caller's options and fills in every rule's defaults.
 *
 * @param options - the caller's options
 * @returns the options with every rule's options complete
 * @throws CorroborateError with code `invalid-options` for an unknown key, a rule that does
 *   not exist, an option of the wrong type or out of its range
 */
export function resolveCompareOptions(options: unknown = {}): ResolvedCompareOptions {
  if (options === undefined) return resolveCompareOptions({});
  if (!isRecord(options)) invalid([], "must be an object");
  for (const key of Object.keys(options)) {
    if (!TOP_LEVEL.has(key)) invalid([key], "is not a compare option");
  }
  const rules = options["rules"];
  if (rules !== undefined && !isRecord(rules)) invalid(["rules"], "must be an object");
  for (const key of Object.keys(rules ?? {})) {
    if (!(key in RULES)) invalid(["rules", key], "is not a rule");
  }
  const settings = (rules ?? {}) as Record<string, unknown>;
  for (const key of ["stories", "cast", "quoteGroups"] as const) {
    if (options[key] !== undefined && !Array.isArray(options[key]))
      invalid([key], "must be an array");
  }
  for (const key of ["facts", "parse", "group", "align"] as const) {
    if (options[key] !== undefined && !isRecord(options[key])) invalid([key], "must be an object");
  }
  const resolved: ResolvedCompareOptions = {
    ...(options as CompareOptions),
    rules: {
      date: resolveRule("date", settings["date"]),
      number: resolveRule("number", settings["number"]),
      name: resolveRule("name", settings["name"]),
      role: resolveRule("role", settings["role"]),
      quote: resolveRule("quote", settings["quote"]),
      attribution: resolveRule("attribution", settings["attribution"]),
    },
  };
  return resolved;
}
