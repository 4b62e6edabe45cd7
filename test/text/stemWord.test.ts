import { describe, expect, it } from "vitest";
import { stemWord } from "../../src/text/stemWord.js";

describe("stemWord", () => {
  it.each([
    ["issue", "issues"],
    ["ensure", "ensuring"],
    ["resolve", "resolved"],
    ["agree", "agreed"],
    ["agree", "agreeing"],
    ["propose", "proposed"],
    ["stop", "stopping"],
    ["plan", "planned"],
    ["reply", "replied"],
    ["country", "countries"],
    ["serious", "seriously"],
    ["realize", "realised"],
    ["organization", "organisation"],
    ["neighbor", "neighbour"],
    ["neighborhood", "neighbourhood"],
    ["center", "centre"],
    ["defense", "defence"],
    ["analyze", "analyse"],
  ])("brings %s and %s together", (left, right) => {
    expect(stemWord(left)).toBe(stemWord(right));
  });

  it.each([
    ["hour", "hor"],
    ["four", "for"],
    ["security", "secure"],
    ["state", "statement"],
    ["agree", "age"],
  ])("keeps %s and %s apart", (left, right) => {
    expect(stemWord(left)).not.toBe(stemWord(right));
  });

  it.each([
    ["Issues", "issu"],
    ["the", "the"],
    ["going", "going"],
  ])("stems %s to %s", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
