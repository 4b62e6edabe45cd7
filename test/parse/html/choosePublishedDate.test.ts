import { describe, expect, it } from "vitest";
import {
  choosePublishedDate,
  type DateCandidate,
} from "../../../src/parse/html/choosePublishedDate.js";

const candidate = (
  fields: Partial<DateCandidate> & Pick<DateCandidate, "date" | "source">,
): DateCandidate => ({ text: fields.date, confidence: 0.9, modified: false, ...fields });

describe("choosePublishedDate", () => {
  const cases: [string, DateCandidate[], string | undefined][] = [
    ["nothing", [], undefined],
    [
      "publication over a later modification",
      [
        candidate({ date: "2025-08-22", source: "meta", confidence: 0.95, modified: true }),
        candidate({ date: "2025-08-20", source: "meta" }),
      ],
      "2025-08-20",
    ],
    [
      "the local day of a UTC stamp for the same instant",
      [
        candidate({
          date: "2025-08-21",
          time: "02:30",
          offset: "Z",
          source: "json-ld",
          confidence: 0.95,
        }),
        candidate({
          date: "2025-08-20",
          time: "22:30",
          offset: "-04:00",
          source: "time-element",
          confidence: 0.7,
        }),
      ],
      "2025-08-20",
    ],
    [
      "the local clock time printed without an offset",
      [
        candidate({
          date: "2025-08-21",
          time: "01:49",
          offset: "Z",
          source: "json-ld",
          confidence: 0.95,
        }),
        candidate({ date: "2025-08-20", time: "18:49", source: "byline", confidence: 0.65 }),
      ],
      "2025-08-20",
    ],
    [
      "the UTC day when nothing local contradicts it",
      [
        candidate({
          date: "2025-08-21",
          time: "02:30",
          offset: "Z",
          source: "json-ld",
          confidence: 0.95,
        }),
      ],
      "2025-08-21",
    ],
    [
      "the UTC day when another timestamp is a different moment",
      [
        candidate({
          date: "2025-08-21",
          time: "02:30",
          offset: "Z",
          source: "json-ld",
          confidence: 0.95,
        }),
        candidate({
          date: "2025-08-20",
          time: "09:10",
          offset: "-04:00",
          source: "time-element",
          confidence: 0.7,
        }),
      ],
      "2025-08-21",
    ],
    [
      "the day two kinds of evidence agree on over one stronger stamp",
      [
        candidate({ date: "2025-08-19", source: "json-ld", confidence: 0.95 }),
        candidate({ date: "2025-08-20", source: "meta", confidence: 0.9 }),
        candidate({ date: "2025-08-20", source: "byline", confidence: 0.65 }),
      ],
      "2025-08-20",
    ],
    [
      "a meta stamp over the weaker dated URL",
      [
        candidate({ date: "2025-08-19", time: "22:16", offset: "-05:00", source: "meta" }),
        candidate({ date: "2025-08-20", source: "url", confidence: 0.7 }),
      ],
      "2025-08-19",
    ],
  ];
  it.each(cases)("picks %s", (_name, candidates, expected) => {
    expect(choosePublishedDate(candidates)?.date).toBe(expected);
  });
});
