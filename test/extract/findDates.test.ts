import { describe, expect, it } from "vitest";
import { type FindDatesOptions, findDates } from "../../src/extract/findDates.js";
import type { DateCertainty } from "../../src/types.js";

// Publication date for the table: Wednesday 20 August 2025 (ISO week 2025-08-18 .. 2025-08-24).
const WED = "2025-08-20";

// [sentence, publication date or undefined, expected [text, value or null] for each date found]
type Case = [string, string | undefined, [string, string | null][]];

const weekdays: Case[] = [
  ["Lavrov spoke to reporters on Wednesday.", WED, [["Wednesday", "2025-08-20"]]],
  ["The talks in Geneva ended Tuesday.", WED, [["Tuesday", "2025-08-19"]]],
  ["Trump said Monday that a deal was close.", WED, [["Monday", "2025-08-18"]]],
  ["Putin received the envoy on Sunday.", WED, [["Sunday", "2025-08-17"]]],
  ["The ministers met Saturday in Alaska.", WED, [["Saturday", "2025-08-16"]]],
  ["The report was published Friday.", WED, [["Friday", "2025-08-15"]]],
  ["Officials confirmed the exchange Thursday.", WED, [["Thursday", "2025-08-14"]]],
  ["Monday's meeting at the White House ended without a deal.", WED, [["Monday", "2025-08-18"]]],
  ["On Tuesday, the ministers met in Moscow.", WED, [["Tuesday", "2025-08-19"]]],
  ["Talks resumed early Monday.", WED, [["Monday", "2025-08-18"]]],
  ["The drones struck Kharkiv on Sunday night.", WED, [["Sunday night", "2025-08-17"]]],
  ["Explosions were heard Thursday morning.", WED, [["Thursday morning", "2025-08-14"]]],
  ["He arrived last Friday.", WED, [["last Friday", "2025-08-15"]]],
  ["Last Wednesday the talks collapsed.", WED, [["Last Wednesday", "2025-08-13"]]],
  ["The blast came at 10:35 a.m. Friday.", WED, [["10:35 a.m. Friday", "2025-08-15"]]],
  ["Wednesday's statement surprised the allies.", WED, [["Wednesday", "2025-08-20"]]],
  ["Relatives said they would challenge Tuesday's ruling.", WED, [["Tuesday", "2025-08-19"]]],
  // A tally's last figure before the weekday is no clock time.
  ["The council voted 12 to 3 on Monday to close the depot.", WED, [["Monday", "2025-08-18"]]],
  ["The doors opened at 9 on Monday.", WED, [["9 on Monday", "2025-08-18"]]],
  // A length of time held by the words before it is no date counted from the next event.
  ["He was given a term of 14 years after the trial on Monday.", WED, [["Monday", "2025-08-18"]]],
  // A weekday printed before a month-day picks its year.
  [
    "The hearing is set for Friday 14 March.",
    WED,
    [
      ["Friday", "2025-03-14"],
      ["14 March", "2025-03-14"],
    ],
  ],
];

const futureWeekdays: Case[] = [
  ["The leaders will meet on Friday.", WED, [["Friday", "2025-08-22"]]],
  ["The summit is scheduled for Thursday.", WED, [["Thursday", "2025-08-21"]]],
  ["Ministers are to meet Tuesday in Brussels.", WED, [["Tuesday", "2025-08-26"]]],
  ["The vote is going to take place on Monday.", WED, [["Monday", "2025-08-25"]]],
  ["The envoy is expected to arrive on Saturday.", WED, [["Saturday", "2025-08-23"]]],
  ["They'll meet again Friday.", WED, [["Friday", "2025-08-22"]]],
  ["The talks continue next Tuesday.", WED, [["next Tuesday", "2025-08-26"]]],
  ["The deadline expires next Wednesday.", WED, [["next Wednesday", "2025-08-27"]]],
  ["The meeting, which is set to begin on Monday, was confirmed.", WED, [["Monday", "2025-08-25"]]],
  ["Kyiv said it would respond by Friday.", WED, [["Friday", "2025-08-22"]]],
  ["The council postponed until Monday any vote on the budget.", WED, [["Monday", "2025-08-25"]]],
  ["Until Monday, the police had not named a suspect.", WED, [["Monday", "2025-08-18"]]],
  ["Farmers planned a protest in the capital on Saturday.", WED, [["Saturday", "2025-08-23"]]],
  [
    "Farmers planned a march on Saturday and were hiring buses for it.",
    WED,
    [["Saturday", "2025-08-23"]],
  ],
  ["Shares could rise as soon as trading opens Friday.", WED, [["Friday", "2025-08-22"]]],
  [
    "A concert planned in the square on Saturday was canceled after the storm.",
    WED,
    [["Saturday", "2025-08-16"]],
  ],
  ["A memorial is planned for Saturday.", WED, [["Saturday", "2025-08-23"]]],
  // A plan reported as called off, postponed or scrapped is told after the fact: the news
  // rule reads its day, whatever the noun and the verb form.
  ["The parade planned for Sunday has been called off.", WED, [["Sunday", "2025-08-17"]]],
  ["Plans for a walkout on Monday were dropped.", WED, [["Monday", "2025-08-18"]]],
  ["The vote, planned for Friday, was postponed again.", WED, [["Friday", "2025-08-15"]]],
  [
    "The planned Tuesday rally outside parliament was quietly scrapped.",
    WED,
    [["Tuesday", "2025-08-19"]],
  ],
  [
    "Organisers called off the march they had planned for Saturday.",
    WED,
    [["Saturday", "2025-08-16"]],
  ],
  ["The match scheduled for Sunday was abandoned in the rain.", WED, [["Sunday", "2025-08-17"]]],
  // A plan that is not called off still looks ahead, even beside a cancellation.
  [
    "After the cancelled vigil, a memorial is planned for Saturday.",
    WED,
    [["Saturday", "2025-08-23"]],
  ],
  [
    "The union will call off the strike planned for Monday if the offer improves.",
    WED,
    [["Monday", "2025-08-25"]],
  ],
  [
    "The concert planned for Saturday will go ahead and the cancelled parade will not.",
    WED,
    [["Saturday", "2025-08-23"]],
  ],
  [
    "The match scheduled for Sunday will be played behind closed doors.",
    WED,
    [["Sunday", "2025-08-24"]],
  ],
  ["The delegation could arrive as soon as Sunday.", WED, [["Sunday", "2025-08-24"]]],
  ["Lavrov will travel to Ankara on Wednesday.", WED, [["Wednesday", "2025-08-20"]]],
  ["The two ministers meet Friday in Ankara.", WED, [["Friday", "2025-08-22"]]],
  ["Talks resume Monday, officials said.", WED, [["Monday", "2025-08-25"]]],
  ["Shares closed lower at the close of business Tuesday.", WED, [["Tuesday", "2025-08-19"]]],
  ["The order took effect Thursday, officials said.", WED, [["Thursday", "2025-08-14"]]],
];

const absolute: Case[] = [
  ["The treaty was signed on 20 August 2025.", WED, [["20 August 2025", "2025-08-20"]]],
  ["The treaty was signed on Aug. 20, 2025.", WED, [["Aug. 20, 2025", "2025-08-20"]]],
  ["The file is dated 2025-08-20.", WED, [["2025-08-20", "2025-08-20"]]],
  ["The ceasefire began on August 18.", WED, [["August 18", "2025-08-18"]]],
  ["Payments resume by Sept. 1.", WED, [["Sept. 1", "2025-09-01"]]],
  ["The force must withdraw by March 1.", WED, [["March 1", "2026-03-01"]]],
  ["Talks ended on March 1.", WED, [["March 1", "2025-03-01"]]],
  ["The attack happened on Dec. 25.", WED, [["Dec. 25", "2024-12-25"]]],
  ["The invasion began on Feb. 24, 2022.", WED, [["Feb. 24, 2022", "2022-02-24"]]],
  ["The full-scale invasion began in February 2022.", WED, [["February 2022", "2022-02"]]],
  ["Talks broke down in April 2022.", WED, [["April 2022", "2022-04"]]],
  ["Russia annexed Crimea in 2014.", WED, [["2014", "2014"]]],
  ["Lavrov pointed to the 2022 Istanbul talks.", WED, [["2022", "2022"]]],
  ["In July last year the talks stalled.", WED, [["July last year", "2024-07"]]],
  ["Keating was convicted in nineteen ninety-one.", WED, [["nineteen ninety-one", "1991"]]],
  [
    "The hearing on Saturday, April 25 drew crowds.",
    "1998-04-24",
    [
      ["Saturday", "1998-04-25"],
      ["April 25", "1998-04-25"],
    ],
  ],
  [
    "The index fell from Aug. 26 to Oct. 20.",
    "1989-10-30",
    [
      ["Aug. 26", "1989-08-26"],
      ["Oct. 20", "1989-10-20"],
    ],
  ],
  [
    "The summit runs on April 24 and 25.",
    "1999-02-10",
    [
      ["April 24", "1999-04-24"],
      ["25", "1999-04-25"],
    ],
  ],
];

const ranges: Case[] = [
  [
    "Voting runs from March to May.",
    WED,
    [
      ["March", "2025-03"],
      ["May", "2025-05"],
    ],
  ],
  [
    "He was held from Dec. 5 to Feb. 2, 2025.",
    WED,
    [
      ["Dec. 5", "2024-12-05"],
      ["Feb. 2, 2025", "2025-02-02"],
    ],
  ],
  [
    "He was held from Jan. 5 to Feb. 2, 2025.",
    undefined,
    [
      ["Jan. 5", "2025-01-05"],
      ["Feb. 2, 2025", "2025-02-02"],
    ],
  ],
  [
    "The talks ran Aug. 18-20 in Geneva.",
    WED,
    [
      ["Aug. 18", "2025-08-18"],
      ["20", "2025-08-20"],
    ],
  ],
  [
    "The fair ran between Monday and Wednesday.",
    WED,
    [
      ["Monday", "2025-08-18"],
      ["Wednesday", "2025-08-20"],
    ],
  ],
];

const months: Case[] = [
  ["Prices rose sharply in March.", WED, [["March", "2025-03"]]],
  ["The summit will be held in March.", WED, [["March", "2026-03"]]],
  ["Elections are due in December.", WED, [["December", "2025-12"]]],
  ["The accord was signed in December.", WED, [["December", "2024-12"]]],
  ["The loans run through January.", WED, [["January", "2026-01"]]],
  ["He resigned last March.", WED, [["last March", "2025-03"]]],
  ["They will vote next March.", WED, [["next March", "2026-03"]]],
  ["Results are due in mid-November.", WED, [["mid-November", "2025-11"]]],
  ["The offensive stalled in early June.", WED, [["early June", "2025-06"]]],
  ["Mid-March talks failed.", WED, [["Mid-March", "2025-03"]]],
  ["This month the ministers met twice.", WED, [["This month", "2025-08"]]],
  ["The strikes intensified last month.", WED, [["last month", "2025-07"]]],
  ["The report is due next month.", WED, [["next month", "2025-09"]]],
  ["Earlier this month the envoy visited Moscow.", WED, [["Earlier this month", "2025-08"]]],
  ["It happened two months ago.", WED, [["two months ago", "2025-06"]]],
];

const years: Case[] = [
  ["Exports fell this year.", WED, [["this year", "2025"]]],
  ["Exports fell last year.", WED, [["last year", "2024"]]],
  ["Exports will recover next year.", WED, [["next year", "2026"]]],
  ["Earlier this year the border reopened.", WED, [["Earlier this year", "2025"]]],
  ["Casualties mounted over the past year.", WED, [["the past year", "2024"]]],
  ["The plant closed five years ago.", WED, [["five years ago", "2020"]]],
  ["Sales rose from a year earlier.", WED, [["a year earlier", "2024"]]],
  ["The year-ago results included a charge.", WED, [["year-ago", "2024"]]],
  ["Sales for the full year were flat.", WED, [["the full year", "2025"]]],
  ["Cuts are planned by year-end.", WED, [["year-end", "2025-12-31"]]],
  ["The index is up 3% since year-end.", WED, [["year-end", "2024-12-31"]]],
  ["Cuts are planned by year's end.", WED, [["year's end", "2025"]]],
  ["Farkas founded a venture called Orion 1980 in Budapest.", WED, []],
  ["Viewers tuned in to Decision 2024 on the network.", WED, []],
  ["Voters were polled in March 2024.", WED, [["March 2024", "2024-03"]]],
  ["The deal was signed in Sept. 2021.", WED, [["Sept. 2021", "2021-09"]]],
  ["Output rose in the current fiscal year.", WED, [["the current fiscal year", "2025"]]],
  ["The deal closed a year ago.", WED, [["a year ago", "2024-08-20"]]],
];

const weeks: Case[] = [
  ["The talks collapsed this week.", WED, [["this week", "2025-08-18/2025-08-24"]]],
  ["The talks collapsed last week.", WED, [["last week", "2025-08-11/2025-08-17"]]],
  ["The ministers meet next week.", WED, [["next week", "2025-08-25/2025-08-31"]]],
  ["Earlier this week, Kyiv was shelled.", WED, [["Earlier this week", "2025-08-18/2025-08-24"]]],
  ["A decision is expected later this week.", WED, [["later this week", "2025-08-18/2025-08-24"]]],
  ["He has been in hospital for the past week.", WED, [["the past week", "2025-08-18/2025-08-24"]]],
  ["The deal was struck three weeks ago.", WED, [["three weeks ago", "2025-07-30"]]],
  ["Protests spread last weekend.", WED, [["last weekend", "2025-08-16/2025-08-17"]]],
  ["Rallies are planned this weekend.", WED, [["this weekend", "2025-08-23/2025-08-24"]]],
];

const days: Case[] = [
  ["The shelling resumed yesterday.", WED, [["yesterday", "2025-08-19"]]],
  ["The shelling resumed today.", WED, [["today", "2025-08-20"]]],
  ["The envoy lands tomorrow.", WED, [["tomorrow", "2025-08-21"]]],
  ["Leaders speak tonight.", WED, [["tonight", "2025-08-20"]]],
  ["The sirens sounded this morning.", WED, [["this morning", "2025-08-20"]]],
  ["The attack happened 2 days ago.", WED, [["2 days ago", "2025-08-18"]]],
  ["The attack happened three days ago.", WED, [["three days ago", "2025-08-17"]]],
  ["The talks ended at 5 p.m.", WED, [["5 p.m.", "2025-08-20"]]],
  ["The shelling stopped at dawn.", WED, [["dawn", "2025-08-20"]]],
  ["Elian was found on Thanksgiving Day.", "1999-12-10", [["Thanksgiving Day", "1999-11-25"]]],
  ["The ports reopen after Christmas.", WED, [["Christmas", "2024-12-25"]]],
  ["The troops will be home by Christmas.", WED, [["Christmas", "2025-12-25"]]],
  ["Voters will choose on Election Day.", "2024-10-20", [["Election Day", "2024-11-05"]]],
];

const anchored: Case[] = [
  ["He was seen the day before the shooting.", WED, [["the day before", null]]],
  ["A few minutes later the talks ended.", WED, [["A few minutes later", null]]],
  ["The following month, the company was sold.", WED, [["The following month", null]]],
  ["The index fell 4.5% from the previous Friday.", WED, [["the previous Friday", null]]],
  ["He appeared in court the next morning.", WED, [["the next morning", null]]],
  ["Two weeks later the border closed.", WED, [["Two weeks later", null]]],
];

const withoutPublicationDate: Case[] = [
  ["Lavrov spoke to reporters on Wednesday.", undefined, [["Wednesday", null]]],
  ["The leaders will meet on Friday.", undefined, [["Friday", null]]],
  ["The talks collapsed last week.", undefined, [["last week", null]]],
  ["The treaty was signed on 20 August 2025.", undefined, [["20 August 2025", "2025-08-20"]]],
  ["The ceasefire began on Aug. 20.", undefined, [["Aug. 20", null]]],
  ["Talks broke down in April 2022.", undefined, [["April 2022", "2022-04"]]],
  ["The shelling resumed yesterday.", undefined, [["yesterday", null]]],
  ["Prices rose sharply in March.", undefined, [["March", null]]],
  ["The attack happened 2 days ago.", undefined, [["2 days ago", null]]],
  ["Exports fell this year.", undefined, [["this year", null]]],
  ["Russia annexed Crimea in 2014.", undefined, [["2014", "2014"]]],
  ["Sales rose from a year earlier.", undefined, [["a year earlier", null]]],
  ["The ports reopen after Christmas.", undefined, [["Christmas", null]]],
  ["The strikes intensified last month.", undefined, [["last month", null]]],
  ["The talks ended at 5 p.m.", undefined, [["5 p.m.", null]]],
  ["In July last year the talks stalled.", undefined, [["July last year", null]]],
];

const nothing: Case[] = [
  ["He may visit Moscow.", WED, []],
  ["Article 5 of the NATO charter applies.", WED, []],
  ["She said it was a second chance.", WED, []],
  ["Output rose by 300,000 a month.", WED, []],
  ["The bill costs $1.24 a share.", WED, []],
  ["The Sunday Times reported it first.", WED, []],
  ["Now is the time to act.", WED, []],
  ["The 1990s were turbulent.", WED, []],
  ["In a second round of talks, nothing moved.", WED, []],
  ["The 2,000 troops left the base.", WED, []],
  ["He marched on.", WED, []],
  ["Give me a second.", WED, []],
  ["It lasted an hour.", WED, []],
  ["He will call in a minute.", WED, []],
  ["Memorials on 9/11 drew crowds.", WED, []],
  ["Marchers joined the March on Washington.", WED, []],
  ["Theresa May resigned.", WED, []],
  ["He won 4/5 of the vote.", WED, []],
  ["Kyiv and Moscow traded accusations.", undefined, []],
  ["", WED, []],
];

const tables: [string, Case[]][] = [
  ["weekdays, news rule", weekdays],
  ["weekdays, future tense", futureWeekdays],
  ["absolute dates", absolute],
  ["ranges", ranges],
  ["months", months],
  ["years", years],
  ["weeks", weeks],
  ["days, holidays and times", days],
  ["dates counted from another date", anchored],
  ["no publication date", withoutPublicationDate],
  ["must find nothing", nothing],
];

describe("findDates", () => {
  for (const [name, cases] of tables) {
    describe(name, () => {
      it.each(cases)("%s (published %s)", (sentence, published, expected) => {
        const found = findDates(sentence, published).map((mention) => [
          mention.text,
          mention.value ?? null,
        ]);
        expect(found).toEqual(expected);
      });
    });
  }

  it("has at least 100 table cases", () => {
    expect(tables.reduce((total, [, cases]) => total + cases.length, 0)).toBeGreaterThanOrEqual(
      100,
    );
  });

  it("keeps offsets that point at the text", () => {
    const body = "Russia’s top diplomat Wednesday said talks would resume next week.";
    for (const mention of findDates(body, WED))
      expect(body.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it.each([
    ["Lavrov spoke to reporters on Wednesday.", WED, "weekday-news-rule"],
    ["The leaders will meet on Friday.", WED, "weekday-future-tense"],
    ["He arrived last Friday.", WED, "weekday-last"],
    ["The talks continue next Tuesday.", WED, "weekday-next"],
    ["The talks collapsed last week.", WED, "relative-week"],
    ["Exports fell this year.", WED, "relative-year"],
    ["Prices rose sharply in March.", WED, "month-nearest"],
    ["The summit will be held in March.", WED, "month-future-tense"],
    ["The treaty was signed on 20 August 2025.", WED, "absolute-day"],
    ["The shelling resumed yesterday.", WED, "relative-day"],
    ["The attack happened 2 days ago.", WED, "ago"],
    ["Lavrov spoke to reporters on Wednesday.", undefined, "weekday"],
    ["The talks collapsed last week.", undefined, "relative-week"],
    ["The ceasefire began on August 18.", undefined, "month-day"],
    ["He was seen the day before the shooting.", WED, "anchored"],
    ["Talks resumed the following month.", WED, "anchored"],
  ])("names the rule for %s (published %s): %s", (sentence, published, rule) => {
    expect(findDates(sentence, published)[0]?.rule).toBe(rule);
  });

  // [sentence, publication date, publication source and confidence, expected certainty]
  const certainties: [string, string | undefined, FindDatesOptions, DateCertainty][] = [
    ["The treaty was signed on 20 August 2025.", WED, {}, "stated"],
    ["The invasion began on Feb. 24, 2022.", WED, {}, "stated"],
    ["The full-scale invasion began in February 2022.", WED, {}, "stated"],
    ["Russia annexed Crimea in 2014.", WED, {}, "stated"],
    ["The ceasefire began on August 18.", WED, {}, "year-implied"],
    ["Prices rose sharply in March.", WED, {}, "year-implied"],
    ["The ports reopen after Christmas.", WED, {}, "year-implied"],
    ["Lavrov spoke to reporters on Wednesday.", WED, {}, "relative"],
    ["The attack happened 2 days ago.", WED, {}, "relative"],
    ["The talks collapsed last week.", WED, {}, "relative"],
    ["He resigned last March.", WED, {}, "relative"],
    ["The shelling resumed yesterday.", WED, {}, "relative"],
    [
      "Lavrov spoke to reporters on Wednesday.",
      WED,
      { publishedSource: "banner", publishedConfidence: 0.3 },
      "weak-reference",
    ],
    [
      "The ceasefire began on August 18.",
      WED,
      { publishedSource: "text", publishedConfidence: 0.4 },
      "weak-reference",
    ],
    [
      "The treaty was signed on 20 August 2025.",
      WED,
      { publishedSource: "banner", publishedConfidence: 0.3 },
      "stated",
    ],
    [
      "Lavrov spoke to reporters on Wednesday.",
      WED,
      { publishedSource: "dateline", publishedConfidence: 0.8 },
      "relative",
    ],
    ["Lavrov spoke to reporters on Wednesday.", undefined, {}, "unresolved"],
    ["The ceasefire began on August 18.", undefined, {}, "unresolved"],
    ["He was seen the day before the shooting.", WED, {}, "unresolved"],
  ];

  it.each(certainties)(
    "says how certain %s is (published %s, %j): %s",
    (sentence, published, options, certainty) => {
      expect(findDates(sentence, published, options)[0]?.certainty).toBe(certainty);
    },
  );

  it("gives a weekday before a full date that date's certainty", () => {
    const mentions = findDates("The deal was signed Thursday, Jan. 6, 2022, in Vienna.", WED);
    expect(mentions.map((mention) => [mention.text, mention.rule, mention.certainty])).toEqual([
      ["Thursday", "weekday-of-date", "stated"],
      ["Jan. 6, 2022", "absolute-day", "stated"],
    ]);
  });

  it("marks unresolved mentions as such", () => {
    const [mention] = findDates("The talks collapsed last week.");
    expect(mention?.resolved).toBe(false);
    expect(mention?.value).toBeUndefined();
  });
});
