import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findHeadline } from "../../../src/parse/html/findHeadline.js";
import { findPublishedDate } from "../../../src/parse/html/findPublishedDate.js";
import { readJsonLd } from "../../../src/parse/html/readJsonLd.js";
import { readMetaTags } from "../../../src/parse/html/readMetaTags.js";

describe("findPublishedDate", () => {
  const find = (head: string, body: string, url?: string) => {
    const { document } = parseHTML(
      `<html><head>${head}</head><body>${body}</body></html>`,
    ) as unknown as {
      document: Document;
    };
    const jsonLd = readJsonLd(document);
    const meta = readMetaTags(document);
    const headline = findHeadline(document, jsonLd, meta, []);
    return findPublishedDate(document, jsonLd, meta, {
      ...(url === undefined ? {} : { url }),
      ...(headline === undefined ? {} : { headline }),
    });
  };
  const cases: [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ][] = [
    [
      "JSON-LD datePublished",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-08-20T14:05:00+03:00"}</script>`,
      "",
      undefined,
      "2025-08-20",
      "json-ld",
    ],
    [
      "article:published_time",
      `<meta property="article:published_time" content="2025-08-20T09:00:00+02:00">`,
      "",
      undefined,
      "2025-08-20",
      "meta",
    ],
    [
      "a pubdate time element",
      "",
      `<article><time pubdate datetime="2025-08-20">20 August 2025</time></article>`,
      undefined,
      "2025-08-20",
      "time-element",
    ],
    [
      "not a time element that says Updated",
      "",
      `<article><time datetime="2025-08-22">Updated August 22, 2025</time> <time datetime="2025-08-20">Aug. 20, 2025</time></article>`,
      undefined,
      "2025-08-20",
      "time-element",
    ],
    [
      "a date printed beside a label heading in one element",
      "",
      `<div class="info"><h5>Datum:</h5> 03.02.2022 <h5>Autor:</h5> se</div>`,
      undefined,
      "2022-02-03",
      "text",
    ],
    [
      "a German date beside the byline",
      "",
      `<div class="article-meta">Von Lena Vogel, 3. März 2019</div>`,
      undefined,
      "2019-03-03",
      "byline",
    ],
    [
      "the URL",
      "",
      "<p>No dates here.</p>",
      "https://news.example/2024/05/17/story/",
      "2024-05-17",
      "url",
    ],
    [
      "not a copyright year line",
      "",
      `<footer class="footer">© 2023 Example Media</footer>`,
      undefined,
      undefined,
      undefined,
    ],
    [
      "the day the header shows over an older JSON-LD stamp",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-10-21T11:16:35Z","dateModified":"2023-12-22T12:51:00Z"}</script>`,
      `<article><h1>Ten ways to winter-proof a bike</h1><div class="by">Mara Quist <span>last updated 22 December 2023</span></div><p>${"Cold salt water eats chains and cables, so the first job of the season is a proper clean and a heavier lubricant. ".repeat(3)}</p></article>`,
      undefined,
      "2023-12-22",
      "byline",
    ],
    [
      "the stamp of the header's day, for its time and offset",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-18T16:12:00-05:00"}</script>`,
      `<article><h1>Rate moves and the sectors they favour</h1><p>Dec. 18, 2023</p><p>${"Analysts expect the central bank to cut rates twice next year, which tends to help smaller companies first. ".repeat(3)}</p></article>`,
      undefined,
      "2023-12-18",
      "json-ld",
    ],
    [
      "not a date labelled as the last change",
      "",
      `<p class="footer-line">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>`,
      undefined,
      "2023-11-01",
      "text",
    ],
    [
      "not a banner date under a logo heading",
      `<title>Ferry pier to close for repairs | Island Courier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry pier to close for repairs","datePublished":"2025-03-02T09:00:00+00:00"}</script>`,
      `<h1 class="logo">Island Courier</h1><div class="today">Sunday, November 22, 2026</div><h2>Ferry pier to close for repairs</h2><p>${"The harbour board voted to close the old ferry pier for repairs, leaving commuters with one crossing. ".repeat(3)}</p>`,
      undefined,
      "2025-03-02",
      "json-ld",
    ],
    [
      "a date line's visible local time beside a UTC stamp, its pieces read apart (9:40 pm, then a hidden update)",
      `<meta property="article:published_time" content="2024-06-12T01:40:00+00:00">`,
      `<article><h1>Marina fuel prices climb again</h1><span class="post-date"><time datetime="2024-06-12T01:40:00+00:00">June 11, 2024 at 9:40 pm</time><time class="updated" datetime="2024-06-12T15:00:00+00:00" hidden>June 12, 2024</time></span><p>${"Boat owners at the town marina paid more for diesel this week for the third week running. ".repeat(3)}</p></article>`,
      undefined,
      "2024-06-11",
      "byline",
    ],
    [
      "the first posting its date line labels, beside a header that shows only the update",
      "",
      `<article><h1>Library board delays branch vote</h1><div class="meta"><span class="label">Updated:</span> <span>Wed, 03/13/2024 - 09:12</span></div><p>${"The library board put off a vote on the east branch until a study of repair costs is finished. ".repeat(3)}</p><div class="first-posted">Originally posted Tue, 03/12/2024 - 23:05</div></article>`,
      undefined,
      "2024-03-12",
      "byline",
    ],
    [
      "a UTC stamp on the local day every zone of the page's country shares (an en-US evening)",
      `<meta property="og:locale" content="en_US"><meta property="article:published_time" content="2024-11-06T02:15:00Z">`,
      `<p>${"Polls closed across the county and the first returns came in from the rural precincts. ".repeat(3)}</p>`,
      undefined,
      "2024-11-05",
      "meta",
    ],
    [
      "a UTC stamp on the newsroom's own evening, where its country's zones disagree (an Alaska footer)",
      `<meta property="og:locale" content="en_US"><meta property="article:published_time" content="2024-09-13T05:40:00Z">`,
      `<p>${"The harbor board voted to raise moorage fees for the winter season. ".repeat(3)}</p><footer>Tidewater Beacon, a newsroom based in Cold Inlet, Alaska. © 2024</footer>`,
      undefined,
      "2024-09-12",
      "meta",
    ],
    [
      "the same stamp on a page of the same country that prints no address",
      `<meta property="og:locale" content="en_US"><meta property="article:published_time" content="2024-09-13T05:40:00Z">`,
      `<p>${"The harbor board voted to raise moorage fees for the winter season. ".repeat(3)}</p>`,
      undefined,
      "2024-09-13",
      "meta",
    ],
    [
      "a UTC stamp left as it is where the page names no country",
      `<meta property="article:published_time" content="2024-11-06T02:15:00Z">`,
      `<p>${"Polls closed across the county and the first returns came in from the rural precincts. ".repeat(3)}</p>`,
      undefined,
      "2024-11-06",
      "meta",
    ],
    [
      "a stamp at '-00:00' (UTC, the local offset unknown) beside the visible local evening",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-03T02:20:00-00:00"}</script>`,
      `<article><h1>School board delays bus contract</h1><div class="story-date">October 2, 2024 · 10:20 PM</div><p>${"The board put off a vote on the bus contract until the district's lawyers review it again. ".repeat(3)}</p></article>`,
      undefined,
      "2024-10-02",
      "byline",
    ],
    [
      "no date from a list of other stories, each a headline link above its day",
      "",
      `<div class="piece"><h1>How to read your tax bill</h1><p>${"Each line of the bill names a levy and the body that set it. ".repeat(3)}</p></div><div class="more"><h3>Latest</h3><ul><li><a href="/n/ferry">Ferry fares rise for the winter timetable</a> <em>March 3, 2024</em></li><li><a href="/n/pool">Town pool to reopen after repairs</a> <em>February 26, 2024</em></li></ul></div>`,
      undefined,
      undefined,
      undefined,
    ],
    [
      "no date from a run of story cards, each a headline link beside its day",
      "",
      `<div class="piece"><h1>Bin collection guide</h1><p>${"Put the green bin out by seven on the morning of collection. ".repeat(3)}</p></div><section><div class="card"><a href="/n/awards">Village climbs forty places in tidy towns awards</a><span>11/09/2025</span></div><div class="card"><a href="/n/speed">Lower speed limit on the lake road next month</a><span>04/09/2025</span></div></section>`,
      "https://example.ie/guides/bins",
      undefined,
      undefined,
    ],
    [
      "the day of a story card that links to the page itself",
      "",
      `<section><div class="card"><a href="/n/awards">Village climbs forty places in tidy towns awards</a><span>11.09.2025</span></div><div class="card"><a href="/n/speed">Lower speed limit on the lake road next month</a><span>04.09.2025</span></div></section>`,
      "https://example.de/n/speed",
      "2025-09-04",
      "text",
    ],
    [
      "no date from a related story's date line",
      "",
      `<div class="piece"><h1>Bin collection guide</h1><p>${"Put the green bin out by seven on the morning of collection. ".repeat(3)}</p></div><ul><li><a href="/n/fire-station"><h3>Board approves contract for new fire station</h3></a><span class="meta">Jan. 22, 2025</span></li></ul>`,
      undefined,
      undefined,
      undefined,
    ],
    [
      "no date from a menu",
      "",
      `<nav><a href="/archive/2024-03">Archive</a> March 3, 2024</nav><div class="piece"><h1>How to read your tax bill</h1><p>${"Each line of the bill names a levy and the body that set it. ".repeat(3)}</p></div>`,
      undefined,
      undefined,
      undefined,
    ],
    [
      "the day in a list entry whose only link is the writer's name",
      "",
      `<div class="piece"><h1>Ferry fares rise</h1><ul><li>By <a href="/staff/ines">Ines Varga</a></li><li>March 3, 2024</li></ul><p>${"Fares on the island route go up by a tenth from next month. ".repeat(3)}</p></div>`,
      undefined,
      "2024-03-03",
      "byline",
    ],
    [
      "the day in a side panel of the article's own details",
      "",
      `<div class="piece"><h1>Ferry fares rise</h1><p>${"Fares on the island route go up by a tenth from next month. ".repeat(3)}</p></div><aside><dl><dt>Date</dt><dd>03.03.2024</dd><dt>Topic</dt><dd><a href="/t/transport">Transport</a></dd></dl></aside>`,
      "https://example.de/ferry",
      "2024-03-03",
      "text",
    ],
    [
      "the day its label says the page was posted, not a calendar's earlier in the page",
      "",
      `<table><tr><td><b>Termine</b><br>26.05.2024 Kreisturnfest</td><td><p>${"Die Damen gewannen das letzte Spiel der Saison deutlich. ".repeat(3)}</p><small>Eingestellt am 03.05.2024 von Jonas Brehm</small></td></tr></table>`,
      undefined,
      "2024-05-03",
      "text",
    ],
    [
      "no day on a service page from its box of coming events",
      "",
      `<h1>Sperrmüll anmelden</h1><p>${"Sperrmüll holen wir nach Anmeldung an Ihrer Adresse ab. ".repeat(3)}</p><section><h3>Nächste Termine</h3><p>Sa, 16.03.2024, 9–12 Uhr, Parkplatz Stadthalle</p></section>`,
      undefined,
      undefined,
      undefined,
    ],
    ["nothing", "", "<p>The council met on Tuesday.</p>", undefined, undefined, undefined],
  ];
  it.each(cases)("reads %s", (_name, head, body, url, date, source) => {
    const found = find(head, body, url);
    expect(found?.date).toBe(date);
    expect(found?.source).toBe(source);
  });
});

describe("findPublishedDate on a page that writes the day first", () => {
  it("reads 03/04/2019 as 3 April on a French page and as March 4 on an American one", () => {
    const dayOf = (lang: string) => {
      const { document } = parseHTML(
        `<html lang="${lang}"><body><div class="post-meta">Par Lise Armand, 03/04/2019</div></body></html>`,
      ) as unknown as { document: Document };
      return findPublishedDate(document, readJsonLd(document), readMetaTags(document), {})?.date;
    };
    expect(dayOf("fr")).toBe("2019-04-03");
    expect(dayOf("en-US")).toBe("2019-03-04");
  });

  // Metadata is written the page's way too; a locale that writes dots prints slashed dates
  // only from software, in the United States order.
  const metaDays: [string, string, string][] = [
    [`<html lang="en-GB">`, `<meta name="date" content="02/10/2020">`, "2020-10-02"],
    [
      `<html lang="en">`,
      `<meta property="og:locale" content="en_GB"><meta name="date" content="02/10/2020">`,
      "2020-10-02",
    ],
    [`<html lang="en-US">`, `<meta name="date" content="02/10/2020">`, "2020-02-10"],
    [
      `<html lang="en-AU">`,
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"02/10/2020 09:30"}</script>`,
      "2020-10-02",
    ],
    [`<html lang="de">`, `<meta name="date" content="11/01/2023 12:43">`, "2023-11-01"],
  ];
  it.each(metaDays)("reads %s %s as %s", (open, head, day) => {
    const { document } = parseHTML(
      `${open}<head>${head}</head><body><p>The harbour reopened.</p></body></html>`,
    ) as unknown as { document: Document };
    expect(
      findPublishedDate(document, readJsonLd(document), readMetaTags(document), {})?.date,
    ).toBe(day);
  });
});

describe("findPublishedDate with a header that shows only an update", () => {
  it("takes the update's day, with the label in its text and a lower confidence", () => {
    const paragraph =
      "Cold salt water eats chains and cables, so the first job of the season is a proper clean. ";
    const { document } = parseHTML(
      `<html><head><title>Ten ways to winter-proof a bike</title></head><body><article><h1>Ten ways to winter-proof a bike</h1><div>Updated Dec. 23, 2023</div><p>${paragraph.repeat(4)}</p></article></body></html>`,
    ) as unknown as { document: Document };
    const found = findPublishedDate(document, [], readMetaTags(document), {
      headline: "Ten ways to winter-proof a bike",
    });
    expect(found).toEqual({
      date: "2023-12-23",
      text: "Updated Dec. 23, 2023",
      source: "byline",
      confidence: 0.7,
    });
  });

  it("reads an update stamp without a year in the year the page's stamps name", () => {
    const paragraph =
      "Volunteers counted ballot papers from the four wards until the early hours, with agents watching every table. ";
    const { document } = parseHTML(
      `<html><head><title>Ward count: live</title><script type="application/ld+json">{"@type":"LiveBlogPosting","datePublished":"2025-06-12T20:30:00+00:00","dateModified":"2025-06-13T02:40:00+00:00"}</script></head><body><main><h1>Ward count: live</h1><p class="stamp">Last updated 03:40 BST, Friday 13 June</p><p>${paragraph.repeat(4)}</p></main></body></html>`,
    ) as unknown as { document: Document };
    const found = findPublishedDate(document, readJsonLd(document), readMetaTags(document), {
      headline: "Ward count: live",
    });
    expect(found?.date).toBe("2025-06-13");
    expect(found?.text).toBe("Last updated 03:40 BST, Friday 13 June");
  });
});
