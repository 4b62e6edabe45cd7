import { describe, expect, it } from "vitest";
import { type SiteNoticeKind, siteNoticeKind } from "../../src/parse/siteNoticeKind.js";

// Footers and banners in the styles of several kinds of site (a national daily, a local
// weekly, a magazine, a member-funded newsroom, a podcast embed), and article text on the
// same topics that must stay article text.
const notices: [string, SiteNoticeKind][] = [
  // Cookie and consent notices: the site says what it does with cookies or data.
  ["We use cookies to remember your settings and to count visits.", "cookie-notice"],
  [
    "The Valley Courier and its advertising partners place cookies on your device to measure how our pages are read.",
    "cookie-notice",
  ],
  [
    "Our site relies on cookies and similar technologies; some are needed for the pages to work and others help us sell advertising.",
    "cookie-notice",
  ],
  [
    "We handle personal data under the UK data protection rules and only with your consent.",
    "cookie-notice",
  ],
  [
    "Change your mind whenever you like: you can amend your cookie preferences from the link at the bottom of every page.",
    "cookie-notice",
  ],
  [
    "By entering your email you agree to the Harbour Ledger privacy policy and terms of service.",
    "cookie-notice",
  ],
  [
    "This podcast player comes from Tidewave Audio, which may set cookies; allow them below to listen here.",
    "cookie-notice",
  ],
  // Requests to subscribe, sign up or log in.
  ["Subscribe today and read every story on any device.", "subscribe"],
  ["Sign up for the Friday briefing.", "subscribe"],
  ["Log in to keep reading.", "subscribe"],
  ["Get our weekly newsletter on county politics.", "subscribe"],
  [
    "A subscription keeps our small team at the courthouse and the council chamber every week.",
    "subscribe",
  ],
  ["The morning's headlines, straight to your inbox.", "subscribe"],
  // Donations: the reader asked to pay for the site's own work.
  [
    "If you value what you read here, a donation of any size helps our reporting stay free for everyone.",
    "subscribe",
  ],
  [
    "Chip in to support our journalism: your contribution goes straight to the newsroom.",
    "subscribe",
  ],
  // Who keeps the site free.
  ["The Ridge Weekly is free to read because of our generous sponsors.", "promo"],
  [
    "Our coverage of the county is made possible by the support of readers and local partners.",
    "promo",
  ],
  ["This newsletter is brought to you by our partners at Lakeside Credit Union.", "promo"],
];

const articleText: string[] = [
  // Stories about cookies, consent and data.
  "The bakery sold more than 4,000 cookies in one weekend and hired two more bakers.",
  "Regulators found the retailer had placed tracking cookies on shoppers' phones without consent.",
  "The watchdog fined the airline for keeping passengers' personal data for ten years.",
  "To clear cookies from your browser, open the settings menu and choose the privacy tab.",
  "We baked cookies for the neighbours every Christmas until the street was torn down.",
  "Our privacy laws are weaker than those of most of Europe, the report concludes.",
  // Stories about sponsors, subscriptions and donations.
  "The festival lost its main sponsor, a regional bank, two weeks before the opening night.",
  "“Our sponsors stood by us when the club went down a division,” the chairman said.",
  "“Subscribing ensures that local reporting survives,” the publisher told the meeting.",
  "Subscriptions to the paper fell by a third last year, according to its annual accounts.",
  "Residents can donate tinned food at the town hall until Friday.",
  "Few economists still subscribe to the idea that tariffs protect factory jobs.",
  "If you sign up for a three-year plan, the monthly price of most of these services falls by half.",
  "Voters who moved house must register again before the deadline in March.",
  "This is the last edition of the Friday newsletter this year; we will be back in January.",
  "",
];

describe("siteNoticeKind", () => {
  it.each(notices)("%j is a %s notice", (text, kind) => {
    expect(siteNoticeKind(text)).toBe(kind);
  });

  it.each(articleText)("%j is article text", (text) => {
    expect(siteNoticeKind(text)).toBeUndefined();
  });

  it("reads only the opening of a long paragraph", () => {
    const story = `${"The council met for six hours on Tuesday and voted on the harbour budget. ".repeat(8)}We use cookies to remember your settings.`;
    expect(siteNoticeKind(story)).toBeUndefined();
  });

  it("takes a long text about subscriptions for an article, not a pitch", () => {
    const review = `Subscribe to whichever service suits you. ${"The cheapest plan costs less than a coffee a month and covers five devices. ".repeat(7)}`;
    expect(siteNoticeKind(review)).toBeUndefined();
  });
});
