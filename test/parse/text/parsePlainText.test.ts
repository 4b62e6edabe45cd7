import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "../../../src/parse/text/parsePlainText.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");

describe("parsePlainText on pages we wrote", () => {
  // Four paragraphs of one story, for the tests that wrap it in page clutter.
  const story = [
    "The port authority postponed its vote on the northern quay on Monday after two board members said the cost estimate was a year old and no longer covered steel prices.",
    "The expansion would add two deep-water berths and a rail siding, and the authority had hoped to start work before the summer shipping season begins in earnest.",
    "Board member Ilse Marr said she would not vote for a plan whose price had been set before the last two rises in the cost of steel and concrete.",
    "The chair said engineers would bring a new estimate to the April meeting, and that the authority still expected the berths to open within three years.",
  ];

  it("reads a weather-banner page: banner date is weak, bio and footer go", () => {
    const parts = parsePlainText(fixture("weather-banner.txt"));
    expect(parts.headline).toBe("Port authority delays vote on … the northern quay expansion");
    expect(parts.published).toMatchObject({ date: "2025-03-04", source: "banner" });
    expect(parts.published?.confidence).toBeLessThan(0.5);
    expect(parts.authors).toEqual(["Harbour Desk Staff"]);
    expect(parts.outlet).toBe("Harbour Desk");
    expect(parts.paragraphs).toHaveLength(4);
    expect(parts.paragraphs[0]).toMatch(/^The Cardiff port authority postponed/);
    expect(parts.paragraphs.at(-1)).toMatch(/Vaughan told reporters after the meeting\.$/);
    const reasons = parts.removed.map((block) => block.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["banner", "bio", "subscribe", "cookie-notice"]),
    );
    expect(parts.dateline).toBeUndefined();
  });

  it("reads bulleted metadata and cuts an unrelated promotion after the share bar", () => {
    const parts = parsePlainText(fixture("bulleted-meta.txt"));
    expect(parts.headline).toBe("Glacier hut reopens after two-year rebuild");
    expect(parts.outlet).toBe("The Alpine Courier");
    expect(parts.authors).toEqual(["Mateo Brunner"]);
    expect(parts.published).toBeUndefined();
    expect(parts.paragraphs).toHaveLength(5);
    expect(parts.paragraphs.join(" ")).not.toMatch(/Riverside|watercolour|Share the Post/);
    expect(parts.removed.map((block) => block.reason)).toEqual(
      expect.arrayContaining(["share", "unrelated-trailing", "byline"]),
    );
  });

  it("resolves '3 days ago' only against a retrieval date", () => {
    const parts = parsePlainText(fixture("bulleted-meta.txt"), { retrievedAt: "2025-07-14" });
    expect(parts.published).toMatchObject({ date: "2025-07-11", source: "text" });
  });

  it("treats a first sentence as the lead, not a headline, and reads a closing byline", () => {
    const parts = parsePlainText(fixture("lead-only.txt"));
    expect(parts.headline).toBeUndefined();
    expect(parts.outlet).toBeUndefined();
    expect(parts.published).toBeUndefined();
    expect(parts.authors).toEqual(["Dara Okonkwo"]);
    expect(parts.paragraphs).toHaveLength(4);
    expect(parts.paragraphs[0]).toMatch(/^Farmers in the lowlands/);
  });

  it("finds the article inside a portal page with menus, split byline and footer", () => {
    const parts = parsePlainText(fixture("portal-page.txt"));
    expect(parts.headline).toBe("Lakeside council approves new tram line");
    expect(parts.authors).toEqual(["Priya Raman", "Tomasz Wójcik"]);
    expect(parts.outlet).toBeUndefined();
    expect(parts.published).toMatchObject({ date: "2024-12-03", time: "18:40" });
    expect(parts.paragraphs[0]).toMatch(/^Lakeside's city council voted 9 to 4/);
    expect(parts.paragraphs).toContain("Funding");
    expect(parts.paragraphs.at(-1)).toMatch(/old freight depot\.$/);
    expect(parts.paragraphs.join(" ")).not.toMatch(/Snow plows|Comments|Privacy/);
  });

  it("reads a dateline line above the article as place and date", () => {
    const parts = parsePlainText(
      "Valparaíso , Chile 14 May 2025\nDockworkers end strike at Chile's busiest port:\nDockworkers at the port of Valparaíso returned to work on Wednesday after a nine-day strike over night-shift pay, the port operator said.\nThe union said members had accepted a 6 percent raise and two extra rest days a month.",
    );
    expect(parts.dateline).toEqual({
      place: "Valparaíso, Chile",
      text: "Valparaíso , Chile 14 May 2025",
    });
    expect(parts.published).toMatchObject({ date: "2025-05-14", source: "dateline" });
    expect(parts.headline).toBe("Dockworkers end strike at Chile's busiest port");
    expect(parts.paragraphs).toHaveLength(2);
  });

  it("reads a spaced place and date above the article as a dateline, not a byline", () => {
    const parts = parsePlainText(
      `Dockworkers end strike at the port\nSan Marco, Tessaly 14 May 2025\n${story.join("\n")}`,
    );
    expect(parts.dateline?.place).toBe("San Marco, Tessaly");
    expect(parts.authors).toEqual([]);
  });

  it("keeps a dateline that opens the first paragraph in the body", () => {
    const parts = parsePlainText(
      "HALIFAX, Nova Scotia (AP) — Fishing crews returned to port on Sunday as a gale closed in on the coast, officials said.\nThe coast guard said no boats were missing.",
    );
    expect(parts.dateline).toBeUndefined();
    expect(parts.paragraphs[0]).toMatch(/^HALIFAX, Nova Scotia \(AP\) —/);
  });

  const dateLines: [string, string, string | undefined][] = [
    ["Kira Holm on March 2, 2025", "2025-03-02", undefined],
    ["Published On 9 Oct 2024", "2024-10-09", undefined],
    ["Thu, Dec 21, 2023, 9:42 PM·2 min read", "2023-12-21", "21:42"],
    ["Kira Holm · Harbour Desk · Posted: Jan 5, 2025 8:25 AM EST", "2025-01-05", "08:25"],
    ["Updated Nov. 6, 2023 6:00 a.m. PT", "2023-11-06", "06:00"],
    ["Saturday 1 March 2025 05:39, UK", "2025-03-01", "05:39"],
    [
      "Kira Holm · Harbour Desk · Posted: Jan 5, 2025 8:25 AM EST | Last Updated: Jan 9, 2025",
      "2025-01-05",
      "08:25",
    ],
    ["Updated Jan. 9, 2025 4:04AM EST / Published Jan. 5, 2025 12:16PM EST", "2025-01-05", "12:16"],
  ];
  it.each(dateLines)("dates the page from the header line %j", (line, date, time) => {
    const parts = parsePlainText(
      `Menu\nSearch\nLibrary board reopens the east branch\n${line}\nThe east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said.\nVisitors lined up before the doors opened at nine.`,
    );
    expect(parts.published?.date).toBe(date);
    expect(parts.published?.time).toBe(time);
  });

  it("takes no date from a short sentence that mentions one", () => {
    const parts = parsePlainText(
      "Library board reopens the east branch\nThe branch first opened on May 2, 1990.\nThe east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said.",
    );
    expect(parts.published).toBeUndefined();
  });

  it("takes no date from a line that only names a place and a year-like number", () => {
    const parts = parsePlainText(
      "Library board reopens the east branch\nRoom 2025\nThe east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said.",
    );
    expect(parts.published).toBeUndefined();
  });

  it("reads a name alone under the headline as the author when a date line stands beside it", () => {
    const body =
      "The east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said.";
    expect(
      parsePlainText(`Library board reopens the east branch\nKira Holm\nMarch 2, 2025\n${body}`)
        .authors,
    ).toEqual(["Kira Holm"]);
    expect(
      parsePlainText(`Library board reopens the east branch\nSave Article\n${body}`).authors,
    ).toEqual([]);
  });

  it("splits a byline from the date the page glued to it", () => {
    const body =
      "The east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said.";
    const parsed = parsePlainText(
      `Library board reopens the east branch\nTeodora V. BanksMarch 2, 2025\n${body}`,
    );
    expect(parsed.authors).toEqual(["Teodora V. Banks"]);
    expect(parsed.published?.date).toBe("2025-03-02");
  });

  it("takes no author from a menu of columnists beside the date", () => {
    const menu = ["Opinion", "Columnists", "Kira Holm", "Bo Diaz", "Cy Moreau", "Ines Okafor"];
    const parsed = parsePlainText(
      [...menu, "March 2, 2025", "Library board reopens the east branch", ...story].join("\n"),
    );
    expect(parsed.authors).toEqual([]);
    expect(parsed.headline).toBe("Library board reopens the east branch");
  });

  it("reads a closing signature above its job title and bio", () => {
    const parts = parsePlainText(
      "Library board reopens the east branch\nThe east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said. Visitors lined up before the doors opened at nine, and the children's room was full by ten. The board thanked the volunteers who ran the book sale that paid for new shelves, and said the west branch would close for the same repairs in the autumn.\nKira Holm\nSenior Editor\nKira Holm is a senior editor at the Harbour Desk, where she covers libraries, schools and the town council.",
    );
    expect(parts.authors).toEqual(["Kira Holm"]);
    expect(parts.paragraphs).toHaveLength(1);
    expect(parts.removed.map((block) => block.reason)).toContain("bio");
  });

  it("drops a reviewer's bio printed in the header and keeps the story", () => {
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        "By Kira Holm",
        "Kira Holm, CPA is a senior harbour correspondent who has covered the port for twelve years and writes the weekly shipping column.",
        "Reviewed by Bo Diaz",
        "Bo Diaz is a fact-checker and researcher with ten years of experience checking maritime and transport stories.",
        ...story,
      ].join("\n"),
    );
    expect(parts.paragraphs).toEqual(story);
    expect(parts.removed.filter((block) => block.reason === "bio")).toHaveLength(2);
  });

  const notBios: string[] = [
    "The report was written by a reporter who had covered the port for years, the board said on Monday.",
    "Marr is the author of the board's first plan for the quay, drawn up in 2015 when steel was cheap.",
  ];
  it.each(notBios)("keeps %j in the story", (sentence) => {
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        story[0],
        sentence,
        ...story.slice(1),
      ].join("\n"),
    );
    expect(parts.paragraphs).toContain(sentence);
  });

  it("keeps a sentence about a book's author inside the story, not as a bio", () => {
    const parts = parsePlainText(
      "Library board reopens the east branch\nThe east branch library reopened on Saturday after a year of repairs to its roof and heating, the library board said on Monday morning.\nThe first talk in the new hall was given by Mira Sand, who wrote a history of the town's mills and their workers over two centuries.\nSand is the author of three books on the river towns. She said the mills shaped every street that visitors walk today.\nThe board said the hall would host a talk every month, with the next one planned for early spring, and thanked the volunteers who ran the book sale.\nThe west branch will close for the same repairs in the autumn, and its readers may borrow from the east branch until the work is done next year.\nVisitors lined up before the doors opened at nine, and the children's room was full by ten, staff said.",
    );
    expect(parts.paragraphs).toHaveLength(6);
    expect(parts.removed.map((block) => block.reason)).not.toContain("bio");
  });

  it("reads a byline-first layout: name and date above the headline, a site name above them", () => {
    const page = [
      "Menu",
      "The Harbour Review",
      "Politics",
      "Ines Marlow/",
      "March 3, 2025/9:43 p.m. ET",
      "Share This Story",
      "Council Sends Police to the Library … Over a Leaflet",
      "A complaint about a leaflet led an officer to the reading room.",
      ...story,
    ].join("\n");
    const parts = parsePlainText(page);
    expect(parts.headline).toBe("Council Sends Police to the Library … Over a Leaflet");
    expect(parts.authors).toEqual(["Ines Marlow"]);
    expect(parts.published).toMatchObject({ date: "2025-03-03" });
  });

  it("keeps a headline above the byline when a title-like line follows the date", () => {
    const page = [
      "The Harbour Review",
      "Port Board Delays Vote on the Northern Quay",
      "By Ines Marlow",
      "March 3, 2025",
      "What the Delay Means for Shipping",
      ...story,
    ].join("\n");
    expect(parsePlainText(page).headline).toBe("Port Board Delays Vote on the Northern Quay");
  });

  it("dates the page from a date line near the top of the article when the header has none", () => {
    const page = [
      "Subscribe",
      "Recipes",
      "Holiday Baking",
      "Spiced Oat Biscuits for a Cold Weekend",
      "Be the first to rate and review!",
      "Plan ahead: the dough needs two hours in the fridge before it can be rolled.",
      "By",
      "Nora Albescu",
      "Nora Albescu",
      "Nora Albescu is the food writer at the Harbour Ledger, where she covers baking on a budget and quick weeknight dinners for families.",
      "Learn about our editorial process",
      "Published on March 3, 2025",
      "Recipe tested by",
      "Pia Lund",
      "Pia Lund is a senior recipe tester in our test kitchen with twelve years of experience in developing recipes.",
      "Learn more about our test kitchen",
      "Rate",
      "Print",
      "Share",
      ...story,
      "Share",
    ].join("\n");
    expect(parsePlainText(page).published).toMatchObject({ date: "2025-03-03", source: "text" });
  });

  it.each([
    ["Thursday, March 6, 2025 · Local News", "2025-03-06"],
    ["March 6, 2025 | Politics", "2025-03-06"],
    ["Thu 6 March 2025 • Sport & Leisure", "2025-03-06"],
    ["Kessby, North Yorkshire | Thursday, March 6, 2025", "2025-03-06"],
    ["Thursday 6 March 2025 | £1.20", "2025-03-06"],
  ])("dates the page from a masthead date line filed under a section: %j", (line, day) => {
    const page = [
      "The Tarn Valley Echo",
      line,
      "",
      "Ferry pier to close for repairs",
      "",
      "By Ines Morrow",
      "",
      ...story,
    ].join("\n");
    expect(parsePlainText(page).published).toMatchObject({ date: day });
  });

  it("takes no date from a line that only mentions one among other words", () => {
    const page = [
      "The Tarn Valley Echo",
      "Tickets on sale | Thursday, March 6, 2025 at the Guildhall box office",
      "",
      "Ferry pier to close for repairs",
      "",
      "By Ines Morrow",
      "",
      ...story,
    ].join("\n");
    expect(parsePlainText(page).published).toBeUndefined();
  });

  it("reads the byline near the top of the article run when the header gave no author", () => {
    const page = [
      "Subscribe",
      "Recipes",
      "Spiced Oat Biscuits for a Cold Weekend",
      "Be the first to rate and review!",
      "Plan ahead: the dough needs two hours in the fridge before it can be rolled.",
      "Learn about our editorial process",
      "By Nora Albescu",
      "Rate",
      "Print",
      "Share",
      ...story,
    ].join("\n");
    expect(parsePlainText(page).authors).toEqual(["Nora Albescu"]);
  });

  it("takes no date from a date line deep inside the story", () => {
    const page = [
      "Spiced Oat Biscuits for a Cold Weekend",
      ...story,
      ...story.map((paragraph) => paragraph.replace("The", "Then the")),
      "March 3, 2025",
      ...story.map((paragraph) => paragraph.replace("The", "After that the")),
      "Share",
    ].join("\n");
    expect(parsePlainText(page).published).toBeUndefined();
  });

  it("reads the byline and date under the headline when site text above starts the run", () => {
    const parts = parsePlainText(
      [
        "Open menu",
        "To keep this story for later, open your reading list and press save.",
        "Close",
        "Sign in",
        "Harbour Notes",
        "Port authority delays vote on the northern quay",
        "Board members asked for a new cost estimate before they decide on the expansion.",
        "By Kira Holm",
        "March 2, 2025",
        "The port authority postponed its vote on the northern quay on Monday after two board members said the cost estimate was a year old and no longer covered steel prices.",
        "The board will meet again in April, its chair said, and a new estimate is due from the engineers by then.",
      ].join("\n"),
    );
    expect(parts.headline).toBe("Port authority delays vote on the northern quay");
    expect(parts.authors).toEqual(["Kira Holm"]);
    expect(parts.published?.date).toBe("2025-03-02");
    expect(parts.paragraphs.join(" ")).not.toMatch(/Kira Holm|March 2/);
  });

  const standfirsts: [string, string][] = [
    [
      "Port authority delays vote on the northern quay\nBoard members want a new cost estimate before they decide on the expansion",
      "Port authority delays vote on the northern quay",
    ],
    // A shorter line under a headline is a label or a kicker, not a standfirst.
    [
      "Harbour board\nPort authority delays vote on the northern quay",
      "Port authority delays vote on the northern quay",
    ],
  ];
  it.each(standfirsts)("takes the headline above a longer standfirst in %j", (header, headline) => {
    const parts = parsePlainText(
      `Menu\n${header}\nBy Kira Holm\nThe port authority postponed its vote on the northern quay on Monday after two board members said the cost estimate was a year old.\nThe board will meet again in April, its chair said.`,
    );
    expect(parts.headline).toBe(headline);
  });

  const splitBylines: [string, string[]][] = [
    ["By\nKira Holm\nPlus Icon\nKira Holm\nSenior Editor", ["Kira Holm"]],
    ["By\nKira Holm\nKira Holm\nMore Stories by Kira Holm", ["Kira Holm"]],
    ["By\nKira Holm\n,\nBo Diaz\n,\nAnn Lee", ["Kira Holm", "Bo Diaz", "Ann Lee"]],
    ["By\nKira Holm,\nDeputy Editor, Harbour Desk Weekly", ["Kira Holm"]],
    ["Written by\nKira Holm\n-\nMarch 2, 2025", ["Kira Holm"]],
    ["By\nHarbour Desk\nEdit Profile", ["Harbour Desk"]],
  ];
  it.each(splitBylines)("joins the byline split over lines %j", (byline, authors) => {
    const parts = parsePlainText(
      `Menu\nPort authority delays vote on the northern quay\n${byline}\nThe port authority postponed its vote on the northern quay on Monday after two board members said the cost estimate was a year old.\nThe board will meet again in April, its chair said.`,
    );
    expect(parts.authors).toEqual(authors);
    expect(parts.headline).toBe("Port authority delays vote on the northern quay");
  });

  it("reads a header whose date line ends like a sentence and whose byline sits below a caption", () => {
    const parts = parsePlainText(
      [
        "Skip to Article",
        "Harbour",
        "Will the northern quay ever be built? The port board delays its vote again?",
        "Published: Mar. 2, 2025, 4:50 a.m.",
        "The northern quay seen from the ferry deck. Illustration by Bo Diaz",
        "Subscribers can share this story",
        "By",
        "Kira Holm",
        ...story,
      ].join("\n"),
    );
    expect(parts.published).toMatchObject({ date: "2025-03-02", time: "04:50" });
    expect(parts.authors).toEqual(["Kira Holm"]);
    expect(parts.paragraphs).toEqual(story);
  });

  it("reads a date printed after its time and a date below the writer's one-line note", () => {
    const parts = parsePlainText(
      [
        "Menu",
        "Port authority delays vote on the northern quay",
        "The quay seen from the ferry deck, with the old cranes on the left (",
        "Image: Bo Diaz)",
        "By Kira Holm",
        "Kira Holm writes about the port and shipping.",
        "04:22, 2 Mar 2025",
        ...story,
      ].join("\n"),
    );
    expect(parts.headline).toBe("Port authority delays vote on the northern quay");
    expect(parts.published?.date).toBe("2025-03-02");
    expect(parts.authors).toEqual(["Kira Holm"]);
  });

  const headers: [string, string][] = [
    // A caption under the date is not the headline above it.
    [
      "Port authority delays vote on the northern quay — Kira Holm\nPublished: Mar. 2, 2025, 4:50 a.m.\nThe old cranes on the north side of the quay at dawn on Friday, seen from the ferry (Bo Diaz)\nBy Kira Holm",
      "Port authority delays vote on the northern quay — Kira Holm",
    ],
    // Page furniture worded like a title is skipped.
    [
      "Port authority delays vote on the northern quay\nSubscribers can gift articles to anyone\nBy Kira Holm",
      "Port authority delays vote on the northern quay",
    ],
    // A headline written as sentences, right above its byline and date.
    [
      "Harbour\nThe quay vote is off again. Nobody is surprised.\nKira Holm\nMarch 2, 2025\nShare\nSave",
      "The quay vote is off again. Nobody is surprised.",
    ],
  ];
  it.each(headers)("finds the headline in %j", (header, headline) => {
    const parts = parsePlainText(`Menu\n${header}\n${story.join("\n")}`);
    expect(parts.headline).toBe(headline);
  });

  const signatures: [string, string[]][] = [
    ["Kira Holm/\nMarch 2, 2025", ["Kira Holm"]],
    ["Tate Ryan-Holmarchive page\nMarch 2, 2025", ["Tate Ryan-Holm"]],
    ["Ines McGregor\nPolitical reporter", ["Ines McGregor"]],
    ["Bo O'Hara\n·Senior Reporter\nMarch 2, 2025", ["Bo O'Hara"]],
    ["Share Article\nMarch 2, 2025", []],
    ["Kira Holm and Bo Diaz, Harbour Times\n- Mar 2, 2025 3:06 pm UTC", ["Kira Holm", "Bo Diaz"]],
    ["Kira Holm, Harbour Report\nUpdated on March 2, 2025", ["Kira Holm"]],
    ["Kira Holm and Bo Diaz in Lisbon\nMarch 2, 2025", ["Kira Holm", "Bo Diaz"]],
    ["Kira HolmMarch 2, 2025\nComments", ["Kira Holm"]],
    ["Harbour News\nMarch 2, 2025", []],
  ];
  it.each(signatures)("reads the name line %j under the headline", (header, authors) => {
    const parts = parsePlainText(
      `Menu\nPort authority delays vote on the northern quay\n${header}\n${story.join("\n")}`,
    );
    expect(parts.authors).toEqual(authors);
    expect(parts.headline).toBe("Port authority delays vote on the northern quay");
  });

  const splitDates: [string, string, string | undefined][] = [
    ["Mar 2, 202510:30 AM", "2025-03-02", "10:30"],
    ["March 2, 2025\nat\n12:55 pm ET", "2025-03-02", undefined],
  ];
  it.each(splitDates)("reads the date line %j under a split byline", (date, day, time) => {
    const parts = parsePlainText(
      `Menu\nPort authority delays vote on the northern quay\nBy\nKira Holm\n${date}\nThe port authority postponed its vote on the northern quay on Monday after two board members said the cost estimate was a year old.\nThe board will meet again in April, its chair said.`,
    );
    expect(parts.published?.date).toBe(day);
    expect(parts.published?.time).toBe(time);
    expect(parts.headline).toBe("Port authority delays vote on the northern quay");
  });

  const listHeadings: [string, boolean][] = [
    ["More from Harbour Desk", true],
    ["Most read", true],
    ["Related stories:", true],
    ["You may also like", true],
    ["Read more", false],
  ];
  it.each(listHeadings)("ends the story at the list heading %j: %s", (heading, cut) => {
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        ...story,
        heading,
        // Other stories on the same beat share the article's words.
        "Port authority board picks engineers for the quay estimate",
        "The board chose the engineers who will price the berths and the rail siding.",
        "Steel prices push harbour projects over budget",
        "The authority said the rising cost of steel and concrete hits every expansion plan.",
      ].join("\n"),
    );
    expect(parts.paragraphs.join(" ").includes("board chose the engineers")).toBe(!cut);
  });

  it("drops a link to another story set in the text and keeps the story around it", () => {
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        ...story.slice(0, 3),
        "READ MORE: Ferry fares rise for the first time in six years",
        story[3],
        "Residents of the old fishing lanes fear the night noise of a rail siding more than the cost, and a petition against it has gathered 2,000 names since March.",
      ].join("\n"),
    );
    expect(parts.paragraphs).toHaveLength(5);
    expect(parts.paragraphs.join(" ")).not.toMatch(/Ferry fares/);
    expect(parts.removed).toContainEqual({
      text: "READ MORE: Ferry fares rise for the first time in six years",
      reason: "promo",
    });
  });

  it("keeps a listing line with a semicolon inside the story", () => {
    const listing =
      "Through May 31 at the Harbour Hall, 12 Quay Street; tickets from $12 at the door";
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        ...story.slice(0, 2),
        listing,
        ...story.slice(2),
      ].join("\n"),
    );
    expect(parts.paragraphs).toContain(listing);
  });

  it("keeps a long lead-in line that ends with a colon inside the story", () => {
    const leadIn =
      "Before the vote, board members were asked to read the three engineering reports below:";
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        ...story.slice(0, 2),
        leadIn,
        ...story.slice(2),
      ].join("\n"),
    );
    expect(parts.paragraphs).toContain(leadIn);
  });

  it("keeps the list under a lead-in, up to the next sentence", () => {
    const leadIn =
      "Before the vote, board members were asked to read the three engineering reports below:";
    const items = [
      "Steel and concrete prices",
      "Tide and dredging survey",
      "Rail siding noise study",
    ];
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        ...story.slice(0, 2),
        leadIn,
        ...items,
        ...story.slice(2),
        "Harbour ferry timetable",
        "Dock workers union",
      ].join("\n"),
    );
    expect(parts.paragraphs).toEqual([...story.slice(0, 2), leadIn, ...items, ...story.slice(2)]);
  });

  it("keeps the story that goes on after a box of links set inside it", () => {
    const parts = parsePlainText(
      [
        "Port authority delays vote on the northern quay",
        ...story,
        "Related stories:",
        "Ferry fares rise for the first time in six years",
        "Dock workers agree new night-shift pay",
        "Residents of the quay district said they feared another delay to the expansion, because the authority had already waited a year for the engineers, and a higher estimate for steel and concrete could shrink the berths or drop the rail siding from the plan.",
        "The authority's April meeting on the new estimate is open to the public.",
      ].join("\n"),
    );
    expect(parts.paragraphs.join(" ")).toMatch(/Residents of the quay district/);
    expect(parts.paragraphs.join(" ")).not.toMatch(/Ferry fares/);
  });

  const wireDatelines: [string, string][] = [
    ["HALIFAX, Nova Scotia (AP) --", "HALIFAX, Nova Scotia (AP) -- Fishing crews"],
    ["OSLO, May 4 (Norsk Wire) --", "OSLO, May 4 (Norsk Wire) -- Fishing crews"],
    ["LISBON _", "LISBON _ Fishing crews"],
    ["GDAŃSK, Poland (PAP) —", "GDAŃSK, Poland (PAP) — Fishing crews"],
  ];
  it.each(wireDatelines)(
    "keeps the wire dateline %j on its own line with the first paragraph",
    (dateline, opening) => {
      const parts = parsePlainText(
        `Gale closes the coast\n\n${dateline}\n\nFishing crews returned to port on Sunday as a gale closed in on the coast, officials said.\n\nThe coast guard said no boats were missing.`,
      );
      expect(parts.paragraphs[0]?.startsWith(opening)).toBe(true);
      expect(parts.dateline).toBeUndefined();
      expect(parts.headline).toBe("Gale closes the coast");
    },
  );

  it("gives no headline, outlet, authors or date for bare prose", () => {
    const parts = parsePlainText(
      "The river rose overnight. Crews stacked sandbags along the quay until dawn.",
    );
    expect(parts).toEqual({
      authors: [],
      paragraphs: ["The river rose overnight. Crews stacked sandbags along the quay until dawn."],
      removed: [],
    });
  });

  it("answers on a megabyte of pathological input", () => {
    for (const text of [
      "a".repeat(1_000_000),
      "By ".repeat(300_000),
      "\n".repeat(1_000_000),
      "12:30 ".repeat(150_000),
      "“".repeat(1_000_000),
    ]) {
      expect(parsePlainText(text).paragraphs.length).toBeGreaterThanOrEqual(0);
    }
  });
});
