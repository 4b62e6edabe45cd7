import type { ComparedArticle, Comparison } from "../types.js";
import { articleLabels } from "./articleLabels.js";
import { articleSentences, type SentenceSpan } from "./articleSentences.js";
import { weekdayOf } from "./calendarDays.js";
import { differencesByArticle } from "./differencesByArticle.js";
import { escapeMarkdown } from "./escapeMarkdown.js";
import { evidenceContext } from "./evidenceContext.js";
import { joinMarked, type MarkedSegment, markVariant } from "./quoteMarks.js";
import {
  plural,
  publishedLabel,
  shownValue,
  storyKindLabel,
  summaryLine,
  valueSource,
} from "./reportWords.js";
import { type StoryReport, storyReports } from "./storyReports.js";

const LEGEND =
  "Marks in quotes, against the fullest version (the root): {+added+} [-dropped-] [-root's words-]{+replaced by+} {~moved~}; … joins the pieces of a quote broken by its attribution.";

/**
 * Renders a comparison as Markdown that reads well in a terminal and in a pull request:
 * per story, the outlets, the timeline of the dates each reports, the findings with each
 * outlet's words in their sentence, the statements several outlets quote with the words
 * each adds, drops, replaces or moves marked (`{+added+}`, `[-dropped-]`, `{~moved~}`), and
 * what only one outlet reports. Article text is escaped, so a headline carrying
 * `<script>` or `*emphasis*` shows as written.
 *
 * @param comparison - what `compareArticles` returned
 * @returns the report, ending with a newline
 * @example
 * ```ts
 * const comparison = compareArticles(files.map((text) => ({ text })));
 * process.stdout.write(renderMarkdown(comparison));
 * // # corroborate report
 * //
 * // 5 articles · 1 story · 6 findings (5 conflicts, 1 difference)
 * // …
 * ```
 *
 * @group Report
 */
export function renderMarkdown(comparison: Comparison): string {
  const labels = articleLabels(comparison.articles);
  const label = (id: string) => escapeMarkdown(labels.get(id) ?? id);
  const sentencesOf = sentenceCache();
  const lines: string[] = ["# corroborate report", "", summaryLine(comparison)];
  const reports = storyReports(comparison);
  reports.forEach((report, index) => {
    lines.push("", `## Story ${index + 1}: ${escapeMarkdown(report.title)}`, "");
    lines.push(
      `${storyKindLabel(report.story.kind)} · ${plural(report.articles.length, "outlet")} · ${plural(report.discrepancies.length, "finding")}`,
    );
    outletsSection(lines, report, label);
    timelineSection(lines, report, label);
    findingsSection(lines, report, label, sentencesOf);
    quotesSection(lines, report, label);
    exclusivesSection(lines, report, label, sentencesOf);
  });
  lines.push("", `Comparison format ${escapeMarkdown(comparison.version)}.`);
  return `${lines.join("\n")}\n`;
}

type Label = (id: string) => string;
type Sentences = (article: ComparedArticle) => SentenceSpan[];

function sentenceCache(): Sentences {
  const cache = new Map<ComparedArticle, SentenceSpan[]>();
  return (article) => {
    let sentences = cache.get(article);
    if (sentences === undefined) {
      sentences = articleSentences(article);
      cache.set(article, sentences);
    }
    return sentences;
  };
}

function outletsSection(lines: string[], report: StoryReport, label: Label): void {
  lines.push(
    "",
    "### Outlets",
    "",
    "| Outlet | Headline | Published | By |",
    "| --- | --- | --- | --- |",
  );
  for (const article of report.articles) {
    const authors = article.authors.map(escapeMarkdown).join(", ") || "—";
    const headline = article.headline === undefined ? "—" : escapeMarkdown(article.headline);
    lines.push(
      `| ${label(article.id)} | ${headline} | ${escapeMarkdown(publishedLabel(article))} | ${authors} |`,
    );
  }
}

function timelineSection(lines: string[], report: StoryReport, label: Label): void {
  lines.push("", "### Timeline", "");
  if (report.timeline.length === 0) {
    lines.push("No outlet gives a date that resolves to a day.");
    return;
  }
  // One line per day (or span of days), one clause per outlet: what each says of that day.
  const days = new Map<string, Map<string, string[]>>();
  for (const entry of report.timeline) {
    const span =
      entry.to === entry.from
        ? `${entry.from} ${weekdayOf(entry.from)}`
        : `${entry.from} to ${entry.to}`;
    const outlets = days.get(span) ?? new Map<string, string[]>();
    days.set(span, outlets);
    const words = outlets.get(entry.articleId) ?? [];
    outlets.set(entry.articleId, words);
    const text = `“${escapeMarkdown(entry.text)}”`;
    words.push(
      entry.kind === "published"
        ? `published ${text} (${escapeMarkdown(entry.source ?? "")})`
        : entry.kind === "event"
          ? `event ${text}`
          : text,
    );
  }
  for (const [span, outlets] of days) {
    const clauses = [...outlets].map(([id, words]) => `${label(id)} ${words.join(", ")}`);
    lines.push(`- **${span}**: ${clauses.join("; ")}`);
  }
}

function findingsSection(
  lines: string[],
  report: StoryReport,
  label: Label,
  sentencesOf: Sentences,
): void {
  lines.push("", "### Findings", "");
  if (report.discrepancies.length === 0) {
    lines.push("No discrepancies between the outlets.");
    return;
  }
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  report.discrepancies.forEach((finding, index) => {
    const severity = finding.severity === "conflict" ? "Conflict" : "Difference";
    lines.push(
      `${index + 1}. **${severity} · ${finding.kind}**: ${escapeMarkdown(finding.message)} (\`${finding.rule.replace(/`/gu, "'")}\`)`,
    );
    for (const value of finding.values) {
      const article = articles.get(value.articleId);
      let words = `“${escapeMarkdown(value.text)}”`;
      if (article !== undefined && value.start !== undefined && value.end !== undefined) {
        const context = evidenceContext(article.body, sentencesOf(article), value.start, value.end);
        words = `“${escapeMarkdown(context.before)}**${escapeMarkdown(context.text)}**${escapeMarkdown(context.after)}”`;
      }
      const source = valueSource(value);
      const shown = shownValue(value);
      lines.push(
        `   - ${label(value.articleId)}: ${shown === undefined ? "" : `\`${shown.replace(/`/gu, "'")}\` `}${words}${source ? ` (${escapeMarkdown(source)})` : ""}`,
      );
    }
  });
}

function quotesSection(lines: string[], report: StoryReport, label: Label): void {
  lines.push("", "### Quotes", "");
  if (report.quoteGroups.length === 0) {
    lines.push("No statement is quoted by more than one outlet.");
  } else {
    lines.push(LEGEND);
  }
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  for (const group of report.quoteGroups) {
    const speaker = group.speaker?.name ?? "no speaker given";
    lines.push(
      "",
      `#### ${escapeMarkdown(speaker)}: ${plural(group.articleIds.length, "outlet")}`,
      "",
    );
    const differences = differencesByArticle(group);
    group.variants.forEach((variant, index) => {
      const body = articles.get(variant.articleId)?.body ?? "";
      const segments = markVariant(group, index, body, differences.get(variant.articleId) ?? []);
      const credited = variant.speaker?.name ?? "no speaker";
      const role = index === group.alignment.root ? "root" : variant.role;
      lines.push(
        `- ${label(variant.articleId)} (${role}, credited to ${escapeMarkdown(credited)}): “${joinMarked(segments, markdownSegment)}”`,
      );
    });
  }
  if (report.singleQuoteGroups > 0)
    lines.push(
      "",
      `${plural(report.singleQuoteGroups, "other statement")} quoted by one outlet only.`,
    );
}

function markdownSegment(segment: MarkedSegment): string {
  const text = escapeMarkdown(segment.text);
  switch (segment.kind) {
    case "same":
      return text;
    case "gap":
      return " … ";
    case "added":
      return `{+${text}+}`;
    case "dropped":
      return `[-${escapeMarkdown(segment.rootText ?? "")}-]`;
    case "replaced":
      return `[-${escapeMarkdown(segment.rootText ?? "")}-]{+${text}+}`;
    case "moved":
      return `{~${text}~}`;
  }
}

function exclusivesSection(
  lines: string[],
  report: StoryReport,
  label: Label,
  sentencesOf: Sentences,
): void {
  if (report.exclusives.length === 0) return;
  lines.push("", "### Only one outlet", "");
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  for (const item of report.exclusives) {
    const article = articles.get(item.articleId);
    let words = "";
    if (article !== undefined && item.kind !== "statement") {
      const context = evidenceContext(article.body, sentencesOf(article), item.start, item.end);
      words = `: “${escapeMarkdown(context.before)}**${escapeMarkdown(context.text)}**${escapeMarkdown(context.after)}”`;
    }
    lines.push(
      `- ${label(item.articleId)}, ${item.kind} **${escapeMarkdown(item.value)}**${words}`,
    );
  }
}
