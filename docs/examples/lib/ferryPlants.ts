// What the demo story in docs/examples/ferry was written to contain: one planted
// difference of every kind, each told by the words of the one outlet that differs, and the
// compatible variants a careful reader would not call a discrepancy.
import type { Comparison, Discrepancy, DiscrepancyKind } from "corroborate";

/** A difference written into one outlet's article on purpose. */
export interface PlantedDifference {
  kind: DiscrepancyKind;
  /** The outlet that differs from the others. */
  articleId: string;
  /** Words of that outlet's version, as a finding's value or text holds them. */
  marker: string;
  /** What a reader should see. */
  says: string;
}

export const PLANTED: PlantedDifference[] = [
  {
    kind: "date",
    articleId: "harbour-herald",
    marker: "2025-06-09",
    says: "The Harbour Herald puts the grounding on Monday, June 9; the others on Tuesday, June 10",
  },
  {
    kind: "number",
    articleId: "coastline-daily",
    marker: "221",
    says: "Coastline Daily counts 221 passengers; the others 212",
  },
  {
    kind: "name",
    articleId: "coastline-daily",
    marker: "Katharina",
    says: "Coastline Daily spells the harbour master Katharina Lindqvist; the others Katarina",
  },
  {
    kind: "role",
    articleId: "radio-nord",
    marker: "director",
    says: "Radio Nord calls Lindqvist the port director; the others the harbour master",
  },
  {
    kind: "quote",
    articleId: "harbour-herald",
    marker: "vessel",
    says: "The Harbour Herald quotes Lindqvist with “vessel” and “badly”; the others “ship” and “seriously”",
  },
  {
    kind: "attribution",
    articleId: "radio-nord",
    marker: "Berg",
    says: "Radio Nord credits “The ferry was in good order…” to Captain Elin Berg; the others to Omar Haddad",
  },
];

/** Compatible variants in the story: none of them is a discrepancy. */
export const COMPATIBLE: string[] = [
  "“Lindqvist” and “Haddad” alone: short forms of full names",
  "Northern Wire credits Lindqvist's words to “the harbour master”, her title",
  "“Minister Haddad”: a shorter form of “Transport Minister Omar Haddad”",
  "Radio Nord's “About 200 passengers”: a rounded count",
  "“Fourteen” and 14 injured; 31 crew in every outlet",
  "“Tuesday”, “Tuesday afternoon” and “yesterday”: one day, June 10, as each outlet's date resolves them",
  "Radio Nord quotes only the first sentence of Lindqvist's statement (a trimmed quote)",
];

/** Whether a finding reports a planted difference: its kind, and the differing outlet's words. */
export function reports(finding: Discrepancy, planted: PlantedDifference): boolean {
  return (
    finding.kind === planted.kind &&
    finding.values.some(
      (value) =>
        value.articleId === planted.articleId &&
        (value.value.includes(planted.marker) || value.text.includes(planted.marker)),
    )
  );
}

/** The planted differences a comparison finds, and the findings no planted difference explains. */
export function checkPlants(comparison: Comparison): {
  found: PlantedDifference[];
  missed: PlantedDifference[];
  unexplained: Discrepancy[];
} {
  const found = PLANTED.filter((planted) =>
    comparison.discrepancies.some((finding) => reports(finding, planted)),
  );
  return {
    found,
    missed: PLANTED.filter((planted) => !found.includes(planted)),
    unexplained: comparison.discrepancies.filter(
      (finding) => !PLANTED.some((planted) => reports(finding, planted)),
    ),
  };
}
