import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/extract/findNumbers.js";

// [sentence, expected "text = value kind unit counts ~" for each number (~ marks approximate)]
const cases: [string, string[]][] = [
  [
    "The delegations held three rounds of bilateral talks.",
    ["three = 3 cardinal - rounds of talks"],
  ],
  ["There have been nine prisoners of war exchanges.", ["nine = 9 cardinal - exchanges"]],
  ["There have been nine prisoners of war (POW) exchanges.", ["nine = 9 cardinal - exchanges"]],
  ["There have been nine POW exchanges.", ["nine = 9 cardinal - exchanges"]],
  ["The swap freed 84 prisoners of war on each side.", ["84 = 84 cardinal - prisoners of war"]],
  ["The navy detained 26 Somali pirates.", ["26 = 26 cardinal - pirates"]],
  ["The navy detained 23 pirates.", ["23 = 23 cardinal - pirates"]],
  ["The fund pledged $4.5 million for repairs.", ["$4.5 million = 4500000 money USD"]],
  ["Artillery fired about 300 rounds overnight.", ["about 300 = 300 cardinal - rounds ~"]],
  [
    "Artillery fired about 300 artillery rounds overnight.",
    ["about 300 = 300 cardinal - rounds ~"],
  ],
  ["Prices rose 15% in a month.", ["15% = 15 percent %"]],
  ["Turnout reached 62.5 percent.", ["62.5 percent = 62.5 percent %"]],
  ["Turnout fell to 48 per cent.", ["48 per cent = 48 percent %"]],
  ["More than 1,200 people fled the town.", ["More than 1,200 = 1200 cardinal - people ~"]],
  ["The front moved 40 km east.", ["40 km = 40 measure km"]],
  ["The wall stands 40 m high.", ["40 m = 40 measure m"]],
  ["The convoy drove 120 miles to the border.", ["120 miles = 120 measure mi"]],
  ["At least a dozen tanks were destroyed.", ["At least a dozen = 12 cardinal - tanks ~"]],
  ["Twenty-six soldiers were freed.", ["Twenty-six = 26 cardinal - soldiers"]],
  ["Shelling killed 12 wounded soldiers in the convoy.", ["12 = 12 cardinal - wounded soldiers"]],
  ["It was the first meeting since the war began.", ["first = 1 ordinal - meeting"]],
  ["It was the first meeting Putin held abroad.", ["first = 1 ordinal - meeting"]],
  ["The 21st summit opened in Vienna.", ["21st = 21 ordinal - summit"]],
  ["A crowd of 8,450 watched the final at Dunmore.", ["8,450 = 8450 cardinal -"]],
  ["Only 40 attended in person.", ["40 = 40 cardinal -"]],
  ["Officers found 40 stolen bikes.", ["40 = 40 cardinal - bikes"]],
  ["The ferry had 31 crew aboard.", ["31 = 31 cardinal - crew"]],
  ["The gauge recorded 143mm of rain.", ["143mm = 143 measure mm"]],
  ["Snow lay 30 centimetres deep.", ["30 centimetres = 30 measure cm"]],
  [
    "The club offered $120MM over six years.",
    ["$120MM = 120000000 money USD", "over six = 6 cardinal - years ~"],
  ],
  [
    "Final count: Ostrow 12,406, Varga 11,981.",
    ["12,406 = 12406 cardinal -", "11,981 = 11981 cardinal -"],
  ],
  ["Route 66 and Soyuz 36 are names.", []],
  ["The twenty-first summit opened in Vienna.", ["twenty-first = 21 ordinal - summit"]],
  ["The thirteenth round failed.", ["thirteenth = 13 ordinal - round"]],
  ["Nearly 2 billion euros were frozen.", ["Nearly 2 billion euros = 2000000000 money EUR ~"]],
  ["The aid package is worth €50 billion.", ["€50 billion = 50000000000 money EUR"]],
  ["The budget gives £40m to the ports.", ["£40m = 40000000 money GBP"]],
  ["The fund holds €2 bn in reserve.", ["€2 bn = 2000000000 money EUR"]],
  ["Some 10k runners took part.", ["Some 10k = 10000 cardinal - runners ~"]],
  ["Thousands of people marched.", ["Thousands = 1000 cardinal - ~"]],
  ["Some 5,000 troops remain.", ["Some 5,000 = 5000 cardinal - troops ~"]],
  ["The strike lasted twenty four hours.", ["twenty four = 24 cardinal - hours"]],
  ["The bomb held 500 pounds of explosives.", ["500 pounds = 500 measure lb"]],
  ["The club was sold for 50 million pounds.", ["50 million pounds = 50000000 money GBP"]],
  ["About 38,000 U.S. troops are deployed.", ["About 38,000 = 38000 cardinal - troops ~"]],
  ["Russia annexed Crimea in 2014.", ["2014 = 2014 year"]],
  ["Neighbours called 911 when the shooting began.", ["911 = 911 phone"]],
  ["A 911 dispatcher took the call.", ["911 = 911 phone"]],
  ["Readers can call (202) 555-0143 with tips.", ["(202) 555-0143 = 2025550143 phone"]],
  ["The helpline, +44 20 7946 0958, is open.", ["+44 20 7946 0958 = 442079460958 phone"]],
  ["The Titans finished with a 53-3 record.", ["53-3 = 53 score"]],
  ["Madrid won 3-1 in Lisbon.", ["3-1 = 3 score"]],
  ["The Senate voted 53-47 to confirm her.", ["53-47 = 53 score"]],
  // A falling dash pair is a tally even with no word of voting; "to" needs the word.
  ["The council approved the budget 9 to 4 on Monday.", ["9 to 4 = 9 score"]],
  ["The panel backed the merger 7-2 after a long hearing.", ["7-2 = 7 score"]],
  ["The board voted 6-to-3 against the plan.", ["6-to-3 = 6 score"]],
  [
    "Rents rose from 12 to 9 percent of income, officials voted to note.",
    ["12 = 12 cardinal -", "9 percent = 9 percent %"],
  ],
  ["The camp holds 10-15 families.", ["10 = 10 cardinal -", "15 = 15 cardinal - families"]],
  ["Officers found 911 rifles in the depot.", ["911 = 911 cardinal - rifles"]],
  // Numbers that name, time or idiomatically stand for nothing countable.
  ["He met First Deputy Prime Minister Hun Sen.", []],
  ["The blast hit at 10:35 a.m. local time.", []],
  ["Article 5 of the charter was invoked.", []],
  ["One of the envoys left early.", []],
  ["He named one of the envoys.", []],
  ["Wait a second, he said.", []],
  ["No numbers appear in this sentence.", []],
  ["First and foremost, the ceasefire must hold.", []],
  ["Peace must, first and foremost, be just.", []],
  ["They should not have gone there in the first place.", []],
  ["The deal lets third countries buy the grain.", []],
  ["Experts asked for a third party to verify it.", []],
  ["The court will take a second look at the case.", []],
  ["Ministers had second thoughts about the plan.", []],
  ["At first the talks went well.", []],
  ["Witnesses gave first-hand accounts.", []],
  ["Volunteers offered first aid at the scene.", []],
  ["The deal was struck at the eleventh hour.", []],
  ["The shop is open 24/7.", []],
  ["Protesters marked 9/11 in silence.", []],
  ["The reference is in note [9] below.", []],
];

function describeNumber(number: ReturnType<typeof findNumbers>[number]): string {
  const parts = [`${number.text} = ${number.value}`, number.kind];
  if (number.kind === "cardinal" || number.kind === "ordinal" || number.unit !== undefined)
    parts.push(number.unit ?? "-");
  if (number.counts !== undefined) parts.push(number.counts);
  if (number.approximate) parts.push("~");
  return parts.join(" ");
}

describe("findNumbers", () => {
  it.each(cases)("%s", (sentence, expected) => {
    expect(findNumbers(sentence).map(describeNumber)).toEqual(expected);
  });

  it.each([
    ["The navy detained 26 Somali pirates.", "Somali pirates"],
    ["There have been nine prisoners of war (POW) exchanges.", "prisoners of war (POW) exchanges"],
    ["The delegations held three rounds of bilateral talks.", "rounds of bilateral talks"],
  ])("keeps the counted phrase as written in %s", (sentence, countsText) => {
    expect(findNumbers(sentence)[0]?.countsText).toBe(countsText);
  });

  it("skips digits inside date spans it is given", () => {
    const body = "On Aug. 20 about 300 rounds were fired.";
    expect(
      findNumbers(body, [{ text: "Aug. 20", start: 3, end: 10 }]).map((number) => number.value),
    ).toEqual([300]);
  });

  it("skips digits inside date spans given out of order and overlapping", () => {
    const body = "On 20 August 2025 and on 21 August 2025, 40 drones and 7 missiles flew.";
    const spans = [
      { text: "21 August 2025", start: 25, end: 39 },
      { text: "20 August 2025", start: 3, end: 17 },
      { text: "August 2025", start: 6, end: 17 },
    ];
    expect(findNumbers(body, spans).map((number) => number.value)).toEqual([40, 7]);
  });

  it("keeps offsets that point at the text", () => {
    const body =
      "Officials said about 300 rounds and $4.5 million in aid arrived; call (202) 555-0143.";
    for (const number of findNumbers(body))
      expect(body.slice(number.start, number.end)).toBe(number.text);
  });

  it.each([
    [
      "a number word that opens a paragraph",
      "The pier closed.\n\nTwelve boats stayed in port.",
      "Twelve",
    ],
    ["digits after a line break", "Shelters opened.\n340 families slept there.", "340"],
    ["money after a paragraph break", "Costs rose.\n\n$2 million was set aside.", "$2 million"],
  ])("starts %s at its first character, not at the break before it", (_name, body, text) => {
    expect(findNumbers(body).map((number) => number.text)).toEqual([text]);
  });
});
