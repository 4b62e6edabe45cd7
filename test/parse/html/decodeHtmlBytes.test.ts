import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../../src/parse/html/decodeHtmlBytes.js";

const ascii = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const join = (...parts: Uint8Array[]) => {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
};

describe("decodeHtmlBytes", () => {
  // "Grüße – Café" in windows-1252: ü=FC, ß=DF, en dash=96, é=E9
  const cp1252Body = Uint8Array.from([
    0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9,
  ]);
  const utf8Body = new TextEncoder().encode("Grüße – Café");

  const cases: [string, Uint8Array, string][] = [
    ["UTF-8 without any declaration", utf8Body, "Grüße – Café"],
    [
      "a UTF-8 byte-order mark",
      join(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8Body),
      "Grüße – Café",
    ],
    [
      "<meta charset> windows-1252",
      join(ascii('<meta charset="windows-1252">'), cp1252Body),
      '<meta charset="windows-1252">Grüße – Café',
    ],
    [
      "http-equiv iso-8859-1 (read as windows-1252, as browsers do)",
      join(
        ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
        cp1252Body,
      ),
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">Grüße – Café',
    ],
    [
      "an unknown label, falling back to UTF-8",
      join(ascii("<meta charset='no-such-charset'>"), utf8Body),
      "<meta charset='no-such-charset'>Grüße – Café",
    ],
    [
      "a UTF-16 label in ASCII bytes, read as UTF-8",
      join(ascii('<meta charset="utf-16">'), utf8Body),
      '<meta charset="utf-16">Grüße – Café',
    ],
  ];
  it.each(cases)("decodes %s", (_name, bytes, expected) => {
    expect(decodeHtmlBytes(bytes)).toBe(expected);
  });

  it("decodes a UTF-16LE byte-order mark", () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeHtmlBytes(bytes)).toBe("Hi");
  });

  it("replaces invalid UTF-8 instead of throwing", () => {
    expect(decodeHtmlBytes(Uint8Array.from([0x61, 0xff, 0x62]))).toBe("a\uFFFDb");
  });

  it("answers on 1 MB of angle brackets", () => {
    expect(decodeHtmlBytes(ascii("<".repeat(1_000_000)))).toHaveLength(1_000_000);
  });
});
