import { PLAIN_SAYING_VERBS } from "../text/speechWords.js";
import { lowerWords } from "../text/words.js";

/**
 * What a piece of a site's own text does: explains cookies and consent, asks the reader to
 * subscribe, sign up, log in or give money, or says who keeps the site free.
 */
/**
 * A label or button about subscribing or an account ("Sign in", "Newsletter", "Skip past
 * newsletter promotion"); the caller tests short lines only, where such a word is the label.
 */
export const SUBSCRIBE_LABEL =
  /(?<![\p{L}\p{N}])(?:subscribe|subscription|newsletter|sign up|signup|sign in|log in|login|register for|inbox|unsubscribe)(?![\p{L}\p{N}])/iu;

export type SiteNoticeKind = "cookie-notice" | "subscribe" | "promo";

// A notice is the site speaking about itself to its reader. These are the words of that
// voice: the site ("we", "our", "this website", "this content") and the reader ("you").
const SITE_WORDS = new Set(["we", "us", "our", "ours"]);
const READER_WORDS = new Set(["you", "your", "yours", "yourself"]);
// "this website", "our site", "this content", "this player": the site or its embedded
// player naming itself, which no story about cookies does.
const SITE_SELF_HEADS = new Set(["this", "our"]);
const SITE_SELF_NOUNS = new Set([
  "site",
  "website",
  "content",
  "page",
  "pages",
  "service",
  "app",
  "player",
  "video",
  "podcast",
  "embed",
]);

// What each kind of notice is about. Cookies and consent: the words of data protection.
const COOKIE_TOPIC = new Set(["cookie", "cookies", "gdpr", "consent", "consented", "consents"]);
const COOKIE_TOPIC_PAIRS = new Set([
  "personal data",
  "data protection",
  "privacy policy",
  "privacy notice",
  "privacy settings",
  "privacy options",
  "privacy choices",
  "privacy preferences",
  "tracking technologies",
  "similar technologies",
]);
// What a site does with cookies and data, and what it asks the reader to do about them.
const COOKIE_HANDLING = new Set([
  "use",
  "uses",
  "using",
  "set",
  "sets",
  "store",
  "stores",
  "stored",
  "collect",
  "collects",
  "process",
  "processes",
  "handle",
  "handles",
  "accept",
  "allow",
  "reject",
  "manage",
  "customise",
  "customize",
  "enable",
  "disable",
  "withdraw",
  "adjust",
  "amend",
  "change",
  "update",
  "verify",
]);
// What the reader is asked to choose, and the words of agreeing to it.
const COOKIE_CHOICES = new Set(["preferences", "settings", "choices", "options"]);
const CONSENT_ACTS = new Set([
  "agree",
  "agreeing",
  "accept",
  "accepting",
  "acceptance",
  "consent",
  "consented",
  "consenting",
]);

// Subscribing, signing up, registering, logging in: what a pitch asks the reader to do.
const SUBSCRIBE_ACTS = new Set([
  "subscribe",
  "subscribing",
  "subscription",
  "subscriptions",
  "register",
  "registering",
  "login",
  "signup",
]);
// What a pitch offers; the word alone ("this newsletter will be dark next week") asks nothing.
const SUBSCRIBE_OFFERS = new Set(["newsletter", "newsletters", "alerts", "updates"]);
// Delivered to "your inbox": the site's own product offered to the reader. A tagline says
// no more than that ("The day's news, free to your inbox"); a longer text about an inbox is
// a newsletter speaking about itself.
const DELIVERED = new Set(["inbox", "delivered"]);
const TAGLINE_WORDS = 25;
const SUBSCRIBE_ACT_PAIRS = new Set([
  "sign up",
  "signing up",
  "sign in",
  "signing in",
  "log in",
  "logging in",
  "full access",
  "unlimited access",
]);
// A sentence that opens with an order to the reader: "Subscribe to …", "Not a member? Sign
// up now!".
const SUBSCRIBE_ORDERS = new Set(["subscribe", "sign", "join", "register", "log", "unlock", "get"]);
// "subscribe to the idea that …": agreeing with a view, not buying a paper.
const HELD_VIEWS = new Set(["idea", "view", "notion", "theory", "belief", "argument", "thesis"]);

// Money given to keep the site going.
const DONATION_TOPIC = new Set([
  "donate",
  "donating",
  "donation",
  "donations",
  "contribute",
  "contribution",
  "contributions",
  "membership",
]);
// What a donation pays for: the site's own work ("our journalism", "our newsroom").
const SITE_WORK = new Set([
  "journalism",
  "reporting",
  "newsroom",
  "site",
  "website",
  "work",
  "mission",
  "coverage",
  "stories",
  "publication",
]);

// Those who pay so that readers do not.
const SPONSOR_TOPIC = new Set([
  "sponsor",
  "sponsors",
  "partners",
  "patrons",
  "supporters",
  "advertisers",
  "donors",
  "funders",
  "underwriters",
]);
// What they make possible: the site free, accessible, possible, funded.
const SPONSOR_BENEFIT = new Set([
  "free",
  "freely",
  "accessible",
  "possible",
  "funded",
  "supported",
  "sponsored",
  "underwritten",
  "brought",
]);

// Quotation marks: a notice does not quote anyone, a story does.
const QUOTE_MARK = /["“”«»„]/u;
// Notices are short; in a long paragraph only the opening is read, so an article that
// mentions cookies or subscriptions further on stays an article. A pitch for subscriptions,
// donations or sponsors is a few sentences at most; a longer paragraph that makes one is an
// article about such things (a newsletter about itself, a review of paid services).
const OPENING_CHARACTERS = 400;
const PITCH_WORDS = 80;

/**
 * What a line or paragraph of site text does, recognised by its function words rather than
 * by one site's wording: a cookie or consent notice (the site says what it does with
 * cookies or data: "we use cookies", "your consent"), a request to subscribe, sign up, log
 * in or donate ("Subscribe to …", "subscribing gives you …", "your donation keeps our
 * journalism …"), or a note on who keeps the site free ("free thanks to our sponsors").
 * Reported speech is never a notice: text with quotation marks or a verb of saying is the
 * story's.
 *
 * @param text - one line or paragraph
 * @returns the kind of notice, or undefined for article text
 * @example
 * ```ts
 * siteNoticeKind("We use cookies to remember your settings and to count visits."); // "cookie-notice"
 * siteNoticeKind("The bakery sold 4,000 cookies in one weekend."); // undefined
 * ```
 */
export function siteNoticeKind(text: string): SiteNoticeKind | undefined {
  const opening = text.slice(0, OPENING_CHARACTERS);
  if (QUOTE_MARK.test(opening)) return undefined;
  const words = lowerWords(opening);
  if (words.length === 0) return undefined;
  let siteVoice = false;
  let siteSelf = false;
  let readerVoice = false;
  let cookieTopic = false;
  let cookieHandling = false;
  let cookieChoice = false;
  let consentAct = false;
  let subscribeAct = false;
  let subscribeOffer = false;
  let donationTopic = false;
  let delivered = false;
  let ownWork = false;
  let sponsorTopic = false;
  let sponsorBenefit = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? "";
    const next = words[index + 1] ?? "";
    const pair = `${word} ${next}`;
    if (PLAIN_SAYING_VERBS.has(word) || pair === "according to") return undefined;
    if (SITE_SELF_HEADS.has(word) && SITE_SELF_NOUNS.has(next)) siteSelf = true;
    if (SITE_WORDS.has(word)) siteVoice = true;
    if (READER_WORDS.has(word)) readerVoice = true;
    if (COOKIE_TOPIC.has(word) || COOKIE_TOPIC_PAIRS.has(pair)) cookieTopic = true;
    if (COOKIE_HANDLING.has(word)) cookieHandling = true;
    if (COOKIE_CHOICES.has(word)) cookieChoice = true;
    if (CONSENT_ACTS.has(word)) consentAct = true;
    if (
      (SUBSCRIBE_ACTS.has(word) || SUBSCRIBE_ACT_PAIRS.has(pair)) &&
      !(word.startsWith("subscri") && next === "to" && heldView(words, index + 2))
    )
      subscribeAct = true;
    if (SUBSCRIBE_OFFERS.has(word)) subscribeOffer = true;
    if (DELIVERED.has(word)) delivered = true;
    if (DONATION_TOPIC.has(word) || pair === "chip in") donationTopic = true;
    if (word === "our" && (SITE_WORK.has(next) || SITE_WORK.has(words[index + 2] ?? "")))
      ownWork = true;
    if (SPONSOR_TOPIC.has(word)) sponsorTopic = true;
    if (SPONSOR_BENEFIT.has(word)) sponsorBenefit = true;
  }
  siteVoice ||= siteSelf;
  // The site (or its player) speaks of its cookies or data, says what it does with them,
  // or the reader is told how to consent or choose ("you agree to the privacy policy",
  // "change your cookie settings").
  if (
    cookieTopic &&
    (siteSelf ||
      (siteVoice && (readerVoice || cookieHandling)) ||
      (readerVoice && (consentAct || (cookieHandling && cookieChoice))))
  )
    return "cookie-notice";
  const length = wordCountUpTo(text, PITCH_WORDS + 1);
  if (length > PITCH_WORDS) return undefined;
  // "Subscribe to …", a sign-up pitch in the site's voice, or the site's newsletter offered
  // to the reader ("… in your inbox every Friday").
  const order = (subscribeAct || subscribeOffer) && opensWithOrder(opening);
  const tagline = readerVoice && delivered && length <= TAGLINE_WORDS;
  if (order || tagline || (subscribeAct && (siteVoice || (readerVoice && delivered))))
    return "subscribe";
  // The reader asked to pay for the site's own work.
  if (donationTopic && readerVoice && ownWork) return "subscribe";
  // The site says who keeps it free.
  if (sponsorTopic && siteVoice && sponsorBenefit) return "promo";
  return undefined;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// The number of words, counted no further than `limit`: a long paragraph is not read to its end.
function wordCountUpTo(text: string, limit: number): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) {
    count++;
    if (count >= limit) break;
  }
  return count;
}

// The first word of each sentence, lower-cased.
const SENTENCE_OPENING = /(?:^|[.!?]\s)\s*[("'“‘]?(\p{L}+)/gu;

function opensWithOrder(text: string): boolean {
  for (const match of text.matchAll(SENTENCE_OPENING)) {
    if (SUBSCRIBE_ORDERS.has((match[1] ?? "").toLowerCase())) return true;
  }
  return false;
}

// "to the idea that …", "to this view": the words after "subscribe to".
function heldView(words: readonly string[], from: number): boolean {
  const first = words[from] ?? "";
  const noun = /^(?:the|this|that|a|an)$/u.test(first) ? (words[from + 1] ?? "") : first;
  return HELD_VIEWS.has(noun);
}
