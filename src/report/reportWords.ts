import type { ComparedArticle, Comparison, DiscrepancyValue } from "../types.js";

/**
 * Words shared by the Markdown and the HTML report, so that both say the same things the
 * same way.
 */

/** "1 story", "2 stories": a count with its noun. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The report's opening line: how many articles, stories and findings. */
export function summaryLine(comparison: Comparison): string {
  const conflicts = comparison.discrepancies.filter((item) => item.severity === "conflict");
  const findings = comparison.discrepancies.length;
  const detail =
    findings === 0
      ? ""
      : ` (${plural(conflicts.length, "conflict")}, ${plural(findings - conflicts.length, "difference")})`;
  return `${plural(comparison.articles.length, "article")} · ${plural(comparison.stories.length, "story", "stories")} · ${plural(findings, "finding")}${detail}`;
}

/** An article's publication date with where it came from: "2025-06-11 (text, confidence 0.7)". */
export function publishedLabel(article: ComparedArticle): string {
  const published = article.published;
  if (published === undefined) return "no date on the page";
  const time = published.time === undefined ? "" : ` ${published.time}${published.offset ?? ""}`;
  return `${published.date}${time} (${published.source}, confidence ${published.confidence})`;
}

/** Where a value without body offsets came from: "from banner, confidence 0.3". */
export function valueSource(value: DiscrepancyValue): string {
  const parts: string[] = [];
  if (value.source !== undefined) parts.push(`from ${value.source}`);
  if (value.confidence !== undefined) parts.push(`confidence ${value.confidence}`);
  return parts.join(", ");
}

/** A story's kind in words. */
export function storyKindLabel(kind: string): string {
  return kind === "near-duplicate"
    ? "near-duplicates"
    : kind === "same-story"
      ? "one story"
      : "one article";
}

/**
 * The value to show beside an outlet's words, or nothing when the words already say it
 * (a quote finding's value is the quote itself).
 */
export function shownValue(value: DiscrepancyValue): string | undefined {
  const shown = value.value.replace(/\s+/gu, " ").trim();
  if (shown === value.text.replace(/\s+/gu, " ").trim() && shown.length > 24) return undefined;
  return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}
