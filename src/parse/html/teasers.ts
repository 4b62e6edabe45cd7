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

// Words in a link's text from which it reads as a story's headline, not "More" or a name.
const HEADLINE_LINK_WORDS = 4;

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
    const words = (link.textContent ?? "").trim().split(/\s+/u);
    if (words.length >= HEADLINE_LINK_WORDS) {
      teaser = true;
    }
  }
  return teaser;
}

// How far up a date line is looked for the list entry it belongs to.
const TEASER_DEPTH = 3;

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
  let length = 0;
  let nodes = 0;
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (++nodes > TEASER_NODES) return false;
    if (node.nodeType === TEXT_NODE) {
      length += node.nodeValue?.length ?? 0;
      if (length > TEASER_TEXT) return false;
      continue;
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling)
      stack.push(child);
  }
  return true;
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
