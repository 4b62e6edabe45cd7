import { CorroborateError } from "../errors.js";
import { checkRange, resolveOptions } from "../resolveOptions.js";
import type { ArticleFacts, CastMember, StoryGroup } from "../types.js";

/**
 * Options of {@link alignQuotes}. Every field is optional; missing ones come from
 * {@link defaultAlignOptions}.
 *
 * @group Align
 */
export interface AlignOptions {
  /** The stories to align within; without them {@link groupStories} groups the articles. */
  stories?: readonly StoryGroup[] | undefined;
  /** Each article's facts by article id, when already extracted; missing ones are extracted. */
  facts?: Readonly<Record<string, ArticleFacts>> | undefined;
  /**
   * The people of the articles across outlets, when {@link linkPeople} already ran over
   * `facts`; else each story's cast is linked from its facts.
   */
  cast?: readonly CastMember[] | undefined;
  /**
   * Return scare-quoted terms (“collective security”) as statements of their own. Either
   * way a scare quote joins a statement when its sentence names the statement's speaker
   * with a verb of saying (the quote finder could not tie it to them); a name or title in
   * quotes ("Deep Throat") never does.
   */
  includeScare?: boolean;
  /** Return statements that only one quote gives, as groups of one variant. */
  includeSingles?: boolean;
  /**
   * A quote of at most this many content words (words other than "the", "of", "and"…) is a
   * fragment ("a road to nowhere"): it joins the statement that contains it, never links two.
   */
  fragmentMaxContentWords?: number;
  /**
   * Share of a sentence's word weight that must be found in the other quote's sentence
   * (on the side that is better covered) for the two to be one statement, when both
   * outlets credit the same speaker.
   */
  minContainment?: number;
  /**
   * The same share when the speakers cannot be compared (one outlet names none, or names
   * a body no role of the other's person speaks for): more words must agree.
   */
  minUnattributedContainment?: number;
  /**
   * The least shared word weight (about one per content word, more for rare words) for
   * two sentences to be one statement.
   */
  minSharedWeight?: number;
  /**
   * Two sentences sharing fewer content words than this share a phrase, not a statement,
   * unless one of them is at least `minFragmentContainment` made of it.
   */
  minSharedContentWords?: number;
  /**
   * When the two outlets credit different people, one sentence must be covered this well
   * by the other (and the other at least `minContainment`): the same words credited to two
   * people are one statement, two people saying alike are not.
   */
  minDifferentSpeakerContainment?: number;
  /** Share of a fragment's word weight that a statement must contain for the fragment to join it. */
  minFragmentContainment?: number;
  /** The root is the longest variant that carries this share of the words the variants share. */
  rootCoverage?: number;
  /** Quotes compared with each quote, at most (the ones sharing the most word pairs). */
  maxCandidates?: number;
  /** Earlier quotes looked up per shared word pair, at most (keeps huge stories linear). */
  maxPostings?: number;
  /** Words of a quote used for alignment, at most; longer quotes are aligned on their start. */
  maxTokens?: number;
}

type Inputs = "stories" | "facts" | "cast";

/** {@link AlignOptions} with every field but the inputs filled. */
export type ResolvedAlignOptions = Required<Omit<AlignOptions, Inputs>> &
  Pick<AlignOptions, Inputs>;

/**
 * Defaults of {@link alignQuotes}. The thresholds were set on our own multi-outlet cases
 * and the seed articles (five outlets quoting one press conference), then checked on the
 * ECB+ development topics and PolNeAR's training stories: two renderings of one sentence
 * share 55–100% of the weight of the better-covered one, while two different statements of
 * one speaker that reuse a phrase ("without the Russian Federation") share 30–45%, so
 * `minContainment` sits at 0.5, and the false links between 0.5 and 0.6 all had speakers
 * that could not be compared (`minUnattributedContainment` 0.6).
 * Word weights are 0.2 for function words and 1 + ½·ln((N+1)/df) otherwise, N quotes in
 * the story and df of them carrying the word.
 *
 * @example
 * ```ts
 * alignQuotes(articles, { ...defaultAlignOptions, includeSingles: false });
 * ```
 *
 * @group Align
 */
export const defaultAlignOptions: Readonly<
  Required<Omit<AlignOptions, "stories" | "facts" | "cast">>
> = Object.freeze({
  includeScare: false,
  includeSingles: true,
  fragmentMaxContentWords: 3,
  minContainment: 0.5,
  minUnattributedContainment: 0.6,
  minSharedWeight: 3,
  minSharedContentWords: 4,
  minDifferentSpeakerContainment: 0.9,
  minFragmentContainment: 0.8,
  rootCoverage: 0.8,
  maxCandidates: 24,
  maxPostings: 64,
  maxTokens: 400,
});

/**
 * Merges caller options over {@link defaultAlignOptions} and checks them.
 *
 * @param options - the caller's options
 * @returns every option filled
 * @throws CorroborateError with code `invalid-options` when a value is out of range
 */
export function resolveAlignOptions(options: AlignOptions = {}): ResolvedAlignOptions {
  // The inputs a caller may hand over (stories, facts, cast) are known keys without defaults.
  const known: ResolvedAlignOptions = {
    ...defaultAlignOptions,
    stories: undefined,
    facts: undefined,
    cast: undefined,
  };
  const merged = resolveOptions(known, options, "alignQuotes");
  for (const name of ["includeScare", "includeSingles"] as const) {
    if (typeof merged[name] !== "boolean") {
      throw new CorroborateError("invalid-options", `${name} must be a boolean`, [
        { path: [name], message: "not a boolean" },
      ]);
    }
  }
  checkRange("fragmentMaxContentWords", merged.fragmentMaxContentWords, 0, 100, true);
  checkRange("minContainment", merged.minContainment, 0, 1, false);
  checkRange("minUnattributedContainment", merged.minUnattributedContainment, 0, 1, false);
  checkRange("minSharedWeight", merged.minSharedWeight, 0, 1000, false);
  checkRange("minSharedContentWords", merged.minSharedContentWords, 0, 1000, true);
  checkRange("minDifferentSpeakerContainment", merged.minDifferentSpeakerContainment, 0, 1, false);
  checkRange("minFragmentContainment", merged.minFragmentContainment, 0, 1, false);
  checkRange("rootCoverage", merged.rootCoverage, 0, 1, false);
  checkRange("maxCandidates", merged.maxCandidates, 1, 10_000, true);
  checkRange("maxPostings", merged.maxPostings, 1, 1e9, true);
  checkRange("maxTokens", merged.maxTokens, 8, 100_000, true);
  return merged;
}
