import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/extract/findNumbers.js";

// [sentence, expected "text = value unit counts ~" for each number (~ marks approximate)]
const cases: [string, string[]][] = [
  [
    "The delegations held three rounds of bilateral talks.",
    ["three = 3 - rounds of bilateral talks"],
  ],
  ["There have been nine prisoners of war exchanges.", ["nine = 9 - prisoners of war exchanges"]],
  ["The navy detained 26 Somali pirates.", ["26 = 26 - Somali pirates"]],
  ["The fund pledged $4.5 million for repairs.", ["$4.5 million = 4500000 USD"]],
  ["Artillery fired about 300 rounds overnight.", ["about 300 = 300 - rounds ~"]],
  ["Prices rose 15% in a month.", ["15% = 15 %"]],
  ["Turnout reached 62.5 percent.", ["62.5 percent = 62.5 %"]],
  ["More than 1,200 people fled the town.", ["More than 1,200 = 1200 - people ~"]],
  ["The front moved 40 km east.", ["40 km = 40 km"]],
  ["The convoy drove 120 miles to the border.", ["120 miles = 120 mi"]],
  ["At least a dozen tanks were destroyed.", ["At least a dozen = 12 - tanks ~"]],
  ["Twenty-six soldiers were freed.", ["Twenty-six = 26 - soldiers"]],
  ["It was the first meeting since the war began.", ["first = 1 - meeting"]],
  ["The 21st summit opened in Vienna.", ["21st = 21 - summit"]],
  ["Nearly 2 billion euros were frozen.", ["Nearly 2 billion euros = 2000000000 EUR ~"]],
  ["The aid package is worth €50 billion.", ["€50 billion = 50000000000 EUR"]],
  ["Thousands of people marched.", ["Thousands = 1000 - ~"]],
  ["Some 5,000 troops remain.", ["Some 5,000 = 5000 - troops ~"]],
  ["The strike lasted twenty four hours.", ["twenty four = 24 - hours"]],
  ["The bomb held 500 pounds of explosives.", ["500 pounds = 500 lb"]],
  ["The club was sold for 50 million pounds.", ["50 million pounds = 50000000 GBP"]],
  ["About 38,000 U.S. troops are deployed.", ["About 38,000 = 38000 - U.S. troops ~"]],
  ["He met First Deputy Prime Minister Hun Sen.", []],
  ["Russia annexed Crimea in 2014.", []],
  ["The blast hit at 10:35 a.m. local time.", []],
  ["Article 5 of the charter was invoked.", []],
  ["One of the envoys left early.", []],
  ["Wait a second, he said.", []],
  ["No numbers appear in this sentence.", []],
];

function describeNumber(number: ReturnType<typeof findNumbers>[number]): string {
  const parts = [`${number.text} = ${number.value}`, number.unit ?? "-"];
  if (number.counts !== undefined) parts.push(number.counts);
  if (number.approximate) parts.push("~");
  return parts.join(" ");
}

describe("findNumbers", () => {
  it.each(cases)("%s", (sentence, expected) => {
    expect(findNumbers(sentence).map(describeNumber)).toEqual(expected);
  });

  it("skips digits inside date spans it is given", () => {
    const body = "On Aug. 20 about 300 rounds were fired.";
    expect(
      findNumbers(body, [{ text: "Aug. 20", start: 3, end: 10 }]).map((number) => number.value),
    ).toEqual([300]);
  });

  it("keeps offsets that point at the text", () => {
    const body = "Officials said about 300 rounds and $4.5 million in aid arrived.";
    for (const number of findNumbers(body))
      expect(body.slice(number.start, number.end)).toBe(number.text);
  });
});
