/**
 * Entries of lists of other stories ("Latest news", "Read next", story cards): a headline
 * link with its own day and byline. Their dates are other pages'.
 *
 * @module
 */

const TEXT_NODE = 3;

/**
 * Class or id words of blocks that hold other stories or other people's words, whose
 * dates are theirs: related and recommended lists, teasers, comments, most-read boxes.
 */
export const OTHER_STORIES_NAMES = /related|recommend|teaser|comment|popular|trending/iu;

// Words in a link's text from which it reads as a story's headline, not "More" or a name;
// fewer words do when they are long, as German compounds make them ("84
// Deutschlandstipendien vergeben").
const HEADLINE_LINK_WORDS = 4;
const SHORT_HEADLINE_WORDS = 3;
const SHORT_HEADLINE_CHARACTERS = 25;

function readsAsHeadline(text: string): boolean {
  const words = text.split(/\s+/u).length;
  return (
    words >= HEADLINE_LINK_WORDS ||
    (words >= SHORT_HEADLINE_WORDS && text.length >= SHORT_HEADLINE_CHARACTERS)
  );
}

// Longest text of a teaser: a headline, a day, a name; an article is longer.
const TEASER_TEXT = 300;

/**
 * An entry of a list of other stories: a list item, or one of a run of like elements (the
 * same tag and class as a sibling), short, holding a link whose text reads as a headline.
 *
 * @param element - the element
 * @param ownPath - the page's own path, when known: an entry that links there is this page's
 * @returns true for another story's entry
 */
export function isTeaser(element: Element, ownPath: string | undefined): boolean {
  if (element.tagName !== "LI" && !hasTwinSibling(element)) {
    return false;
  }
  if (!isShort(element)) {
    return false;
  }
  let teaser = false;
  for (const link of Array.from(element.querySelectorAll("a[href]"))) {
    // An entry that links to the page itself dates this page, not another.
    if (ownPath !== undefined && pathOf(link.getAttribute("href") ?? "", ownPath) === ownPath) {
      return false;
    }
    if (readsAsHeadline((link.textContent ?? "").trim())) {
      teaser = true;
    }
  }
  return teaser;
}

// A block of coming events, by its class or id, or by the heading that opens it
// ("Termine", "Veranstaltungen", "Upcoming events", "Agenda"): its dates are the events'.
const EVENT_NAMES =
  /(?:^|[\s_-])(?:termine?|veranstaltung(?:en)?|events?|agenda|kalender|calendar)(?:$|[\s_-])/iu;
const EVENT_HEADING =
  /^(?:(?:nächste|kommende|unsere|weitere|aktuelle)\s)?(?:termine|veranstaltungen|events?|upcoming(?:\sevents)?|agenda|kalender|calendar|what['’]s on|prochains rendez-vous|(?:prochains\s)?(?:é|è)vénements|eventi|evenementen)(?![\p{L}])/iu;
const EVENT_HEADING_WORDS = 4;
const EVENT_HEADING_CHARACTERS = 60;
const EVENT_HEADING_NODES = 20;
const EVENT_HEADING_TAGS = new Set(["H2", "H3", "H4", "H5", "H6", "STRONG", "B", "DT"]);

/**
 * A block listing coming events: its class or id says so, or it opens with a heading that
 * does ("Nächste Termine", "Upcoming events"). Its dates are the events', not the page's.
 *
 * @param element - the element
 * @returns true for such a block
 */
export function isEventList(element: Element): boolean {
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  if (names.length > 2 && EVENT_NAMES.test(names)) {
    return true;
  }
  const opening = element.firstElementChild;
  if (opening === null || !EVENT_HEADING_TAGS.has(opening.tagName)) {
    return false;
  }
  // A box's title is short; a longer heading that opens with "Events" is a headline.
  const heading = textUpTo(opening, EVENT_HEADING_CHARACTERS, EVENT_HEADING_NODES)?.trim();
  return (
    heading !== undefined &&
    heading.split(/\s+/u).length <= EVENT_HEADING_WORDS &&
    EVENT_HEADING.test(heading)
  );
}

// How far up a date line is looked for the list entry it belongs to.
const TEASER_DEPTH = 3;

/**
 * Whether an element is, or sits near the top of, a block of coming events
 * ({@link isEventList}): itself or one of its nearest ancestors.
 *
 * @param element - the element, a date line
 * @returns true when it or one of its nearest ancestors is such a block
 */
export function inEventList(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current !== null && depth <= TEASER_DEPTH; depth++) {
    if (isEventList(current)) {
      return true;
    }
    current = current.parentElement;
  }
  return false;
}

/**
 * Whether an element sits in an entry of a list of other stories ({@link isTeaser}).
 *
 * @param element - the element, a date line
 * @param ownPath - the page's own path, when known
 * @returns true when one of its nearest ancestors is such an entry
 */
export function inTeaser(element: Element, ownPath: string | undefined): boolean {
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor !== null && depth < TEASER_DEPTH; depth++) {
    if (isTeaser(ancestor, ownPath)) {
      return true;
    }
    ancestor = ancestor.parentElement;
  }
  return false;
}

/**
 * The path of an address (a relative one read against `base`), without a closing slash.
 *
 * @param url - the address
 * @param base - the path a relative address is read against
 * @returns the path, or undefined when the address does not parse
 */
export function pathOf(url: string | undefined, base = "/"): string | undefined {
  if (url === undefined) {
    return undefined;
  }
  try {
    const path = new URL(url, new URL(base, "https://page.invalid")).pathname;
    return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  } catch {
    return undefined;
  }
}

// Nodes looked at before an element counts as too long to be a teaser.
const TEASER_NODES = 200;

/**
 * Whether an element's text is at most TEASER_TEXT characters, read with an early stop (at
 * most TEASER_NODES nodes), so that asking it of every element of a deep page stays linear.
 */
function isShort(element: Element): boolean {
  return textUpTo(element, TEASER_TEXT, TEASER_NODES) !== undefined;
}

/**
 * An element's text when it is short: read node by node and given up once it passes
 * `characters` characters or `nodes` nodes, so that asking it of many elements of a deep
 * page stays linear.
 *
 * @param element - the element
 * @param characters - the most text it may hold
 * @param nodes - the most nodes (elements and text) read
 * @returns the text, or `undefined` when the element is longer
 */
export function textUpTo(element: Element, characters: number, nodes: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  let seen = 0;
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (++seen > nodes) return undefined;
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? "";
      length += text.length;
      if (length > characters) return undefined;
      parts.push(text);
      continue;
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling)
      stack.push(child);
  }
  return parts.join("");
}

function hasTwinSibling(element: Element): boolean {
  const name = element.getAttribute("class") ?? "";
  if (name === "") {
    return false;
  }
  const twin = (other: Element | null) =>
    other !== null && other.tagName === element.tagName && other.getAttribute("class") === name;
  return twin(element.previousElementSibling) || twin(element.nextElementSibling);
}
