import { describe, expect, it } from "vitest";
import { isPersonBio } from "../../../src/parse/text/cutTail.js";

describe("isPersonBio", () => {
  const cases: [string, boolean][] = [
    ["Ann Lee is a senior reporter at the Harbour Ledger covering transport.", true],
    ["Bo Diaz, CLC is a certified career coach and a contributor to this site.", true],
    ["Mara Quist has been an editor on the city desk since 2019.", true],
    ["Writers at the Harbour Ledger come from newsrooms across the region.", true],
    ["The report was written by a reporter who asked not to be named.", false],
    ["She is a reporter at heart, her colleagues said.", false],
    ["Ann Lee said the ferry would run again on Monday.", false],
    ["", false],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(isPersonBio(text)).toBe(expected);
  });
});
