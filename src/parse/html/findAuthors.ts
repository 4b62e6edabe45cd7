import { MONTH_WORD_PATTERN, MONTH_WORDS } from "../../text/calendarWords.js";
import { ORGANIZATION_CUES } from "../../text/gazetteer.js";
import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import { wordAlternation } from "../../text/wordAlternation.js";
import { findDateInText } from "../dateString.js";
import { isJobTitle } from "../jobTitle.js";
import { findArticleObject, type JsonLdObject, jsonLdTypes } from "./readJsonLd.js";
import type { MetaTags } from "./readMetaTags.js";
import { textUpTo } from "./teasers.js";

// Words that open a byline in the languages of our pages.
const BYLINE_PREFIX =
  /^(?:(?:view all posts|all posts|more|more stories|articles|posts|written|words|reported|posted|story|text|photos?|fotos?|interview|edited|reviewed)\s+(?:by|from)|geschrieben von|verfasst von|écrit par|rédigé par|escrito por|von\s+unser(?:e[mnrs]?)?\s+\S+|by|von|par|por|di|da|door|av|af|de|autor(?:in|zy|ka|ři)?|author|texte?)\s*[:|]?\s+/iu;

// Words that make a byline part a job title or a desk rather than a name.
const ROLE_WORDS =
  /(?:^|\s)(?:staff|writer|reporter|editor|editors|correspondent|contributor|contributing|columnist|journalist|producer|senior|chief|deputy|managing|executive|freelance|intern|analyst|photographer|redakteur(?:in)?|korrespondent(?:in)?|redaktion|team|desk|updated|published|min read|read|contact|follow|email|twitter)(?:$|\s)/iu;

// The words after which a byline lists helpers, not authors.
const CONTRIBUTORS_MARKER =
  /contributions? (?:from|by)|additional reporting|with reporting (?:from|by)|contributors?:|mitarbeit/u;

// Separators between the parts of a byline: names, or a name's job title after a comma.
const PART_SEPARATOR = /(?<!\s)\s*[,;|/•·]\s*/u;
// "and" between two names inside one part.
const AND_SEPARATOR = /(?<!\s)\s+(?:and|und|et|y|e|en|og|och|&)\s+/iu;
// "a" (Czech, Slovak) and "i" (Polish, Croatian) between two capitalised names.
const SHORT_AND_SEPARATOR = /(?<=\p{L})\s(?:a|i)\s(?=\p{Lu})/u;

const MAX_NAME_WORDS = 5;
// "by", "von", "par" right after a date: the names come after it.
const NAMES_AFTER_DATE = /^[^\p{L}]{0,6}(?:by|von|par|por|door|di)\s(?=\p{Lu})/iu;
// Two capitalised words in a row: a name, where a label alone would have none.
const NAME_LIKE = /\p{Lu}\p{Ll}+\s\p{Lu}/u;
// A part that credits other work than the writing: "Fotos: Ole Thiessen", "Photo: …".
const OTHER_WORK_CREDIT =
  /^\s*(?:fotos?|photos?|photographs?|bilder?|illustrations?|grafik|graphics?|video|kamera|camera|schnitt|images?)\s?:/iu;
// The stamps a byline prints after its names besides a date: an age ("5 days ago", "vor 3
// Stunden", "il y a 2 heures"), a clock time ("10:42 AM"), a reading time ("4 min read").
const STAMP_AFTER_NAMES =
  /(?<![\p{L}\p{N}])(?:\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\.?\s(?:ago|read)(?![\p{L}])|\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|uhr|h)?(?![\p{L}\p{N}])|(?:vor|il y a|hace)\s\d{1,3}\s\p{L}|(?:lecture|lesezeit|lectura|leestijd|lettura|reading time|read time)\s?:?\s?\d)/iu;
// "Harbour Courier staff", "Herald Staff Report": a newsroom credited as a whole. The words
// before "staff" name it.
const NEWSROOM_STAFF =
  /^((?:\p{Lu}[\p{L}'’.-]*\s){1,4})(?:staff|Staff|STAFF)(?:\s(?:reports?|Reports?|REPORTS?))?$/u;
// A page that prints the date or its label right after the name, with no space: "Simone M.
// ScullyDecember 20, 2023", "Ann LeeUpdated 3 hours ago", "Ann Lee20 December 2023".
const GLUED_TO_NAME = new RegExp(
  `(?<=\\p{Ll})(?=(?:${wordAlternation(MONTH_WORDS, "capitalised")})\\.?\\s?\\d|\\d|(?:Published|Updated|Posted)(?!\\p{Ll}))`,
  "gu",
);
const TRAILING_AGENCY =
  /\s(?:the\s)?(?:associated press|reuters|agence france-presse|afp|dpa|ap|bloomberg|canadian press)$/iu;
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ph\.?\s?d\.?|m\.?d\.?|ii|iii|iv|esq\.?)$/iu;
// "Brightfield Thermal Systems, Inc.": a company's legal form after its comma.
const COMPANY_SUFFIX =
  /^(?:inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|llp|plc|corp\.?|co\.|gmbh|ag|s\.a\.|pty\.? ltd\.?)$/iu;
// Single words that bylines carry but that are never a name.
const NOT_A_NAME = new RegExp(
  `^(?:${MONTH_WORD_PATTERN}|posted|sponsored|updated|published|share|follow|more|staff|admin|editor|redaktion|news)\\.?$`,
  "iu",
);
const MAX_NAME_LENGTH = 60;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Where an author list came from, strongest first. */
type AuthorSource = "json-ld" | "meta" | "byline";

/**
 * Finds the article's authors: JSON-LD authors (people before organisations), then meta
 * tags (`author`, `article:author` when it is a name, `parsely-author`, ...), then the
 * visible byline (`rel=author`, `itemprop=author`, elements whose class says byline or
 * author). Names are split on "and" and commas and cleaned of "By", roles, e-mail
 * addresses and handles.
 */
export function findAuthors(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
  siteNames: readonly string[],
  readVisible = true,
): string[] {
  const siteKeys = new Set(siteNames.map(foldForComparison));
  const structured = jsonLdAuthors(jsonLd);
  // Each source is read only when the stronger ones gave nothing.
  const sources: [AuthorSource, () => Iterable<string[]>][] = [
    ["json-ld", () => [structured.people]],
    ["meta", () => [metaAuthors(meta)]],
    ["byline", () => (readVisible ? visibleAuthors(document) : [])],
  ];
  // Read only when a source lists several names (it walks the page).
  let bylineText: string | undefined;
  // Structured data that credits only an organisation (often the publication itself)
  // yields to a person the visible byline names; with none, the organisation stands.
  const credited = namesFrom(structured.organisations, "json-ld", siteKeys, () => "");
  let organisations: string[] | undefined = credited.length > 0 ? credited : undefined;
  for (const [source, read] of sources) {
    for (const found of read()) {
      const names = namesFrom(found, source, siteKeys, () => {
        bylineText ??= readVisible ? foldForComparison(visibleBylineText(document)) : "";
        return bylineText;
      });
      if (names.length === 0) {
        continue;
      }
      if (source === "byline" || !names.every(looksLikeOrganisation)) {
        if (organisations !== undefined && names.every(looksLikeOrganisation)) {
          return organisations;
        }
        return source === "byline" || !readVisible
          ? names
          : names.map((name) => asPrinted(name, document));
      }
      organisations ??= names;
    }
  }
  return organisations ?? [];
}

// Words a visible byline may add to a name structured data gives (a second surname).
const MAX_ADDED_NAME_WORDS = 2;

/**
 * A name from structured data in the form the visible byline prints it, where the byline
 * shows the same person: the same words in another order ("Perrenoud Anouk" / "Anouk
 * Perrenoud") or with a name more ("José Ángel de la Garza" / "José Ángel de la Garza
 * Treviño").
 */
function asPrinted(name: string, document: Document): string {
  const words = foldForComparison(name).split(" ");
  for (const texts of visibleAuthors(document)) {
    for (const printed of texts.flatMap(splitAuthorNames).filter(isPrintedName)) {
      const printedWords = foldForComparison(printed).split(" ");
      const added = nameWords(printed).length - nameWords(name).length;
      if (
        added >= 0 &&
        added <= MAX_ADDED_NAME_WORDS &&
        words.every(
          (word) =>
            printedWords.includes(word) ||
            printedWords.some((other) => initialsOf(other) === initialsOnly(word)),
        )
      ) {
        return printed;
      }
    }
    // Only the most specific byline found is read: later ones are noisier.
    return name;
  }
  return name;
}

// "F.-W." and "PJ" stand for "Friedrich-Wilhelm" and "Pieter-Jan": the initials of a name
// word's hyphenated parts.
function initialsOf(word: string): string {
  return word
    .split("-")
    .map((part) => part.slice(0, 1))
    .join("");
}

// The letters of a word made of initials only ("f.-w." gives "fw", "pj" gives "pj"), else "".
function initialsOnly(word: string): string {
  const letters = word.replace(/[.-]/gu, "");
  return letters.length >= 1 &&
    letters.length <= 3 &&
    /^\p{L}+$/u.test(letters) &&
    (word.includes(".") || letters.length === 2)
    ? letters
    : "";
}

// A name as a byline prints it, fit to stand for structured data's: a person's name, in
// mixed case (an all-caps byline keeps the structured casing), with no label or
// newsroom glued to it ("Topic: Storms", "Fox News").
function isPrintedName(name: string): boolean {
  return (
    looksLikePersonName(name) &&
    !looksLikeOrganisation(name) &&
    /\p{Ll}/u.test(name) &&
    /^[\p{L}\p{M} .'’-]+$/u.test(name)
  );
}

// The names one source gives, cleaned; empty when none of them is an author's name.
function namesFrom(
  found: readonly string[],
  source: AuthorSource,
  siteKeys: ReadonlySet<string>,
  visibleByline: () => string,
): string[] {
  // Structured data often names the site as the author by default; a visible byline that
  // credits the site ("By The Harbour Courier") means it.
  let cleaned = uniqueNames(found.flatMap(splitAuthorNames)).filter(
    (name) => source === "byline" || !siteKeys.has(foldForComparison(name)),
  );
  if (source === "byline") {
    cleaned = cleaned.filter(looksLikePersonName);
  }
  // Wire services and desks listed beside named reporters are credits, not authors.
  const people = cleaned.filter((name) => !looksLikeOrganisation(name));
  if (people.length > 0) {
    cleaned = people;
  }
  // Structured data sometimes lists editors and contributors as authors; when the
  // visible byline names some of them, those are the article's authors.
  const shownIn = cleaned.length > 1 ? visibleByline() : "";
  if (shownIn !== "") {
    // Shown when each word of the name stands in the byline ("María Ortiz" in "María del
    // Carmen Ortiz Lozano").
    const wordsOf = (text: string) =>
      text.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter((word) => word !== "");
    const shownWords = new Set(wordsOf(shownIn));
    const shown = cleaned.filter(
      (name) =>
        shownIn.includes(foldForComparison(name)) ||
        wordsOf(foldForComparison(name)).every((word) => shownWords.has(word)),
    );
    if (shown.length > 0) {
      cleaned = shown;
    }
    // "By Ana Ruiz Contributions from Tom Berg": the names after the marker helped.
    const marker = CONTRIBUTORS_MARKER.exec(shownIn);
    if (marker !== null) {
      const authors = cleaned.filter((name) => {
        const at = shownIn.indexOf(foldForComparison(name));
        return at >= 0 && at < marker.index;
      });
      if (authors.length > 0) {
        cleaned = authors;
      }
    }
  }
  // A bare agency acronym ("AP", "ANI") is a wire credit, not a byline.
  return cleaned.filter((name) => !/^\p{Lu}{2,4}$/u.test(name));
}

const ORGANISATION_WORDS =
  /(?:^|\s)(?:press|news|newsroom|times|report|reuters|agency|agencies|media|journal|gazette|telegram|tribune|post|daily|staff|wire|network|magazine|redaktion|editorial|team|desk|online|digital|ltd|inc|gmbh)(?:$|\s)/iu;

function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION_WORDS.test(name) || /^[\p{Lu}]{2,5}$/u.test(name);
}

// Particles that stay lower-case inside names ("Ursula von der Leyen", "Vincent van Gogh").
const NAME_PARTICLES =
  /^(?:de|da|del|della|der|den|di|du|la|le|van|von|zu|bin|al|el|y|e|dos|das|ter|ten)$/u;

function looksLikePersonName(name: string): boolean {
  const words = name.split(" ");
  const counted = nameWords(name).length;
  if (counted < 2 || counted > 4) {
    return false;
  }
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.test(word));
}

// A name's words without its lower-case particles ("de", "la", "van", "von").
function nameWords(name: string): string[] {
  return name.split(" ").filter((word) => !NAME_PARTICLES.test(word));
}

function visibleBylineText(document: Document): string {
  const parts: string[] = [];
  for (const element of Array.from(
    document.querySelectorAll(
      "[class*=byline i], [class*=author i], [rel=author], [itemprop=author]",
    ),
  )) {
    const text = element.textContent ?? "";
    if (text.length <= 300) {
      parts.push(text);
    }
    if (parts.length >= 20) {
      break;
    }
  }
  return parts.join(" | ");
}

function jsonLdAuthors(jsonLd: readonly JsonLdObject[]): {
  people: string[];
  organisations: string[];
} {
  const article = findArticleObject([...jsonLd]);
  return article === undefined ? { people: [], organisations: [] } : authorsOf(article);
}

function authorsOf(object: JsonLdObject): { people: string[]; organisations: string[] } {
  const raw = object["author"] ?? object["creator"];
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const people: string[] = [];
  const organisations: string[] = [];
  for (const item of items) {
    if (typeof item === "string") {
      people.push(item);
      continue;
    }
    if (item === null || typeof item !== "object") {
      continue;
    }
    const author = item as JsonLdObject;
    const name = author["name"];
    const names =
      typeof name === "string"
        ? [name]
        : Array.isArray(name)
          ? name.filter((n) => typeof n === "string")
          : [];
    const isOrganisation = jsonLdTypes(author).some((type) =>
      /organi[sz]ation|corporation|newsmedia/iu.test(type),
    );
    // ", The Paper": a byline template whose name part was left empty names no author;
    // the visible byline then says who wrote the story.
    const credited = names.filter((text) => !/^\s*,/u.test(text));
    (isOrganisation ? organisations : people).push(...credited);
  }
  return { people, organisations };
}

function metaAuthors(meta: MetaTags): string[] {
  for (const key of [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "twitter:creator",
  ]) {
    const values = (meta.get(key) ?? []).filter(
      (value) => !/^(?:https?:|www\.|@)/iu.test(value.trim()),
    );
    if (values.length > 0) {
      return values;
    }
  }
  return [];
}

// The visible bylines, one group of texts per way of finding them, most specific first.
function* visibleAuthors(document: Document): Generator<string[]> {
  const selectors = [
    "[rel=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    "[class*=byline] [class*=author]",
    "[class*=byline] [class*=name]",
    "[class*=byline]",
    "[class*=author-name], [class*=authorName], [class*=author__name]",
    "[class*=contrib][class*=name], [class*=contrib][class*=Name]",
    "address.author, .author",
    "a[href*='/author/'], a[href*='/authors/'], a[href*='/writer/'], a[href*='/reporters/'], a[href*='/autor/'], a[href*='/autoren/'], a[href*='/redaktion/'], a[href*='/journalist/']",
    "[class*=author]",
  ];
  for (const selector of selectors) {
    const texts: string[] = [];
    const distinct = new Set<string>();
    for (const element of Array.from(document.querySelectorAll(selector))) {
      // A menu of the site's writers ("Columnists") links to author pages too.
      if (
        element.closest(NAVIGATION) !== null ||
        element.closest(OTHER_STORIES) !== null ||
        isPhotoCredit(element)
      ) {
        continue;
      }
      const text = bylineText(element);
      if (text !== "" && text.length <= 200) {
        texts.push(text);
        distinct.add(foldForComparison(text));
      }
      if (distinct.size >= ROSTER_NAMES || texts.length >= MAX_BYLINE_TEXTS) {
        break;
      }
    }
    // As many different names as a list of the site's writers holds: a roster, not a byline
    // (one byline that names several writers is one text).
    if (texts.length > 0 && distinct.size < ROSTER_NAMES) {
      yield texts.slice(0, BYLINE_TEXTS);
    }
  }
  yield openingBylines(document);
}

// Blocks of other stories, whose bylines are theirs.
const OTHER_STORIES = "aside, [class*=related i], [class*=teaser i], [class*=recommend i]";

// An image's caption, whose "By …" names the photographer.
const CAPTION = "figure, figcaption";
// The block that wraps an image and its caption is looked for this far up from a credit,
// and is short and holds no heading: a longer block, or one with a heading, is the article
// or its header.
const CAPTION_BLOCK_DEPTH = 3;
const CAPTION_BLOCK_TEXT = 400;
const CAPTION_WORDS = 5;

/**
 * A name credited in an image's caption: inside a figure or its caption, or in the short
 * block that wraps an image whose description reads as a sentence (a caption, not the
 * head shot of an author box, whose description is the writer's name).
 */
function isPhotoCredit(element: Element): boolean {
  if (element.closest(CAPTION) !== null) {
    return true;
  }
  let block: Element | null = element.parentElement;
  for (let depth = 0; block !== null && depth < CAPTION_BLOCK_DEPTH; depth++) {
    if (!isShortBlock(block) || block.querySelector("h1, h2, h3") !== null) {
      return false;
    }
    const image = block.querySelector("img");
    if (image !== null) {
      const described = (image.getAttribute("alt") ?? "").trim().split(/\s+/u).length;
      return described >= CAPTION_WORDS;
    }
    block = block.parentElement;
  }
  return false;
}

// Whether an element is a caption's size at most (its text and its nodes), read with an
// early stop, so that looking inside it costs little.
const CAPTION_BLOCK_NODES = 200;
function isShortBlock(element: Element): boolean {
  return textUpTo(element, CAPTION_BLOCK_TEXT, CAPTION_BLOCK_NODES) !== undefined;
}

// Elements of a byline block that say what the writer does or when, not who: "NSW
// Reporter" in its own span under the name.
const BYLINE_EXTRAS = /role|job|position|title|bio|date|time/iu;
const MAX_BYLINE_NODES = 200;

/**
 * A byline element's text as a reader sees it: a line break parts what it separates (a
 * name from the job title on the next line), and an element whose class says role, job
 * title or date is left out. Read with an early stop, as bylines are short.
 */
function bylineText(element: Element): string {
  const parts: string[] = [];
  let nodes = 0;
  const walk = (node: Node): void => {
    for (
      let child = node.firstChild;
      child !== null && nodes < MAX_BYLINE_NODES;
      child = child.nextSibling
    ) {
      nodes += 1;
      if (child.nodeType === TEXT_NODE) {
        parts.push(child.nodeValue ?? "");
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName;
        if (tag === "BR") {
          parts.push(" | ");
        } else if (
          tag !== "TIME" &&
          !BYLINE_EXTRAS.test((child as Element).getAttribute("class") ?? "")
        ) {
          walk(child);
        }
      }
    }
  };
  walk(element);
  return collapseWhitespace(parts.join(""));
}

// Containers of site navigation, whose author links are menus.
const NAVIGATION =
  "nav, [role=navigation], [role=menu], [role=menubar], [class*=menu], [class*=navigation], [class*=navbar]";
// Distinct names from one kind of byline element that make a list of writers; how many
// texts are read to count them, and how many a byline is read from.
const ROSTER_NAMES = 5;
const MAX_BYLINE_TEXTS = 24;
const BYLINE_TEXTS = 6;

// A line that opens with "By", "Von", "Par" or "Por" and a capitalised word.
const BYLINE_LINE =
  /^(?:(?:by|von|par|por|door|di|geschrieben von|verfasst von|écrit par|rédigé par|escrito por)\s|von\sunser(?:e[mnrs]?)?\s\p{L}{1,30}\s|(?:text|texte|autor|autorin|author)\s?:\s?)\p{Lu}/iu;
// "Photos and Story By Ana Ruiz": a credit line whose opening words name the work.
const CREDIT_OPENING =
  /^(?:story|text|words|photos?|fotos?)\s+(?:and|&)\s+(?:story|text|words|photos?|fotos?)\s+by\s+(?=\p{Lu})/iu;
// "Posted on 20 August 2025 by Ana Ruiz": the name after the date.
const BY_AFTER_DATE = /\s(?:by|von|par|por|door|di)\s(?=\p{Lu})/u;
const MAX_BYLINE_LINE = 160;
const CMS_ACCOUNT_LINE =
  /^(?:by|von|par|por)\s(?:editor|admin|administrator|webmaster|author|user)\.?$/iu;

// The byline without any class to find it by: the first short block that opens like one.
function openingBylines(document: Document): string[] {
  const body = document.body;
  if (body === null) {
    return [];
  }
  for (const element of Array.from(
    body.querySelectorAll(
      "p, span, div, address, li, dd, h3, h4, h5, h6, i, em, b, strong, small, font",
    ),
  )) {
    if (element.children.length > 8) {
      continue;
    }
    const raw = element.textContent ?? "";
    if (raw.length > MAX_BYLINE_LINE * 2) {
      continue;
    }
    const text = collapseWhitespace(raw);
    if (text.length > MAX_BYLINE_LINE || element.closest(OTHER_STORIES) !== null) {
      continue;
    }
    // A theme's "by Editor" or "by admin" (the CMS account that posted the page) names no
    // one: the byline the newsroom printed may come later.
    if (BYLINE_LINE.test(text)) {
      if (!CMS_ACCOUNT_LINE.test(text)) {
        return [text];
      }
      continue;
    }
    if (CREDIT_OPENING.test(text)) {
      // The credit's first line: a job title often follows after a line break.
      return [firstLine(element)];
    }
    const date = findDateInText(text);
    const by = date === undefined ? null : BY_AFTER_DATE.exec(text.slice(date.index));
    if (date !== undefined && by !== null) {
      return [leadingNames(text.slice(date.index + by.index + by[0].length))];
    }
  }
  return [];
}

// The names that open a text, up to the first word that is not part of one: "Ruth
// Adamczyk unter Rezensionen veröffentlicht" gives "Ruth Adamczyk".
function leadingNames(text: string): string {
  const words = text.split(" ");
  let end = 0;
  while (end < words.length && NAME_RUN_WORD.test(words[end] ?? "")) {
    end += 1;
  }
  return words.slice(0, end).join(" ");
}
const NAME_RUN_WORD = /^(?:\p{Lu}|(?:de|da|del|der|den|di|du|la|le|van|von|zu|and|und|et|y|&)$)/u;

// The element's text up to its first line break (<br> or a block child).
function firstLine(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? "");
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === "BR" || tag === "P" || tag === "DIV") {
          return true;
        }
        if (walk(child)) {
          return true;
        }
      }
    }
    return false;
  };
  walk(element);
  return collapseWhitespace(parts.join(""));
}

/**
 * Splits a byline into the names it holds: "By Ana Ruiz and Tom Berg, Staff Writers" gives
 * "Ana Ruiz" and "Tom Berg". Parts that are roles, dates, e-mail addresses or handles are
 * dropped.
 */
export function splitAuthorNames(byline: string): string[] {
  let text = collapseWhitespace(byline.normalize("NFC"))
    .replace(CREDIT_OPENING, "")
    .replace(GLUED_TO_NAME, " ");
  // A date, a time or "Updated" ends the names part of a visible byline, unless the names
  // follow the date ("Posté le 12/05/2017 par Margaux Lefebvre").
  const date = findDateInText(text);
  if (date !== undefined) {
    const before = text.slice(0, date.index);
    const after = text.slice(date.index + date.text.length);
    const by = NAMES_AFTER_DATE.exec(after);
    text =
      by !== null && !NAME_LIKE.test(before) ? leadingNames(after.slice(by[0].length)) : before;
  }
  const time = STAMP_AFTER_NAMES.exec(text);
  if (time !== null) {
    text = text.slice(0, time.index);
  }
  text = text
    .replace(/(?<!\S)\S+/gu, (token) => (isEmailAddress(token) ? " " : token))
    .replace(/https?:\/\/\S+/gu, " ")
    .replace(/\(@?[^()]{0,40}\)/gu, " ")
    .replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, " ")
    .replace(
      /\s(?:updated|published|veröffentlicht|aktualisiert|erstellt|eingestellt|publié|posté|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?![\p{L}\p{N}]).*$/iu,
      "",
    );
  const names: string[] = [];
  for (const part of text.split(PART_SEPARATOR)) {
    if (OTHER_WORK_CREDIT.test(part)) {
      continue;
    }
    const previous = names[names.length - 1];
    // "Jane Doe, Jr." and "John Roe, Ph.D." are one name cut at its comma, and so is
    // "Brightfield Thermal Systems, Inc.".
    if (
      previous !== undefined &&
      (NAME_SUFFIX.test(part.trim()) || COMPANY_SUFFIX.test(part.trim()))
    ) {
      names[names.length - 1] = `${previous}, ${part.trim()}`;
      continue;
    }
    // "Dana Reyes, University Communications": after a writer's name, a part that ends in
    // an organisation's head word is where the writer works, not a second writer.
    if (previous !== undefined && isOrganization(part)) {
      continue;
    }
    // "Andrew Bosworth, Chief Technology Officer and Head of Reality Labs": a part that opens
    // with a job title says what the author does, whatever follows its "and".
    const pieces = part.split(AND_SEPARATOR).flatMap((piece) => piece.split(SHORT_AND_SEPARATOR));
    if (isJobTitle(withoutByPrefix(pieces[0] ?? ""))) {
      continue;
    }
    for (const piece of pieces) {
      const name = cleanName(piece);
      if (name !== undefined) {
        names.push(name);
      }
    }
  }
  return names;
}

function isOrganization(part: string): boolean {
  const last = collapseWhitespace(part).split(" ").at(-1)?.toLowerCase() ?? "";
  return ORGANIZATION_CUES.has(last) && /^\p{Lu}/u.test(collapseWhitespace(part));
}

function withoutByPrefix(part: string): string {
  return collapseWhitespace(part).replace(BYLINE_PREFIX, "");
}

// What `\S+@\S+\.\S+` matched, tested on one whitespace-free token without a regular
// expression (that pattern backtracks over every "@" of a long token): something, "@",
// something, ".", something.
function isEmailAddress(token: string): boolean {
  const at = token.indexOf("@", 1);
  return at > 0 && token.lastIndexOf(".", token.length - 2) >= at + 2;
}

function cleanName(part: string): string | undefined {
  let name = collapseWhitespace(part);
  for (let round = 0; round < 2; round++) {
    name = name.replace(BYLINE_PREFIX, "");
  }
  // "John Roe The Associated Press": the agency printed after a reporter's name.
  const withoutAgency = name.replace(TRAILING_AGENCY, "").trim();
  if (withoutAgency !== "" && withoutAgency !== name && /\s/u.test(withoutAgency)) {
    name = withoutAgency;
  }
  name = name.replace(/^[^\p{L}]+|(?<![^\p{L}.])[^\p{L}.]+$/gu, "").trim();
  if (name === "" || name.length > MAX_NAME_LENGTH) {
    return undefined;
  }
  // Particles do not count: "José Ángel de la Garza Treviño" is four names long.
  if (nameWords(name).length > MAX_NAME_WORDS) {
    return undefined;
  }
  const newsroom = NEWSROOM_STAFF.exec(name)?.[1]?.trim();
  if (newsroom !== undefined && !ROLE_WORDS.test(newsroom)) {
    return newsroom;
  }
  if (ROLE_WORDS.test(name) && !/^(?:associated press)$/iu.test(name)) {
    return undefined;
  }
  if (
    NOT_A_NAME.test(name) ||
    /^(?:by|and|von|par|the|admin|administrator|anonymous|unknown|guest)$/iu.test(name)
  ) {
    return undefined;
  }
  if (!/\p{Lu}/u.test(name) && !/\p{Lo}/u.test(name)) {
    return undefined;
  }
  return name;
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const name of names) {
    const key = foldForComparison(name);
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(name);
    }
  }
  return unique;
}
