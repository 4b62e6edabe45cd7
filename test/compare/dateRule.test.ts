import { describe, expect, it } from "vitest";
import { findingsOf, type Outlet, summary } from "./compareCase.js";

// When outlets disagree about when things happened. An article dated far from its story
// by a weak date is the outlier; a relative date that resolves to the same day, a report
// published a day later, and times in different zones that agree are not findings.
const dueLead = "The Karsby council approved the bridge budget on Tuesday.";
const lead = "The strike at the Haldenby port ended when the union accepted the offer";

const cases: [string, Outlet[], string[]][] = [
  [
    "a banner date months after the story is the outlier",
    [
      { id: "a", published: "2025-03-19", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-19", body: `${lead} on March 18, union officials said.` },
      {
        id: "c",
        published: { date: "2025-06-04", source: "banner", confidence: 0.3 },
        body: `${lead} on Tuesday, officials said.`,
      },
    ],
    [
      "conflict date/outlier a=2025-03-19 a=2025-03-18 b=2025-03-19 b=2025-03-18 c=2025-06-04 c=2025-06-03",
    ],
  ],
  [
    "two days given for one event by reports of one news day are a conflict",
    [
      { id: "a", published: "2025-03-19", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-19", body: `${lead} on Monday, the port authority said.` },
    ],
    ["conflict date/event a=2025-03-18 b=2025-03-17"],
  ],
  [
    "a weekday printed beside a date that is not its weekday is a conflict",
    [
      {
        id: "a",
        published: "2025-08-22",
        body: "Lavrov spoke on Wednesday, Aug. 21, 2025, in Moscow.",
      },
      {
        id: "b",
        published: "2025-08-22",
        body: "Lavrov spoke on Aug. 21 in Moscow, the ministry said.",
      },
    ],
    ["conflict date/weekday a=Wednesday 2025-08-21"],
  ],
  [
    "a report published a day later that counts its weekday right agrees",
    [
      { id: "a", published: "2025-03-18", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-19", body: `${lead} on Tuesday, union officials said.` },
      { id: "c", published: "2025-03-19", body: `${lead} yesterday, union officials said.` },
    ],
    [],
  ],
  [
    "a relative date and a printed date for the same day agree",
    [
      { id: "a", published: "2025-03-19", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-20", body: `${lead} on March 18, union officials said.` },
    ],
    [],
  ],
  [
    "a day printed as a date against another outlet's named weekday a day later, published days apart, is a conflict",
    [
      {
        id: "a",
        published: "2025-03-21",
        body: "The Varnes grain silo collapsed outside Lodby on Monday, March 17, with no one inside.",
      },
      {
        id: "b",
        published: "2025-03-19",
        body: "The Varnes grain silo collapsed outside Lodby on Tuesday morning, with no one inside.",
      },
    ],
    ["conflict date/event a=2025-03-17 b=2025-03-18"],
  ],
  [
    "a day near midnight may be two days in two time zones",
    [
      {
        id: "a",
        published: "2025-03-21",
        body: "The Varnes grain silo collapsed outside Lodby late on Monday, March 17, with no one inside.",
      },
      {
        id: "b",
        published: "2025-03-19",
        body: "The Varnes grain silo collapsed outside Lodby on Tuesday, with no one inside.",
      },
    ],
    [],
  ],
  [
    "the day a report was made is not the day of the event",
    [
      {
        id: "a",
        published: "2025-03-21",
        body: "The Varnes grain silo collapsed outside Lodby, it was reported Wednesday, March 19.",
      },
      {
        id: "b",
        published: "2025-03-19",
        body: "The Varnes grain silo collapsed outside Lodby on Tuesday, with no one inside.",
      },
    ],
    [],
  ],
  [
    "two named days a day apart disagree, whatever day each outlet published",
    [
      { id: "a", published: "2025-03-19", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-20", body: `${lead} on Wednesday, union officials said.` },
    ],
    ["conflict date/event a=2025-03-18 b=2025-03-19"],
  ],
  [
    "a late night and the next day named plainly may be one moment in two time zones",
    [
      {
        id: "a",
        published: "2025-03-19",
        body: `${lead} late Tuesday, the port authority said.`,
      },
      { id: "b", published: "2025-03-20", body: `${lead} on Wednesday, union officials said.` },
    ],
    [],
  ],
  [
    "times in two zones that agree are not a finding",
    [
      {
        id: "a",
        published: "2025-03-19",
        body: "The quake struck the island at 9:27 a.m. PDT, the survey said.",
      },
      {
        id: "b",
        published: "2025-03-19",
        body: "The quake struck the island at 16:27 GMT, the survey said.",
      },
    ],
    [],
  ],
  [
    "times in two zones that disagree are a conflict",
    [
      {
        id: "a",
        published: "2025-03-19",
        body: "The quake struck the island at 9:27 a.m. PDT, the survey said.",
      },
      {
        id: "b",
        published: "2025-03-19",
        body: "The quake struck the island at 17:27 GMT, the survey said.",
      },
    ],
    ["conflict date/time a=16:27 UTC b=17:27 UTC"],
  ],
  [
    "two named nights a day apart are two days, even from reports published a day apart",
    [
      {
        id: "a",
        published: "2025-06-08",
        body: "A hailstorm battered the orchards of Fennick late Saturday night, growers said.",
      },
      {
        id: "b",
        published: "2025-06-08",
        body: "The hailstorm that battered the orchards of Fennick on Saturday night stripped the trees, growers said.",
      },
      {
        id: "c",
        published: "2025-06-09",
        body: "A hailstorm battered the orchards of Fennick late Sunday night, stripping the trees.",
      },
    ],
    ["conflict date/event a=2025-06-07 b=2025-06-07 c=2025-06-08"],
  ],
  [
    "a late night and the early hours of the next day may be one moment in two time zones",
    [
      {
        id: "a",
        published: "2025-06-08",
        body: "A hailstorm battered the orchards of Fennick late Saturday night, growers said.",
      },
      {
        id: "b",
        published: "2025-06-09",
        body: "A hailstorm battered the orchards of Fennick early Sunday, growers said.",
      },
    ],
    [],
  ],
  [
    "two zoneless times for one happening are a conflict: news copy gives the local time",
    [
      {
        id: "a",
        published: "2025-09-02",
        body: "The ferry Marisol ran aground off Pellham Point at about 6:10 a.m., the coast guard said.",
      },
      {
        id: "b",
        published: "2025-09-02",
        body: "The ferry Marisol ran aground at about 7:45 a.m. near Pellham Point, the operator said.",
      },
    ],
    ["conflict date/time a=06:10 local time b=07:45 local time"],
  ],
  [
    "a time that names its event, in two outlets, disagrees like any other",
    [
      {
        id: "a",
        published: "2025-09-02",
        body: "Treasurer Ilse Vandermeer gave the audit to the council's 9 a.m. hearing in Dunmore.",
      },
      {
        id: "b",
        published: "2025-09-02",
        body: "Treasurer Ilse Vandermeer gave the audit at a 3 p.m. council hearing.",
      },
    ],
    ["conflict date/time a=09:00 local time b=15:00 local time"],
  ],
  [
    '"shortly before" and "about" a time leave room for each other',
    [
      {
        id: "a",
        published: "2025-09-02",
        body: "The ferry Marisol ran aground shortly before 11 p.m. off Pellham Point.",
      },
      {
        id: "b",
        published: "2025-09-02",
        body: "The ferry Marisol ran aground at about 10:40 p.m. off Pellham Point.",
      },
    ],
    [],
  ],
  [
    "a time in a zone set against a zoneless one may be the zone's doing",
    [
      {
        id: "a",
        published: "2025-09-02",
        body: "The ferry Marisol ran aground at 9 a.m. EST, the coast guard said.",
      },
      {
        id: "b",
        published: "2025-09-02",
        body: "The ferry Marisol ran aground at 2 p.m., the coast guard said.",
      },
    ],
    [],
  ],
  [
    "times put on two weekdays are of two days: the days may disagree, the times are not compared",
    [
      {
        id: "a",
        published: "2025-03-20",
        body: "A quake shook the Varna valley on Sunday morning. The quake struck at 9:27 a.m., the survey said.",
      },
      {
        id: "b",
        published: "2025-03-20",
        body: "A quake shook the Varna valley early Thursday. The quake struck at 2:09 a.m., the survey said.",
      },
    ],
    ["conflict date/event a=2025-03-16 b=2025-03-20"],
  ],
  [
    "times of two happenings, or two moments one outlet gives both of, are not a finding",
    [
      {
        id: "a",
        published: "2025-09-02",
        body: "Polls in Harwick closed at 8 p.m. A first tremor shook the valley at 2 a.m. and a second tremor shook it at 5 a.m.",
      },
      {
        id: "b",
        published: "2025-09-02",
        body: "The count in Harwick began at 10 p.m. A tremor shook the valley at 5 a.m.",
      },
    ],
    [],
  ],
  [
    "the times of a page's dateline and of a range date no one moment",
    [
      {
        id: "a",
        published: "2025-09-02",
        body: "Updated 8:05 a.m.\n\nThe Dunmore library will be open from 9 a.m. to 5 p.m. on Saturday.",
      },
      {
        id: "b",
        published: "2025-09-02",
        body: "Posted at 11:20 a.m.\n\nThe Dunmore library will be open at 10 a.m. on Saturday.",
      },
    ],
    [],
  ],
  [
    "two days for one thing still to come are a conflict, whatever words schedule it",
    [
      {
        id: "a",
        published: "2025-05-28",
        body: `${dueLead} The new span will be opened to traffic on June 12, the engineer said.`,
      },
      {
        id: "b",
        published: "2025-05-28",
        body: `${dueLead} Its opening to traffic is planned for June 19.`,
      },
    ],
    ["conflict date/event a=2025-06-12 b=2025-06-19"],
  ],
  [
    "an irregular verb's past form tells the same thing as its other forms",
    [
      {
        id: "a",
        published: "2025-05-28",
        body: `${dueLead} Ground will be broken for the new span on July 1.`,
      },
      {
        id: "b",
        published: "2025-05-28",
        body: `${dueLead} Crews break ground for the new span on July 8.`,
      },
    ],
    ["conflict date/event a=2025-07-01 b=2025-07-08"],
  ],
  [
    "days past of steps of one kind are a chronology, not two days for one thing",
    [
      {
        id: "a",
        published: "2025-05-28",
        body: `${dueLead} Power was restored to the hospitals on May 2, the utility said.`,
      },
      {
        id: "b",
        published: "2025-05-28",
        body: `${dueLead} Power was restored to most homes on May 9.`,
      },
    ],
    [],
  ],
  [
    "two things due that share only a word of scheduling are two things",
    [
      {
        id: "a",
        published: "2025-05-28",
        body: `${dueLead} The hearing on the contract is set for June 4.`,
      },
      {
        id: "b",
        published: "2025-05-28",
        body: `${dueLead} The tender review is set for June 11.`,
      },
    ],
    [],
  ],
  [
    "a day inside another outlet's span, or one the outlet also gives, agrees",
    [
      {
        id: "a",
        published: "2025-05-28",
        body: `${dueLead} Residents will comment between June 2 and June 9. Crews will close the old span on June 20 and close the ramp on June 27.`,
      },
      {
        id: "b",
        published: "2025-05-28",
        body: `${dueLead} Residents will comment on June 5. Crews will close the old span on June 27.`,
      },
    ],
    [],
  ],
  [
    "a weekday named by a weekly days later resolves the same way: a conflict with the dailies' day",
    [
      { id: "a", published: "2025-03-19", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-20", body: `${lead} on Tuesday, union officials said.` },
      { id: "c", published: "2025-03-24", body: `${lead} on Wednesday, the port authority said.` },
    ],
    ["conflict date/event a=2025-03-18 b=2025-03-18 c=2025-03-19"],
  ],
  [
    "weekdays named by reports more than a week apart are not set against each other",
    [
      { id: "a", published: "2025-03-19", body: `${lead} on Tuesday, the port authority said.` },
      { id: "b", published: "2025-03-20", body: `${lead} on Tuesday, union officials said.` },
      { id: "c", published: "2025-03-28", body: `${lead} on Wednesday, the port authority said.` },
    ],
    [],
  ],
  [
    "a time given in a named zone ('5 p.m. Eastern') is not a local time set against one",
    [
      {
        id: "a",
        published: "2025-07-15",
        body: "The governor signed the heat order at 5 p.m. Eastern at a cooling center in Tucson.",
      },
      {
        id: "b",
        published: "2025-07-15",
        body: "The governor signed the heat order at about 2 p.m. at a cooling center in Tucson.",
      },
    ],
    [],
  ],
  [
    "a time given in another country's clock ('7.42pm Norwegian time', 'NZ time') is not set against the local one",
    [
      {
        id: "a",
        published: "2025-09-04",
        body: "The plane landed safely back in Kirkwall at 7.42pm Norwegian time, the airline said.",
      },
      {
        id: "b",
        published: "2025-09-04",
        body: "The plane landed safely back in Kirkwall at 6.42pm, the airline said.",
      },
    ],
    [],
  ],
];

describe("date rule", () => {
  it.each(cases)("%s", (_name, items, expected) => {
    expect(findingsOf(items, "date").map(summary)).toEqual(expected);
  });

  it("names the outlier and gives each date's source and confidence", () => {
    const [finding] = findingsOf(cases[0]?.[1] ?? [], "date");
    const outlier = finding?.values.filter((value) => value.outlier);
    expect(
      outlier?.map((value) => [value.label, value.value, value.source, value.confidence]),
    ).toEqual([
      ["published", "2025-06-04", "banner", 0.3],
      ["event", "2025-06-03", "body", 0.3],
    ]);
    expect(finding?.message).toMatch(
      /^c is dated 2025-06-04 by its banner \(confidence 0\.3\), 78 days after/u,
    );
    expect(finding?.message).toMatch(/counted from the rest of the story's, on 2025-03-18/u);
  });

  it("lets a user widen the outlier window and turn weekday checks off", () => {
    const options = { rules: { date: { outlierDays: 120, checkWeekdays: false } } };
    expect(findingsOf(cases[0]?.[1] ?? [], "date", options)).toEqual([]);
    expect(findingsOf(cases[2]?.[1] ?? [], "date", options)).toEqual([]);
  });
});
