import { collapseWhitespace } from "../../text/normalize.js";

// Elements whose content flows inside a paragraph; everything else starts a new block.
const INLINE_TAGS = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "CITE",
  "CODE",
  "DATA",
  "DFN",
  "EM",
  "FONT",
  "I",
  "KBD",
  "MARK",
  "Q",
  "S",
  "SAMP",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "U",
  "VAR",
  "WBR",
  "INS",
  "DEL",
  "LABEL",
  "NOBR",
  "STRIKE",
  "TT",
  "BIG",
]);

/** Elements whose text is never article text: code, form controls, media, the head. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "SELECT",
  "OPTION",
  "TEXTAREA",
  "INPUT",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "PICTURE",
  "IMG",
  "HEAD",
  "MATH",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A block of text with the tag of the element that holds it. */
export interface TextBlock {
  /** The block's text, whitespace folded. */
  text: string;
  /** Upper-case tag name of the innermost block element around the text. */
  tag: string;
  /** How many of the block's characters are link text. */
  linkLength: number;
}

/**
 * Splits an element into its blocks of text: each paragraph, heading, list item, quote or
 * table cell becomes one block, `<br><br>` splits blocks, and inline markup stays inside
 * its block.
 */
export function blockParagraphs(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer: string[] = [];
  let bufferTag = root.tagName;
  let pendingBreak = false;
  let linkLength = 0;

  const flush = () => {
    const text = collapseWhitespace(buffer.join(""));
    if (text !== "") {
      blocks.push({ text, tag: bufferTag, linkLength: Math.min(linkLength, text.length) });
    }
    buffer = [];
    linkLength = 0;
  };

  const visit = (node: Node, blockTag: string, inLink = false) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? "";
        if (pendingBreak && value.trim() !== "") {
          pendingBreak = false;
        }
        if (buffer.length === 0) {
          bufferTag = blockTag;
        }
        buffer.push(value);
        if (inLink) {
          linkLength += value.trim().length;
        }
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) {
        continue;
      }
      const element = child as Element;
      const tag = element.tagName;
      if (NON_TEXT_TAGS.has(tag)) {
        continue;
      }
      if (tag === "BR") {
        // Two line breaks in a row separate paragraphs in pages without <p>.
        if (pendingBreak) {
          flush();
          pendingBreak = false;
        } else {
          buffer.push(" ");
          pendingBreak = true;
        }
        continue;
      }
      if (INLINE_TAGS.has(tag)) {
        visit(element, blockTag, inLink || tag === "A");
        continue;
      }
      flush();
      pendingBreak = false;
      visit(element, tag, inLink);
      flush();
    }
  };

  visit(root, root.tagName);
  flush();
  return blocks;
}
