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

const META_CHARSET = /<meta[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([-a-zA-Z0-9_:.]{1,40})/i;

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

// Labels that the WHATWG Encoding Standard maps to windows-1252.
const WINDOWS_1252_LABELS = new Set([
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "l1",
  "ascii",
  "us-ascii",
  "cp819",
  "ibm819",
  "iso-ir-100",
  "csisolatin1",
  "iso_8859-1:1987",
]);

// windows-1252 differs from Latin-1 in 0x80–0x9F, where it has typographic characters
// (curly quotes, dashes, the euro sign). Some Node builds decode the label as Latin-1, so
// the table is applied here.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunkSize);
    for (let index = start; index < end; index++) {
      const byte = bytes[index] ?? 0;
      codes.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function decodeWith(label: string, bytes: Uint8Array): string {
  if (WINDOWS_1252_LABELS.has(label)) {
    return decodeWindows1252(bytes);
  }
  return new TextDecoder(label, { fatal: false }).decode(bytes);
}
