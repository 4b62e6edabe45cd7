import type { FoundDate } from "../dateString.js";
import type { ClassifiedLine, LineKind } from "./classifyLine.js";

/** A classified line with the kinds only the page context can tell. */
export interface PageLine extends ClassifiedLine {
  /** Refined kind: `date`, `dateline` and `banner` come from the date finder and neighbours. */
  role:
    | LineKind
    | "dateline"
    | "wire-dateline"
    | "banner"
    | "outlet"
    | "headline"
    | "bio"
    | "job-title"
    | "unrelated-trailing";
  /** A date read from the line, for date, dateline, banner and byline lines. */
  date?: FoundDate;
}

/** The nearest non-blank line above `index`, if any. */
export function previousNonBlank(lines: PageLine[], index: number): PageLine | undefined {
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lines[previous];
    if (line !== undefined && line.kind !== "blank") return line;
  }
  return undefined;
}
