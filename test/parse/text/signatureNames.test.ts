import { describe, expect, it } from "vitest";
import { signatureNames } from "../../../src/parse/text/signatureNames.js";

describe("signatureNames", () => {
  const cases: [string, string[] | undefined][] = [
    ["Kira Holm", ["Kira Holm"]],
    ["Kira Holm/", ["Kira Holm"]],
    ["Kira Holmarchive page", ["Kira Holm"]],
    ["Ines McGregor", ["Ines McGregor"]],
    ["Tate Ryan-Holm", ["Tate Ryan-Holm"]],
    ["Bo O'Hara", ["Bo O'Hara"]],
    ["Martin Osei Jr.", ["Martin Osei Jr."]],
    ["Kira Holm and Bo Diaz, Harbour Times", ["Kira Holm", "Bo Diaz"]],
    ["Kira Holm and Bo Diaz in Lisbon", ["Kira Holm", "Bo Diaz"]],
    ["Kira Holm, Harbour Report", ["Kira Holm"]],
    // The writer's job after the comma is not a second name.
    ["Priya D'Mello, Chief Economist", ["Priya D'Mello"]],
    ["Priya D'Mello, Head of Research at the Harbour Institute", ["Priya D'Mello"]],
    // Not a byline: one word, buttons, a sentence, a title-cased headline split at "and".
    ["Holm", undefined],
    ["Share Article", undefined],
    ["The port board met on Monday", undefined],
    ["Ann Lee Says She and Bo Diaz Have Left the Harbour Board for Good", undefined],
  ];
  it.each(cases)("%j gives %j", (line, names) => {
    expect(signatureNames(line)).toEqual(names);
  });
});
