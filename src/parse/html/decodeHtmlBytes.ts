/**
 * Decodes the bytes of an HTML page to a string the way browsers settle the question:
 * a byte-order mark first, then a `<meta charset>` or `http-equiv="content-type"`
 * declaration in the first bytes, then UTF-8. Undecodable bytes become U+FFFD instead of
 * throwing.
 *
 * @param bytes - the page as fetched, e.g. `new Uint8Array(await response.arrayBuffer())`
 * @returns the decoded page
 * @example
 * ```ts
 * decodeHtmlBytes(new TextEncoder().encode('<meta charset="utf-8"><p>Grüße</p>'));
 * // '<meta charset="utf-8"><p>Grüße</p>'
 * ```
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const fromMark = encodingFromByteOrderMark(bytes);
  if (fromMark !== undefined) {
    return decodeWith(fromMark.encoding, bytes.subarray(fromMark.length));
  }
  const declared = declaredEncoding(bytes);
  if (declared !== undefined) {
    const decoded = tryDecode(declared, bytes);
    if (decoded !== undefined) {
      return decoded;
    }
  }
  return decodeWith("utf-8", bytes);
}

// How far into the page a charset declaration is looked for. The HTML standard's prescan
// reads 1024 bytes; pages with long <head> preambles put it later, so we look further.
const DECLARATION_WINDOW = 4096;

const META_CHARSET = /<meta[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([-\w:.]{1,40})/i;

function encodingFromByteOrderMark(
  bytes: Uint8Array,
): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: "utf-16be", length: 2 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: "utf-16le", length: 2 };
  }
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one character, so the ASCII declaration reads the same
  // whatever the real encoding is.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, DECLARATION_WINDOW));
  const match = META_CHARSET.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (label === undefined) {
    return undefined;
  }
  // A page that declares UTF-16 in ASCII bytes cannot be UTF-16 (the standard's rule).
  if (label.startsWith("utf-16") || label.startsWith("utf16")) {
    return "utf-8";
  }
  return label;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decodeWith(label, bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: false }).decode(bytes);
}
