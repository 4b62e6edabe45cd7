import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findHeadline, stripSiteName } from "../../../src/parse/html/findHeadline.js";
import { readJsonLd } from "../../../src/parse/html/readJsonLd.js";
import { readMetaTags } from "../../../src/parse/html/readMetaTags.js";

describe("stripSiteName", () => {
  const cases: [string, string[], string][] = [
    [
      "Ferry resumes after repairs | The Coastal Ledger",
      ["The Coastal Ledger"],
      "Ferry resumes after repairs",
    ],
    [
      "Ferry resumes after repairs - Coastal Ledger",
      ["The Coastal Ledger"],
      "Ferry resumes after repairs",
    ],
    ["Ferry resumes after repairs – ledger", ["ledger"], "Ferry resumes after repairs"],
    [
      "Coastal Ledger: Ferry resumes after repairs",
      ["Coastal Ledger"],
      "Ferry resumes after repairs",
    ],
    ["Talks stall - again - in Geneva", ["The Coastal Ledger"], "Talks stall - again - in Geneva"],
    ["No separator here", ["The Coastal Ledger"], "No separator here"],
    // The site first, then short section names: all before the headline go.
    [
      "Coastal Ledger | News | Ferry resumes after repairs",
      ["Coastal Ledger"],
      "Ferry resumes after repairs",
    ],
    [
      "Coastal Ledger - Lokales - Hafen - Fähre fährt wieder nach Reparatur",
      ["Coastal Ledger"],
      "Fähre fährt wieder nach Reparatur",
    ],
    [
      "Dogs welcome on the ferry (video) | Other Site",
      ["The Coastal Ledger"],
      "Dogs welcome on the ferry (video) | Other Site",
    ],
  ];
  it.each(cases)("%s", (title, sites, expected) => {
    expect(
      stripSiteName(
        title,
        sites.map((site) => site.toLowerCase()),
        [],
      ),
    ).toBe(expected);
  });
});

describe("findHeadline", () => {
  const find = (head: string, body: string) => {
    const { document } = parseHTML(
      `<html><head>${head}</head><body>${body}</body></html>`,
    ) as unknown as {
      document: Document;
    };
    return findHeadline(document, readJsonLd(document), readMetaTags(document), ["Ledger"]);
  };
  const cases: [string, string, string, string | undefined][] = [
    [
      "the h1 that the title repeats",
      "<title>Ferry resumes after repairs | Ledger</title>",
      "<h1>Ferry resumes after repairs</h1>",
      "Ferry resumes after repairs",
    ],
    [
      "og:title over a logo h1",
      '<meta property="og:title" content="Ferry resumes after repairs"><title>Ferry resumes after repairs - Ledger</title>',
      "<h1>Ledger</h1>",
      "Ferry resumes after repairs",
    ],
    [
      "the visible h1 when no two sources agree",
      "<title>Ledger | News</title>",
      "<h1>Ferry resumes after storm repairs</h1>",
      "Ferry resumes after storm repairs",
    ],
    [
      "the h1 that titles show with a section and an unknown site name",
      '<meta property="og:title" content="Ferry resumes after repairs | Opinion | Harbour Weekly"><title>Ferry resumes after repairs | Opinion | Harbour Weekly</title>',
      "<h1>Ferry resumes after repairs</h1>",
      "Ferry resumes after repairs",
    ],
    [
      "not the format label after the headline",
      '<meta property="og:title" content="Otters return to the estuary (video)">',
      "<h1>Otters return to the estuary (video)</h1>",
      "Otters return to the estuary",
    ],
    [
      "not a bracketed Watch label",
      "",
      "<h1>Choir sings at the station reopening [Watch]</h1>",
      "Choir sings at the station reopening",
    ],
    [
      "not a label in front of the headline",
      '<meta property="og:title" content="WATCH: Choir sings at the station reopening">',
      "<h1>Choir sings at the station reopening</h1>",
      "Choir sings at the station reopening",
    ],
    [
      "brackets that belong to the headline",
      "",
      "<h1>Council backs the harbour plan (again)</h1>",
      "Council backs the harbour plan (again)",
    ],
    [
      "the full h1 over titles cut short at a colon",
      '<meta property="og:title" content="Turning Kelp into Packaging:"><title>Turning Kelp into Packaging:</title>',
      "<h1>Turning Kelp into Packaging: A Start-Up Scales Up</h1>",
      "Turning Kelp into Packaging: A Start-Up Scales Up",
    ],
    [
      "a title cut short when nothing else is given",
      "<title>Turning Kelp into Packaging...</title>",
      "",
      "Turning Kelp into Packaging...",
    ],
    [
      "the printed h1 over a different SEO title",
      '<meta property="og:title" content="Island ferry back in service after storm damage repaired"><title>Island ferry back in service after storm damage repaired | Ledger</title>',
      "<article><h1>The ferry is back</h1></article>",
      "The ferry is back",
    ],
    [
      "the h1 that the title repeats, not a menu h1 before it",
      "<title>Ferry resumes after repairs - Harbour Guide - Ledger</title>",
      "<h1>All Harbour Maps and Timetables</h1><h1>Ferry resumes after repairs</h1>",
      "Ferry resumes after repairs",
    ],
    [
      "not a section label printed inside the h1",
      '<meta property="og:title" content="Ferry resumes after repairs">',
      "<h1><span>Opinion</span> Ferry resumes after repairs</h1>",
      "Ferry resumes after repairs",
    ],
    [
      "a label with a colon, printed as part of the headline",
      '<meta property="og:title" content="Ferry resumes after repairs">',
      "<h1>Harbour: Ferry resumes after repairs</h1>",
      "Harbour: Ferry resumes after repairs",
    ],
    [
      "not a welcome h1 that shares no word with the titles",
      '<meta property="og:title" content="Ferry resumes after repairs"><title>Ferry resumes after repairs | Ledger</title>',
      "<h1>Welcome to our island pages</h1>",
      "Ferry resumes after repairs",
    ],
    [
      "a blog post's title under the blog's name, which links home",
      "<title>Snowshoes over the ridge: a winter loop | Walking with Ines</title>",
      '<h1 id="blog-title"><a href="https://walking-with-ines.example/">Walking with Ines</a></h1><h2 class="entry-title">Snowshoes over the ridge: a winter loop</h2>',
      "Snowshoes over the ridge: a winter loop",
    ],
    [
      "a post's title from the page's title when the blog's name links home by path",
      "<title>Mein erstes Brot im Holzofen – Teig & Glut</title>",
      '<h1><a href="/">Teig &amp; Glut</a></h1><h3 class="post-title">Mein erstes Brot im Holzofen</h3>',
      "Mein erstes Brot im Holzofen",
    ],
    [
      "the headline from the title where a lesser heading shows it after the site's sections",
      "<title>Parish of Saint Clare - News - Nineteen young people confirmed</title>",
      '<h2 class="item-title">Nineteen young people confirmed</h2>',
      "Nineteen young people confirmed",
    ],
    [
      "an h1 that links to a story, not home, as the headline",
      "<title>Ferry resumes after repairs | Ledger</title>",
      '<h1><a href="/2024/05/ferry-resumes">Ferry resumes after repairs</a></h1>',
      "Ferry resumes after repairs",
    ],
    [
      "the headline without a kicker its markup marks as one",
      "<title>Energy: Grid operators warn of winter shortfalls | Ledger</title>",
      '<h1><span class="story-kicker">Energy</span><span class="sep">:</span> <span class="story-title">Grid operators warn of winter shortfalls</span></h1>',
      "Grid operators warn of winter shortfalls",
    ],
    [
      "a label with a colon kept where the markup does not mark it",
      '<meta property="og:title" content="Energy: Grid operators warn of winter shortfalls">',
      "<h1>Energy: Grid operators warn of winter shortfalls</h1>",
      "Energy: Grid operators warn of winter shortfalls",
    ],
    [
      "the headline after a genre label that another source leaves out",
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"« Nos urgences ne tiendront pas l’été »"}</script>',
      "<h1>Tribune : « Nos urgences ne tiendront pas l’été »</h1>",
      "« Nos urgences ne tiendront pas l’été »",
    ],
    [
      "a logo heading whose link holds only the logo image, then the story's title heading",
      "<title>Harvest starts early in the valley - Valley Courier Online</title>",
      '<h1 id="logo"><a href="/"><img src="/logo.gif" alt="Valley Courier"></a>Valley Courier</h1><h2 class="titel">Grape harvest in the valley starts earlier than ever</h2>',
      "Grape harvest in the valley starts earlier than ever",
    ],
    [
      "the titled lesser heading where the main heading names a section",
      '<meta property="og:title" content="How to claim a renovation grant: five questions">',
      '<h1 class="sectionhead">Explained</h1><h2 class="explainer__title">How do you claim a grant for your renovation? Five questions answered</h2><h2 class="more__title">More explainers on renovation grants and housing</h2>',
      "How do you claim a grant for your renovation? Five questions answered",
    ],
    [
      "the headline after a kicker span and a live badge that open the heading",
      "<title>Flood live: river keeps rising | Ledger</title>",
      '<h1><span class="ticker__live">Live</span> <span class="story__dach">River flood:</span> Levels on the river keep rising as the town prepares to evacuate</h1>',
      "Levels on the river keep rising as the town prepares to evacuate",
    ],
    [
      "the heading whole when its only text is the kicker's",
      "<title>Ferry resumes after repairs | Ledger</title>",
      '<h1><span class="kicker">Ferry resumes after repairs</span></h1>',
      "Ferry resumes after repairs",
    ],
    [
      "the headline after a Spanish genre label",
      '<meta property="og:title" content="El puerto reabre tras las reparaciones">',
      "<h1>Análisis: El puerto reabre tras las reparaciones</h1>",
      "El puerto reabre tras las reparaciones",
    ],
    [
      "the page's title without the site name its home logo states",
      "<title>VALLEY COURIER - Market hall reopens to traders after four years</title>",
      '<a href="index.php"><img src="logo.gif" alt="Valley Courier"></a><font size="5"><b>Market hall reopens to traders after four years</b></font>',
      "Market hall reopens to traders after four years",
    ],
    ["nothing", "", "<p>Just a paragraph of text.</p>", undefined],
  ];
  it.each(cases)("picks %s", (_name, head, body, expected) => {
    expect(find(head, body)).toBe(expected);
  });
});
