// A format label in brackets after a headline ("[Watch]", "(video)") or before it
// ("WATCH:", "Photos:") tells what the page carries, and is not part of the headline.
const MEDIA_WORDS = "watch|video|videos|photos?|pictures|gallery|listen|audio|podcast";
const TRAILING_MEDIA_LABEL = new RegExp(
  `(?<!\\s)\\s*[[(](?:with\\s)?(?:${MEDIA_WORDS})[\\])]$`,
  "iu",
);
const LEADING_MEDIA_LABEL = new RegExp(`^(?:${MEDIA_WORDS})\\s?:\\s+(?=\\S)`, "iu");

/**
 * A headline without the format label a page prints beside it: "Otters return (video)"
 * gives "Otters return", "WATCH: Choir sings" gives "Choir sings".
 *
 * @param headline - a headline as printed
 * @returns the headline without a leading or trailing format label
 */
export function withoutFormatLabel(headline: string): string {
  return headline.replace(TRAILING_MEDIA_LABEL, "").replace(LEADING_MEDIA_LABEL, "");
}
