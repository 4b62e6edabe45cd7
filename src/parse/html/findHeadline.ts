import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import { withoutFormatLabel } from "../formatLabel.js";
import { findArticleObject, type JsonLdObject, jsonLdString } from "./readJsonLd.js";
import { firstMeta, type MetaTags } from "./readMetaTags.js";

/** A headline candidate with where it came from. */
interface HeadlineCandidate {
  text: string;
  source: "h1" | "json-ld" | "og" | "twitter" | "meta" | "title";
}

// Separators between a headline and the site name in <title> and og:title.
const SITE_SEPARATOR = /\s(?:[|·•»~/]|::|-{1,2}|–|—)\s/gu;
// "Site: Headline": a colon ends a site-name prefix only when the prefix is the site.
const COLON_PREFIX = /^([^:]{2,40}):\s/u;
const MAX_HEADLINE_LENGTH = 400;
const CUT_SHORT = /(?:[:…]|\.\.\.)$/u;
const MAX_HEADINGS = 10;
const MIN_HEADING_WORDS = 3;
const MAX_HEADING_WORDS = 40;
const MAX_KICKER_WORDS = 3;
// Labels that name a piece's genre before its headline.
const GENRE_LABEL =
  /^(?:opinion|op-ed|tribune|kommentar|gastbeitrag|gastkommentar|meinung|kolumne|editorial|éditorial|édito|chronique|analyse|analysis|análisis|análise|analisi|column|commentary|interview|entrevista|intervista|opinión|opinião|opinione|commento|live|en direct|direct|liveticker|en vivo|ao vivo|in diretta|exclusive|exclusif|exklusiv)\s?:$/iu;

/**
 * Finds the headline a reader sees: the visible `<h1>` of the article, when it reads as a
 * headline and shares words with the page's other statements of it (the JSON-LD headline,
 * `og:title`, `twitter:title`, `<title>`), which often carry an older or SEO wording.
 * Otherwise the title most sources agree on (without the site-name suffix), then the
 * strongest single source.
 */
export function findHeadline(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
  siteNames: readonly string[],
): string | undefined {
  // A heading that only links to the site's home page is the site's name (a blog's title
  // above its post), whatever the page's metadata calls the site.
  const homeHeadings = headingElements(document).filter(linksHome);
  const siteKeys = [...siteNames, ...homeHeadings.map(headingText), ...homeLogoNames(document)]
    .map(foldForComparison)
    .filter((name) => name !== "");
  const candidates: HeadlineCandidate[] = [];
  const add = (text: string | undefined | null, source: HeadlineCandidate["source"]) => {
    if (text === undefined || text === null) {
      return;
    }
    const cleaned = withoutFormatLabel(collapseWhitespace(text));
    if (cleaned === "" || cleaned.length > MAX_HEADLINE_LENGTH) {
      return;
    }
    if (siteKeys.includes(foldForComparison(cleaned))) {
      return;
    }
    candidates.push({ text: cleaned, source });
  };
  const article = findArticleObject([...jsonLd]);
  add(jsonLdString(article?.["headline"]) ?? jsonLdString(article?.["name"]), "json-ld");
  add(firstMeta(meta, ["og:title"]), "og");
  add(firstMeta(meta, ["twitter:title"]), "twitter");
  add(firstMeta(meta, ["title", "sailthru.title", "parsely-title", "dc.title"]), "meta");
  add(document.querySelector("title")?.textContent, "title");
  const titles = candidates.map((candidate) => candidate.text);
  const h1 = visibleHeading(document, titles, homeHeadings);
  // Where the page's main heading is a section's name ("Explained") or missing, a lesser
  // heading marked as the title ("entry-title", "titel") that reads as the headline is it.
  const statements = [...candidates];
  add(
    h1 !== undefined && readsAsHeadline(h1, statements)
      ? h1
      : (titledHeading(document, statements) ?? h1),
    "h1",
  );
  if (candidates.length === 0) {
    return undefined;
  }

  // Titles carry the site name; strip it where it is known or where another source
  // shows the headline without it, a lesser heading included (a post's title in an <h2>
  // under the blog's name).
  const bareTexts = [...candidates.map((candidate) => candidate.text), ...titleHeadings(document)];
  const stripped = candidates.map((candidate) =>
    candidate.source === "h1"
      ? candidate
      : { ...candidate, text: stripSiteName(candidate.text, siteKeys, bareTexts) },
  );

  // A title cut short ("Plastics:", "…") is not the headline when another source gives one.
  const complete = stripped.filter((candidate) => !CUT_SHORT.test(candidate.text));
  const ranked = complete.length > 0 ? complete : stripped;

  const heading = ranked.find((candidate) => candidate.source === "h1");
  const others = ranked.filter((candidate) => candidate !== heading);
  if (heading !== undefined && readsAsHeadline(heading.text, others)) {
    return withoutKicker(heading.text, others);
  }
  if (heading !== undefined) {
    const key = foldForComparison(heading.text);
    if (
      ranked.some((candidate) => candidate !== heading && foldForComparison(candidate.text) === key)
    ) {
      return heading.text;
    }
  }
  const votes = new Map<string, number>();
  for (const candidate of ranked) {
    const key = foldForComparison(candidate.text);
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  let best: HeadlineCandidate | undefined;
  let bestVotes = 1;
  for (const candidate of ranked) {
    const count = votes.get(foldForComparison(candidate.text)) ?? 0;
    if (count > bestVotes) {
      best = candidate;
      bestVotes = count;
    }
  }
  if (best !== undefined) {
    return best.text;
  }
  // No two sources agree: the visible heading is what a reader sees as the headline.
  if (heading !== undefined && heading.text.length >= 12) {
    return heading.text;
  }
  return ranked[0]?.text;
}

// The page's main headings, the article's own first: pages also use <h1> for a logo, a
// menu title or a sidebar.
function headingElements(document: Document): Element[] {
  // One pass over the page (each selector query walks the whole tree in linkedom).
  const found = Array.from(document.querySelectorAll("h1, [itemprop=headline]"));
  const headings = found.filter((element) => element.tagName === "H1");
  const ordered = [
    headings.find((element) => element.closest("article") !== null),
    headings.find((element) => element.closest("main") !== null),
    found.find((element) => element.getAttribute("itemprop") === "headline"),
    ...headings.slice(0, MAX_HEADINGS),
  ];
  return [...new Set(ordered.filter((element): element is Element => element !== undefined))];
}

// Class words of a kicker printed inside a heading, above or before the headline.
const KICKER_NAMES =
  /kicker|eyebrow|overline|dachzeile|topline|roofline|surtitre|flag|label|badge|etiqueta|rubri[kq]|occhiello|antet[ií]tulo|(?:^|[\s_-])(?:dach|live)(?:$|[\s_-])/iu;
const LEADING_SEPARATOR = /^[\s:|·•–—-]+/u;

// A heading's text without a kicker its markup marks as one ("<span class=kicker>Energy
// </span>: <span>Grid operators warn…</span>").
function headingText(element: Element): string {
  const kickers = Array.from(element.children).filter((child) =>
    KICKER_NAMES.test(child.getAttribute("class") ?? ""),
  );
  const whole = collapseWhitespace(element.textContent ?? "");
  if (kickers.length === 0) {
    return whole;
  }
  const parts: string[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (!kickers.includes(child as Element)) parts.push(child.textContent ?? "");
  }
  const rest = collapseWhitespace(parts.join("")).replace(LEADING_SEPARATOR, "");
  // The kicker is the heading's whole text when nothing of a headline's length is left.
  return rest.split(" ").length >= MIN_HEADING_WORDS ? rest : whole;
}

// Class or id words of a lesser heading that holds the page's title.
const TITLE_NAMES =
  /(?:^|[\s_-])(?:entry-?title|post-?title|article-?title|titel|titre|titulo|title|headline)(?:$|[\s_-])/iu;
const NOT_TITLE_NAMES = /widget|section|more|related|sidebar|footer|menu|nav|teaser|card/iu;

// The first <h2> or <h3> whose class says it is the title and that reads as the headline.
function titledHeading(
  document: Document,
  others: readonly HeadlineCandidate[],
): string | undefined {
  for (const element of Array.from(document.querySelectorAll("h2, h3")).slice(0, MAX_HEADINGS)) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!TITLE_NAMES.test(names) || NOT_TITLE_NAMES.test(names)) continue;
    const text = headingText(element);
    if (readsAsHeadline(text, others)) return text;
  }
  return undefined;
}

// The heading that the page's titles repeat, else the article's first heading.
function visibleHeading(
  document: Document,
  titles: readonly string[],
  homeHeadings: readonly Element[],
): string | undefined {
  const texts = headingElements(document)
    .filter((element) => !homeHeadings.includes(element))
    .map(headingText)
    .filter((text) => text !== "");
  const titleKeys = titles.map(foldForComparison);
  const repeated = texts.find((text) => {
    const key = foldForComparison(text);
    return titleKeys.some((title) => title.includes(key));
  });
  return repeated ?? texts[0];
}

// A heading whose text is one link, to the site's root, or the name of the logo it links
// home: the site's name.
function linksHome(heading: Element): boolean {
  const links = heading.querySelectorAll("a[href]");
  if (links.length !== 1) {
    return false;
  }
  const link = links[0] as Element;
  const text = headingText(heading);
  const logo = link.querySelector("img")?.getAttribute("alt")?.trim() ?? "";
  if (collapseWhitespace(link.textContent ?? "") !== text && collapseWhitespace(logo) !== text) {
    return false;
  }
  return HOME_HREF.test((link.getAttribute("href") ?? "").trim());
}

// How many home links are read for the site's logo.
const MAX_HOME_LINKS = 5;
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.\w{2,5})?$/iu;

// The site's name as its logo states it: the description of an image that links home.
function homeLogoNames(document: Document): string[] {
  const names: string[] = [];
  let seen = 0;
  for (const image of Array.from(document.querySelectorAll("a[href] img[alt]"))) {
    const link = image.closest("a[href]");
    if (link !== null && HOME_HREF.test((link.getAttribute("href") ?? "").trim())) {
      const alt = collapseWhitespace(image.getAttribute("alt") ?? "");
      if (alt !== "") names.push(alt);
    }
    seen += 1;
    if (seen >= MAX_HOME_LINKS || names.length > 0) break;
  }
  return names;
}

// The texts of the page's first lesser headings (<h2>, <h3>), which may show the headline
// alone where the page's <h1> is the site's name.
const MAX_TITLE_HEADINGS = 6;
function titleHeadings(document: Document): string[] {
  return Array.from(document.querySelectorAll("h2, h3"))
    .slice(0, MAX_TITLE_HEADINGS)
    .map(headingText)
    .filter((text) => text.split(" ").length >= MIN_HEADING_WORDS);
}

/**
 * The element that shows the article's headline: the first main heading whose text is the
 * headline (or contains it after a kicker), or `undefined` when no heading shows it.
 *
 * @param document - the parsed page
 * @param headline - the headline found by {@link findHeadline}
 */
export function headlineElement(document: Document, headline: string): Element | undefined {
  const wanted = foldForComparison(headline);
  if (wanted === "") {
    return undefined;
  }
  return headingElements(document).find((element) => {
    const shown = foldForComparison(headingText(element));
    // The heading may add a kicker to the headline or show a shortened one.
    return (
      shown !== "" &&
      (shown.includes(wanted) || (wanted.includes(shown) && shown.length * 2 >= wanted.length))
    );
  });
}

// A heading of a few words or more that shares a word with the page's other titles (or
// stands alone) is the headline as printed; a one-word heading is a label.
function readsAsHeadline(text: string, others: readonly HeadlineCandidate[]): boolean {
  const words = text.split(" ");
  if (words.length < MIN_HEADING_WORDS || words.length > MAX_HEADING_WORDS) {
    return false;
  }
  if (others.length === 0) {
    return true;
  }
  const ownWords = new Set(contentWords(text));
  return others.some((other) => contentWords(other.text).some((word) => ownWords.has(word)));
}

// "Opinion The cartoons of the week": a section label printed inside the heading, which
// another source shows without it.
function withoutKicker(text: string, others: readonly HeadlineCandidate[]): string {
  const words = text.split(" ");
  for (let cut = 1; cut <= MAX_KICKER_WORDS && cut < words.length; cut++) {
    // "Colleges: Former star keeps busy": a label with a colon is printed as the headline's,
    // unless it names the piece's genre ("Opinion:", "Tribune :", "Kommentar:") and another
    // source shows the headline without it.
    if (words[cut - 1]?.endsWith(":")) {
      const rest = foldForComparison(words.slice(cut).join(" "));
      const genre = GENRE_LABEL.test(words.slice(0, cut).join(" "));
      return genre && others.some((other) => foldForComparison(other.text) === rest)
        ? words.slice(cut).join(" ")
        : text;
    }
    const rest = words.slice(cut).join(" ");
    const key = foldForComparison(rest);
    if (others.some((other) => foldForComparison(other.text) === key)) {
      return rest;
    }
  }
  return text;
}

function contentWords(text: string): string[] {
  return (foldForComparison(text).match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter(
    (word) => !/^\p{N}+$/u.test(word),
  );
}

/**
 * Removes a site-name part from a title: "Headline | Site", "Headline - Site",
 * "Site: Headline". A part is a site name when it matches a known site name, or when the
 * rest of the title is what another source gives as the headline.
 */
export function stripSiteName(
  title: string,
  siteKeys: readonly string[],
  otherTexts: readonly string[],
): string {
  const prefix = COLON_PREFIX.exec(title);
  if (prefix?.[1] !== undefined && isSiteName(prefix[1], siteKeys)) {
    return title.slice(prefix[0].length).trim();
  }
  const separators = [...title.matchAll(SITE_SEPARATOR)];
  if (separators.length === 0) {
    return title;
  }
  const otherKeys = new Set(otherTexts.map(foldForComparison));
  // "Headline | Opinion | Site" and "Headline - Site - Site's tagline": cut at the site's
  // segment, together with short section names standing before it.
  const starts = [0, ...separators.map((separator) => separator.index + separator[0].length)];
  const ends = [...separators.map((separator) => separator.index), title.length];
  const segments = starts.map((start, index) => title.slice(start, ends[index]).trim());
  const siteIndex = segments.findIndex(
    (segment, index) => index > 0 && isSiteName(segment, siteKeys),
  );
  if (siteIndex > 0) {
    let cut = siteIndex;
    while (cut > 1 && (segments[cut - 1] ?? "").split(" ").length <= 2) {
      cut -= 1;
    }
    return title.slice(0, ends[cut - 1]).trim();
  }
  // Another source shows the headline alone: cut the title where it ends or begins.
  for (const separator of separators) {
    const head = title.slice(0, separator.index).trim();
    if (otherKeys.has(foldForComparison(head))) {
      return head;
    }
    const tail = title.slice(separator.index + separator[0].length).trim();
    if (otherKeys.has(foldForComparison(tail))) {
      return tail;
    }
  }
  // "Site | News | Headline": the site's segment first, with short section names after it.
  if (isSiteName(segments[0] ?? "", siteKeys) && segments.length > 2) {
    let first = 1;
    while (first < segments.length - 1 && (segments[first] ?? "").split(" ").length <= 2) {
      first += 1;
    }
    return title.slice(starts[first]).trim();
  }
  const last = separators[separators.length - 1];
  const first = separators[0];
  if (last !== undefined) {
    const head = title.slice(0, last.index).trim();
    const tail = title.slice(last.index + last[0].length).trim();
    if (isSiteName(tail, siteKeys) || otherKeys.has(foldForComparison(head))) {
      return stripSiteName(head, siteKeys, otherTexts);
    }
  }
  if (first !== undefined) {
    const head = title.slice(0, first.index).trim();
    const tail = title.slice(first.index + first[0].length).trim();
    if (isSiteName(head, siteKeys) || otherKeys.has(foldForComparison(tail))) {
      return tail;
    }
  }
  return title;
}

// "The Coastal Ledger" and "Coastal Ledger" name one site.
function compactName(name: string): string {
  return name.replace(/^the\s/u, "").replace(/[^\p{L}\p{N}]/gu, "");
}

function isSiteName(part: string, siteKeys: readonly string[]): boolean {
  const key = foldForComparison(part);
  if (key === "") {
    return false;
  }
  const compact = compactName(key);
  return siteKeys.some((site) => {
    const siteCompact = compactName(site);
    return (
      key === site ||
      compact === siteCompact ||
      (siteCompact.length >= 3 &&
        (compact.startsWith(siteCompact) || siteCompact.startsWith(compact)) &&
        compact.length >= 3)
    );
  });
}
