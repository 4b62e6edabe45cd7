import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findAuthors } from "../../../src/parse/html/findAuthors.js";
import { readJsonLd } from "../../../src/parse/html/readJsonLd.js";
import { readMetaTags } from "../../../src/parse/html/readMetaTags.js";
import { splitAuthorNames } from "../../../src/parse/html/splitAuthorNames.js";

describe("splitAuthorNames", () => {
  const cases: [string, string[]][] = [
    ["By Ana Ruiz", ["Ana Ruiz"]],
    ["By Ana Ruiz and Tom Berg", ["Ana Ruiz", "Tom Berg"]],
    ["Ana Ruiz, Tom Berg and Lee Park", ["Ana Ruiz", "Tom Berg", "Lee Park"]],
    ["By Ana Ruiz, Staff Writer", ["Ana Ruiz"]],
    ["Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]],
    ["Par Claire Dubois", ["Claire Dubois"]],
    ["By Ana Ruiz | August 20, 2025", ["Ana Ruiz"]],
    ["Ana Ruiz (@anaruiz)", ["Ana Ruiz"]],
    ["Ana Ruiz ana.ruiz@example.com", ["Ana Ruiz"]],
    ["Robert Moffit, Ph.D.", ["Robert Moffit, Ph.D."]],
    ["Martin Luther King, Jr.", ["Martin Luther King, Jr."]],
    ["Written by Sam O'Neill", ["Sam O'Neill"]],
    // Apostrophes, "Mc" and hyphens stay inside one name.
    ["By Liam O’Hara and Priya D'Mello", ["Liam O’Hara", "Priya D'Mello"]],
    ["Rory McTavish, Ines Alvarez-Ruiz", ["Rory McTavish", "Ines Alvarez-Ruiz"]],
    // A date or its label printed against the name, with no space.
    ["Teodora V. BanksMarch 4, 2024", ["Teodora V. Banks"]],
    ["Teodora V. BanksSept. 4, 2024", ["Teodora V. Banks"]],
    ["Teodora V. Banks4 March 2024", ["Teodora V. Banks"]],
    ["Teodora BanksUpdated 2 hours ago", ["Teodora Banks"]],
    // What the writer does, after a comma, is not a second writer, "and" included.
    ["Mara Lindqvist, Chief Operating Officer and Head of Partnerships", ["Mara Lindqvist"]],
    ["By Kofi Mensah, Director", ["Kofi Mensah"]],
    ["Kofi Mensah, Senior Fellow at the Harbour Institute", ["Kofi Mensah"]],
    ["Kofi Mensah, University of Accra", ["Kofi Mensah"]],
    // Where the writer works, named by an organisation's head word, is not a second writer.
    ["Jonah Whitcombe, Campus News Service", ["Jonah Whitcombe"]],
    ["By Lena Ortiz, Regional Media Group", ["Lena Ortiz"]],
    // A company's legal form after its comma is part of its name.
    ["Harrow Valley Foods, Inc.", ["Harrow Valley Foods, Inc."]],
    ["Kestrel Marine Ltd.", ["Kestrel Marine Ltd."]],
    ["Pinecrest Analytics, LLC", ["Pinecrest Analytics, LLC"]],
    // Names that begin with a title word, and honorifics, stay names.
    ["Nancy Cordes, Major Garrett", ["Nancy Cordes", "Major Garrett"]],
    ["By Dr. Ama Owusu and Ann Bishop", ["Dr. Ama Owusu", "Ann Bishop"]],
    ["View all posts by Kai Tanaka", ["Kai Tanaka"]],
    ["Photos and Story By Ruth Okafor", ["Ruth Okafor"]],
    ["Words and photos by Ruth Okafor", ["Ruth Okafor"]],
    ["John Roe The Associated Press", ["John Roe"]],
    ["Associated Press", ["Associated Press"]],
    // An age, a clock time or a reading time after the names ends them.
    ["By Ines Marlow 5 days ago", ["Ines Marlow"]],
    ["By Ines Marlow and Tom Berg 3 hrs ago", ["Ines Marlow", "Tom Berg"]],
    ["Kofi Mensah 10:42 AM", ["Kofi Mensah"]],
    ["Von Anna Schmidt vor 3 Stunden", ["Anna Schmidt"]],
    ["Par Claire Dubois il y a 2 heures", ["Claire Dubois"]],
    ["By Ruth Okafor 4 min read", ["Ruth Okafor"]],
    ["Coastal Wire Services2h ago", ["Coastal Wire Services"]],
    // Labels and names in German, French and Spanish bylines; names after their date.
    ["Geschrieben von Jonas Brehm", ["Jonas Brehm"]],
    ["Von unserem Redakteur Ulf Brandner", ["Ulf Brandner"]],
    ["Von unserer Korrespondentin Ida Ferreira", ["Ida Ferreira"]],
    ["Écrit par Lou Garnier", ["Lou Garnier"]],
    ["Posté le 12/05/2024 par Lou Garnier", ["Lou Garnier"]],
    ["Posted on March 4, 2024 by Ana Ruiz and Tom Berg", ["Ana Ruiz", "Tom Berg"]],
    ["Veröffentlicht am 3. Mai 2024 von Jonas Brehm in Lokales", ["Jonas Brehm"]],
    ["Von Jonas Brehm | 3. Mai 2024 | von der Redaktion", ["Jonas Brehm"]],
    // "a" and "i" join two names in Czech, Slovak and Polish bylines.
    ["Text: Tomáš Novák a Jana Horká", ["Tomáš Novák", "Jana Horká"]],
    ["Autorzy: Anna Nowak i Piotr Wiśniewski", ["Anna Nowak", "Piotr Wiśniewski"]],
    ["By Ana Ruiz, a Reuters correspondent", ["Ana Ruiz"]],
    // Credits for pictures, not words.
    ["Text: Hanne Voss · Fotos: Piet Lund", ["Hanne Voss"]],
    ["By Ana Ruiz | Photo: Tom Berg", ["Ana Ruiz"]],
    // A newsroom credited as a whole is its own name; a desk's or role's staff is no one.
    ["By Harbour Ledger staff", ["Harbour Ledger"]],
    ["Valley Gazette Staff Report", ["Valley Gazette"]],
    ["By Senior staff", []],
    ["By the staff", []],
    ["By", []],
    ["Updated Dec. 22, 2023", []],
    ["https://www.example.com/profile/ana", []],
    ["staff", []],
    ["", []],
  ];
  it.each(cases)("%s", (byline, expected) => {
    expect(splitAuthorNames(byline)).toEqual(expected);
  });
});

describe("findAuthors", () => {
  const find = (html: string) => {
    const { document } = parseHTML(html) as unknown as { document: Document };
    return findAuthors(document, readJsonLd(document), readMetaTags(document), ["Daily Example"]);
  };
  const cases: [string, string, string[]][] = [
    [
      "JSON-LD people before the organisation",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Organization","name":"Wire Service"}]}</script>`,
      ["Ana Ruiz"],
    ],
    [
      "a JSON-LD organisation when no person is given",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Associated Press"}}</script>`,
      ["Associated Press"],
    ],
    [
      "the visible byline when JSON-LD credits only the paper through an empty name",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":", The Harbour Ledger"}}</script><span class="author"><a class="authors" href="/staff/ruth-okafor/">Ruth Okafor</a></span>`,
      ["Ruth Okafor"],
    ],
    [
      "not the contributors the byline lists after the author",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ruth Okafor"},{"@type":"Person","name":"Tom Berg"}]}</script><div class="author-byline">By <a href="/a">Ruth Okafor</a> <span>Contributions from</span> <a href="/b">Tom Berg</a></div>`,
      ["Ruth Okafor"],
    ],
    [
      "every author the byline names before additional reporting",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ruth Okafor"},{"@type":"Person","name":"Tom Berg"},{"@type":"Person","name":"Lee Park"}]}</script><div class="byline">By Ruth Okafor and Tom Berg; additional reporting by Lee Park</div>`,
      ["Ruth Okafor", "Tom Berg"],
    ],
    ["meta author", `<meta name="author" content="Tom Berg">`, ["Tom Berg"]],
    [
      "article:author when it is a name, not a URL",
      `<meta property="article:author" content="https://facebook.com/example"><meta name="author" content="Lee Park">`,
      ["Lee Park"],
    ],
    ["a rel=author link", `<p>By <a rel="author" href="/a">Kai Tanaka</a></p>`, ["Kai Tanaka"]],
    [
      "a byline class",
      `<div class="article-byline">By Mia Chen and Omar Haddad</div>`,
      ["Mia Chen", "Omar Haddad"],
    ],
    [
      "a byline without a class",
      `<p>Von Lena Vogel</p><p>Der Text beginnt hier.</p>`,
      ["Lena Vogel"],
    ],
    [
      "the name after the date in a posted line",
      `<div class="note"><small>posted on <time datetime="2025-03-02T09:00:00-05:00">2025-03-02</time> 09:00 EST</small> by Ruth Okafor Mendes</div><p>The council met on Tuesday.</p>`,
      ["Ruth Okafor Mendes"],
    ],
    [
      "a credit line that names the work",
      `<p><i>Photos and Story By Ruth Okafor<br>Special Correspondent</i></p>`,
      ["Ruth Okafor"],
    ],
    [
      "the next way of finding a byline when an author class holds no name",
      `<div class="author-tools">Share this article</div><p>By Ruth Okafor</p>`,
      ["Ruth Okafor"],
    ],
    [
      "a credit line in italics inside a long block",
      `<div class="story">${"<span>The ferry ran late again. </span>".repeat(10)}<i>Photos and Story By Ruth Okafor<br>Special Correspondent</i></div>`,
      ["Ruth Okafor"],
    ],
    [
      "no one from a date line with a lower-case by",
      `<div class="note">posted on 2025-03-02 by the harbour board</div>`,
      [],
    ],
    [
      "a JSON-LD name whose apostrophe the site wrote as an HTML reference",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Liam O&#039;Hara"}}</script>`,
      ["Liam O'Hara"],
    ],
    [
      "a JSON-LD name followed by the writer's job",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Lindqvist, Chief Operating Officer and Head of Partnerships"}}</script>`,
      ["Mara Lindqvist"],
    ],
    [
      "the byline, not a menu of the site's columnists before it",
      `<nav class="main-nav"><ul>${["Ann Lee", "Bo Diaz", "Cara Moss", "Dev Patel"].map((name) => `<li><a href="/author/${name.replace(" ", "-")}">${name}</a></li>`).join("")}</ul></nav><article><p>By <a href="/author/ida-kern">Ida Kern</a></p></article>`,
      ["Ida Kern"],
    ],
    [
      "no one from a list of columnists",
      `<section class="columnists"><h3>Our columnists</h3>${["Ann Lee", "Bo Diaz", "Cara Moss", "Dev Patel", "Eli Stone"].map((name) => `<div class="author-card"><span class="author-name">${name}</span></div>`).join("")}</section>`,
      [],
    ],
    [
      "a contributor's name element, beside its role line",
      `<div class="story-contrib"><div class="contrib-name">Orla Brennan-Ward</div><div class="contrib-role">Health correspondent, Midlands</div></div>`,
      ["Orla Brennan-Ward"],
    ],
    [
      "the writer, not the photographer credited under an image's caption",
      `<article><h1>Tram line opens</h1><div class="media"><img src="/t.jpg" alt="The first tram leaves the depot on Riverside Road at dawn"><div><span>The first tram leaves the depot at dawn.</span> <span>By <a href="/writer/ola-nyberg">Ola Nyberg</a></span></div></div><p>By <a href="/writer/rita-sousa">Rita Sousa</a>, Staff Writer</p><p>${"The new line runs from the depot to the harbour, with eleven stops and a tram every eight minutes at peak times. ".repeat(4)}</p></article>`,
      ["Rita Sousa"],
    ],
    [
      "the writer of a short brief under its headline and photo",
      `<article><h1>Tram line opens</h1><img src="/t.jpg" alt="The first tram leaves the depot on Riverside Road at dawn"><p>By <a href="/writer/rita-sousa">Rita Sousa</a></p><p>The line opened on Monday.</p></article>`,
      ["Rita Sousa"],
    ],
    [
      "the writer, not the photographer in a figure",
      `<figure><img src="/t.jpg" alt="Tram"><figcaption>Opening day. <a href="/author/ola-nyberg">Ola Nyberg</a></figcaption></figure><span class="byline"><a href="/author/rita-sousa">Rita Sousa</a></span>`,
      ["Rita Sousa"],
    ],
    [
      "the writer in an author box beside the head shot",
      `<div class="author-box"><img src="/rita.jpg" alt="Rita Sousa"><a href="/author/rita-sousa">Rita Sousa</a></div>`,
      ["Rita Sousa"],
    ],
    [
      "the writer in a byline block whose class says caption",
      `<div class="post-byline-caption"><span>By —</span> <a href="/author/rita-sousa">Rita Sousa</a></div>`,
      ["Rita Sousa"],
    ],
    [
      "the name in a byline block, not the role on the line below it",
      `<div class="story-byline">Chloe Marsh<br><span class="story-byline__role">Harbour Reporter</span></div>`,
      ["Chloe Marsh"],
    ],
    [
      "the name element of a byline block beside its role element",
      `<div class="st-byline"><span class="st-byline__name">By Chloe Marsh</span><span class="st-byline__role">Local Democracy Reporter</span></div>`,
      ["Chloe Marsh"],
    ],
    [
      "a name after the date in a line of small print",
      `<article><h1>Vereinsmeister geehrt</h1><font size="1">Eingestellt am 03.05.2024 von Jonas Brehm (Pressewart)</font><p>Der Verein ehrte am Sonntag seine Meister.</p></article>`,
      ["Jonas Brehm"],
    ],
    [
      "a German newsroom's byline with the writer's role in it",
      `<div class="meta">Von unserem Redakteur <span class="name">Ulf Brandner</span> · <time datetime="2024-01-16T20:15">16. Januar 2024</time></div>`,
      ["Ulf Brandner"],
    ],
    [
      "the person the byline names over an organisation structured data credits",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reefer Trade Weekly"}}</script><span class="piece-author">By <a href="/author/priya-rao">Priya Rao</a>, Senior Editor</span>`,
      ["Priya Rao"],
    ],
    [
      "the organisation structured data credits when no byline names a person",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reefer Trade Weekly"}}</script><p>The trade body met on Monday.</p>`,
      ["Reefer Trade Weekly"],
    ],
    [
      "a structured name in the order the byline prints it",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Marsh Chloe"}]}</script><a class="story-author" href="/auteurs/chloe-marsh">Chloe Marsh</a>`,
      ["Chloe Marsh"],
    ],
    [
      "a structured name with the second surname the byline prints",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Lucía de la Cruz"}}</script><div class="nota-autor">Por Ana Lucía de la Cruz Robles</div>`,
      ["Ana Lucía de la Cruz Robles"],
    ],
    [
      "a structured name kept where the byline glues its newsroom to it or prints it in capitals",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}]}</script><div class="byline">By ANA RUIZ and Tom Berg Harbour News</div>`,
      ["Ana Ruiz", "Tom Berg"],
    ],
    [
      "a name with particles and two surnames from the byline",
      `<div class="nota-autor">Por José Luis de la Fuente Ibarra</div>`,
      ["José Luis de la Fuente Ibarra"],
    ],
    [
      "not the byline of a story in a side box",
      `<article><h1>Savings banks raise rates</h1><p>${"The savings banks raised their rates on Monday after months of pressure from customers. ".repeat(3)}</p><aside class="also-read"><a href="/n/other">Housing loans in demand</a><span class="inline-author">Von Paula Weiss</span></aside></article>`,
      [],
    ],
    [
      "the printed byline after a theme's account name",
      `<div class="theme-meta"><span>by Editor</span></div><p>${"The senate passed the bill after a long night of debate in Abuja. ".repeat(2)}</p><p><b>By Chinedu Okafor, Abuja</b></p>`,
      ["Chinedu Okafor"],
    ],
    [
      "both structured authors where a byline with a CSS-module class shows both",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rosa Achter"},{"@type":"Person","name":"Dean Pruitt"}]}</script><div class="ArticleByline_names__yT6Lm">By <a class="ArticleByline_name__x7Kp2" href="/staff/rosa-achter/">Rosa Achter</a> and <a class="ArticleByline_name__x7Kp2" href="/staff/dean-pruitt/">Dean Pruitt</a></div><div class="AuthorBox"><p>Rosa Achter covers the port.</p></div>`,
      ["Rosa Achter", "Dean Pruitt"],
    ],
    [
      "structured short names shown in the byline's longer forms",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ortiz"},{"@type":"Person","name":"Luis Gil"}]}</script><div class="ArticlePage-authorName">Por <a href="/autor/a">Ana María Ortiz Lozano</a> y <a href="/autor/l">Luis Gil Ibáñez</a></div>`,
      ["Ana María Ortiz Lozano", "Luis Gil Ibáñez"],
    ],
    [
      "a structured name in initials given as the byline spells it out",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"F.-W. Brandt"}}</script><span class="article-author">Ein Kommentar von <a href="/autoren/brandt">Friedrich-Wilhelm Brandt</a></span>`,
      ["Friedrich-Wilhelm Brandt"],
    ],
    ["no one for a bare agency acronym", `<meta name="author" content="AP">`, []],
    ["the site's own name", `<meta name="author" content="Daily Example">`, []],
    [
      "no site name from structured data",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Daily Example"}}</script>`,
      [],
    ],
    [
      "the site's own name where the visible byline credits it",
      `<article><h1>Ferry pier closes</h1><div class="byline">By Daily Example staff <span>2 days ago</span></div></article>`,
      ["Daily Example"],
    ],
    [
      "an agency in the byline, its age beside it, when structured data names the site",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Daily Example"}}</script><div class="byline">By <span>Wire Service Cooperative</span><span>5 days ago</span></div>`,
      ["Wire Service Cooperative"],
    ],
    [
      "a 'Written by:' label in a table layout's font tags",
      `<table><tr><td><font size="2"><i>Written by:</i> <b>Oriel Vantongeren</b></font></td></tr></table><p>The tide gauge failed twice.</p>`,
      ["Oriel Vantongeren"],
    ],
    [
      "a 'Reported by' line",
      `<h1>Bridge reopens</h1><p>Reported by Mele Taufa</p><p>Traffic resumed at noon.</p>`,
      ["Mele Taufa"],
    ],
    [
      "no one from the bylines of a list of other stories when the page prints none",
      `<h1>Rupee steadies</h1><p>The currency held its ground.</p><div class="box"><h3>More from markets</h3><ul><li><a href="/a">Three small lenders report higher bad loans</a> <span>by Devika Raman</span></li><li><a href="/b">Gold imports fall for a second month</a> <span>by Joel Mathai</span></li></ul></div>`,
      [],
    ],
    [
      "a blog post's handle, the text of a link to its account's posts",
      `<h1>Why the levy failed</h1><div class="meta">Posted by <a href="https://blog.example/author/quietharbour/">quietharbour</a> in <a href="/category/town/">Town</a></div><p>Turnout was low.</p>`,
      ["quietharbour"],
    ],
    [
      "no handle for a theme's default account or a commenter",
      `<h1>Why the levy failed</h1><div class="meta">Posted by <a href="/author/admin/">admin</a></div><ol class="comment-list"><li><a href="/author/tidewatcher/">tidewatcher</a> wrote: agreed.</li></ol>`,
      [],
    ],
    [
      "an organisation as the byline prints it, without the article structured data adds",
      `<meta name="author" content="The Wire Service Cooperative"><div class="byline">By Wire Service Cooperative</div><p>Heat records fell.</p>`,
      ["Wire Service Cooperative"],
    ],
    [
      "the writer, not the expert who checked the text, from two credit lines in blocks",
      `<div class="byline-credits"><div><span>Written by</span> <a href="/c/juno-marsh">Juno Marsh</a></div><div><span>Medically reviewed by</span> <a href="/x/ola-berg">Dr. Ola Berg</a>, <span>Board-Certified Allergist</span></div></div>`,
      ["Juno Marsh"],
    ],
    [
      "no author from a recipe card's fields",
      `<p class="card-author">Author: Wren Calloway · Course: Dessert · Cuisine: Irish</p>`,
      ["Wren Calloway"],
    ],
    [
      "no author from a 'View Bio' link beside the byline",
      `<div class="byline">By <a href="/a/teo-lind">Teo Lind</a> <a href="/a/teo-lind#bio">View Bio</a></div>`,
      ["Teo Lind"],
    ],
    [
      "a handle from a '/@' link",
      `<h1>Ledger lessons</h1><div class="post-meta"><a class="name" href="/@saltcellar">saltcellar</a> · 5 min read</div>`,
      ["saltcellar"],
    ],
    [
      "a structured short given name as the byline prints it in full",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Rob Tennant"}}</script><div class="byline">by <a href="/author/robert-tennant/">Robert Tennant</a></div>`,
      ["Robert Tennant"],
    ],
    [
      "the author of a medical web page's structured data",
      `<script type="application/ld+json">{"@type":"MedicalWebPage","headline":"Hay fever in May","datePublished":"2025-05-02","author":{"@type":"Person","name":"Juno Marsh"}}</script><p>Pollen counts rose.</p>`,
      ["Juno Marsh"],
    ],
    ["nothing", `<p>The council met on Tuesday.</p>`, []],
  ];
  it.each(cases)("finds %s", (_name, html, expected) => {
    expect(find(`<html><head></head><body>${html}</body></html>`)).toEqual(expected);
  });
});

describe("splitAuthorNames on hostile bylines", () => {
  it("reads bylines of doubling length without trouble", () => {
    for (const size of [5_000, 10_000, 20_000, 40_000]) {
      expect(splitAuthorNames("1 ".repeat(size / 2))).toEqual([]);
      expect(splitAuthorNames(`By ${"Staff ".repeat(size / 6)}staff`)).toEqual([]);
      expect(splitAuthorNames("vor 1 ".repeat(size / 6))).toEqual([]);
      expect(splitAuthorNames(`Posted on March 4, 2024 by ${"Ana ".repeat(size / 4)}`)).toEqual([]);
    }
  });
});

describe("findAuthors on hostile pages", () => {
  it("reads author links inside empty wrappers of doubling depth without trouble", () => {
    for (const depth of [500, 1_000, 2_000]) {
      const wrappers = "<div>".repeat(depth);
      const closes = "</div>".repeat(depth);
      const html = `<html><body><div><img src="/a.jpg" alt="A ferry leaves the harbour at dawn today">${wrappers}${closes}<span>By <a href="/author/ida-kern">Ida Kern</a></span></div></body></html>`;
      const { document } = parseHTML(html) as unknown as { document: Document };
      expect(findAuthors(document, [], readMetaTags(document), [])).toEqual(["Ida Kern"]);
    }
  });

  it("reads doubling numbers of account links, nested deep, without trouble", () => {
    for (const count of [250, 500, 1_000]) {
      const links = `<div>${'<a href="/author/x/">not-the-slug</a>'.repeat(count)}</div>`.repeat(4);
      const html = `<html><body>${"<div>".repeat(count)}${links}${"</div>".repeat(count)}</body></html>`;
      const { document } = parseHTML(html) as unknown as { document: Document };
      expect(findAuthors(document, [], readMetaTags(document), [])).toEqual([]);
    }
  });
});
