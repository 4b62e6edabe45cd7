/**
 * How far each kind of publication-date evidence is trusted: one table for both parse
 * paths (HTML and plain text), so that a dateline or a banner date means the same
 * confidence whichever path read it, and the rule that makes a publication date too weak
 * to resolve relative dates against without saying so.
 *
 * @module
 */

import type { PublishedSource } from "../types.js";

/**
 * The confidence of each kind of publication-date evidence, keyed by the
 * `PublishedSource` it is reported as and, within a source, by the few cases that are
 * truly different evidence (a machine stamp or a printed date, where on the page it
 * stands). Both parse paths read their values here: a dateline, a header date or a page
 * banner has one confidence whether the page came as HTML or as copied text.
 *
 * A date whose label says it is a later edit ("Updated …") is worth
 * {@link UPDATED_LABEL_PENALTY} less than the same date unlabelled; a machine stamp of
 * modification (`dateModified`, `article:modified_time`) is worth
 * {@link MODIFIED_STAMP_CONFIDENCE}.
 */
export const DATE_SOURCE_CONFIDENCE = {
  /** Given by the caller (`ArticleInput.published`): nothing is surer. */
  input: { given: 1 },
  "json-ld": {
    /** `datePublished` of the page's article object. */
    article: 0.95,
    /** `dateCreated` of the article object. */
    created: 0.85,
    /** `uploadDate` of the article object (video pages). */
    uploaded: 0.8,
    /** `datePublished` of another object on the page (a list, a related story). */
    otherObject: 0.75,
  },
  /** A meta tag that states the publication time (`article:published_time`, `pubdate`, …). */
  meta: { published: 0.9 },
  "time-element": {
    /** An element marked `itemprop=datePublished` or `dateCreated`. */
    itemprop: 0.88,
    /** A `<time pubdate>` or one whose class says published or posted. */
    labelled: 0.85,
    /** A `<time>` inside the article, its header or its byline. */
    inArticle: 0.7,
    /** A `<time>` elsewhere on the page. */
    elsewhere: 0.55,
    /** One of many `<time>` elements with different days: a feed of other stories. */
    feed: 0.4,
  },
  /** A date in the page's address (`/2025/08/20/`): the day the page was filed, often the publication day. */
  url: { path: 0.7 },
  dateline: {
    /**
     * A dateline printed above the article ("Moscow, Russia 21 August 2025"): the
     * newsroom's own statement of the day, above dates found in the page's text but below
     * the header date and the machine stamps (0.6 holds on both halves of the naeb and
     * htmldate development sets; 0.7 and 0.8 each lose an htmldate page).
     */
    printed: 0.6,
  },
  byline: {
    /**
     * A date printed in the article's header, beside the byline: the day the reader is
     * shown (an HTML page's date line under the headline, a copied page's "By Ann Lee |
     * May 2, 2025" above or below it).
     */
    header: 0.9,
    /**
     * A date beside a byline elsewhere: an HTML element whose class or id says date,
     * byline or meta; a copied article's byline at its foot or in its first lines.
     */
    beside: 0.65,
  },
  text: {
    /** A date line within three lines of a copied page's headline ("Published: Dec. 23, 2023"). */
    nearHeadline: 0.7,
    /**
     * A date below a copied page's headline: inside a mixed line under it ("Ann Lee ·
     * Posted: Dec 22, 2023"), or a date line in the first lines of the article's run.
     */
    belowHeadline: 0.6,
    /** A date line in a copied page's header, farther from the headline. */
    farther: 0.5,
    /** An age in hours or minutes ("3 hours ago") counted back from the retrieval date. */
    ageInHours: 0.5,
    /** An age in days or weeks ("2 days ago") counted back from the retrieval date: the day is less sure. */
    ageInDays: 0.4,
    /**
     * A date in a page's visible text after a publication label ("Eingestellt am
     * 03.05.2018", "Posted on May 3"): the page saying which of its dates is its own.
     */
    labelled: 0.4,
    /** A date anywhere in a page's visible text: the last resort. */
    page: 0.3,
  },
  /** Today's date in a page banner, beside the weather and the clock: the weakest evidence. */
  banner: { today: 0.3 },
} as const satisfies Record<PublishedSource, Readonly<Record<string, number>>>;

/** How much less a date is worth when its label says it dates a later edit ("Updated Dec. 23"). */
export const UPDATED_LABEL_PENALTY = 0.2;

/** The confidence of a machine stamp of modification (`dateModified`, `article:modified_time`, `<time class="updated">`). */
export const MODIFIED_STAMP_CONFIDENCE = 0.5;

/**
 * From this confidence on, a date is strong evidence: with one, the HTML reader does not
 * fall back on dates in the page's running text, and a visible day this strong may correct
 * a UTC-only stamp.
 */
export const STRONG_DATE_CONFIDENCE = 0.6;

/**
 * The confidence of a date that an "Updated" label marks as a later edit.
 *
 * @param confidence - the confidence of the same evidence unlabelled, from {@link DATE_SOURCE_CONFIDENCE}
 * @returns the confidence lowered by {@link UPDATED_LABEL_PENALTY}, never below 0
 * @example
 * ```ts
 * updatedConfidence(DATE_SOURCE_CONFIDENCE.byline.header); // 0.7
 * ```
 */
export function updatedConfidence(confidence: number): number {
  return Math.max(0, Math.round((confidence - UPDATED_LABEL_PENALTY) * 100) / 100);
}

/**
 * Below this confidence a publication date is weak evidence: relative dates resolved
 * against it are `weak-reference` (see `DateMention.certainty`).
 */
export const WEAK_DATE_CONFIDENCE = 0.5;

/**
 * Whether a publication date is too weak to resolve relative dates against without saying
 * so: a page banner (today's date beside the weather and the clock), or any source whose
 * confidence is below {@link WEAK_DATE_CONFIDENCE}.
 *
 * @param source - where the publication date came from
 * @param confidence - its confidence, from 0 to 1
 * @returns true for a weak publication date
 * @example
 * ```ts
 * isWeakPublishedDate("banner", 0.3); // true
 * isWeakPublishedDate("text", 0.4); // true
 * isWeakPublishedDate("dateline", 0.8); // false
 * ```
 */
export function isWeakPublishedDate(source: PublishedSource, confidence: number): boolean {
  return source === "banner" || confidence < WEAK_DATE_CONFIDENCE;
}
