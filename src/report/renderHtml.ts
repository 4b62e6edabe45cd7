import type { ComparedArticle, Comparison, QuoteGroup } from "../types.js";
import { articleLabels } from "./articleLabels.js";
import { articleSentences, type SentenceSpan, sentenceAt } from "./articleSentences.js";
import { differencesByArticle } from "./differencesByArticle.js";
import { escapeHtml } from "./escapeHtml.js";
import { evidenceContext } from "./evidenceContext.js";
import { joinMarked, type MarkedSegment, markVariant } from "./quoteMarks.js";
import { REPORT_SCRIPT, REPORT_SCRIPT_HASH } from "./reportScript.js";
import { REPORT_STYLE, REPORT_STYLE_HASH } from "./reportStyle.js";
import {
  plural,
  publishedLabel,
  shownValue,
  storyKindLabel,
  summaryLine,
  valueSource,
} from "./reportWords.js";
import { type StoryReport, storyReports } from "./storyReports.js";
import { timelineSvg } from "./timelineSvg.js";

const COLOURS = 6;

/**
 * Renders a comparison as one self-contained HTML page that works offline: no external
 * asset, an inline style sheet and one small inline script, both allowed by hash in a
 * Content-Security-Policy that refuses everything else. Per story it shows the outlets
 * side by side (each article's text, sentence by sentence), a timeline of the dates each
 * reports (an SVG drawn here), every finding with each outlet's words, the statements
 * several outlets quote with added, dropped, replaced and moved words highlighted (and a
 * word-by-word table), and what only one outlet reports. A click on any piece of
 * evidence goes to the sentence in the article it came from. Every piece of article text
 * is escaped: a headline or og:title carrying `<script>` is shown, never run.
 *
 * @param comparison - what `compareArticles` returned
 * @returns the page, `<!doctype html>` to `</html>`
 * @example
 * ```ts
 * writeFileSync("report.html", renderHtml(compareArticles(inputs)));
 * ```
 *
 * @group Report
 */
export function renderHtml(comparison: Comparison): string {
  const labels = articleLabels(comparison.articles);
  const articleIndex = new Map(comparison.articles.map((article, index) => [article.id, index]));
  const sentences = new Map<string, SentenceSpan[]>();
  for (const article of comparison.articles) sentences.set(article.id, articleSentences(article));
  const page: Page = {
    label: (id) => labels.get(id) ?? id,
    link: (articleId, start, end) => {
      const index = articleIndex.get(articleId);
      if (index === undefined) return undefined;
      const sentence = sentenceAt(sentences.get(articleId) ?? [], start);
      const target = sentence < 0 ? `a${index}` : `a${index}-s${sentence}`;
      return `href="#${target}" class="source" data-start="${start}" data-end="${end}"`;
    },
    colour: (id) => (articleIndex.get(id) ?? 0) % COLOURS,
    sentences: (id) => sentences.get(id) ?? [],
    articleIndex: (id) => articleIndex.get(id) ?? 0,
  };
  const title = `corroborate report: ${plural(comparison.articles.length, "article")}`;
  const policy = [
    "default-src 'none'",
    `style-src '${REPORT_STYLE_HASH}'`,
    `script-src '${REPORT_SCRIPT_HASH}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const parts = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="corroborate">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    "</head>",
    "<body>",
    '<header class="page">',
    "<h1>corroborate report</h1>",
    `<p class="summary muted">${escapeHtml(summaryLine(comparison))}</p>`,
    "</header>",
    "<main>",
    ...storyReports(comparison).map((report, index) => storySection(report, index, page)),
    "</main>",
    `<footer class="page">Comparison format ${escapeHtml(comparison.version)}. Every word of article text on this page is shown as text; this page loads nothing from the network.</footer>`,
    `<script>${REPORT_SCRIPT}</script>`,
    "</body>",
    "</html>",
  ];
  return `${parts.join("\n")}\n`;
}

interface Page {
  label: (articleId: string) => string;
  link: (articleId: string, start: number, end: number) => string | undefined;
  colour: (articleId: string) => number;
  sentences: (articleId: string) => SentenceSpan[];
  articleIndex: (articleId: string) => number;
}

function storySection(report: StoryReport, index: number, page: Page): string {
  const id = `story-${index + 1}`;
  return [
    `<section class="story" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">Story ${index + 1}: ${escapeHtml(report.title)}</h2>`,
    `<p class="meta">${escapeHtml(`${storyKindLabel(report.story.kind)} · ${plural(report.articles.length, "outlet")} · ${plural(report.discrepancies.length, "finding")}`)}</p>`,
    outletsSection(report, page),
    timelineSection(report, page),
    findingsSection(report, page),
    quotesSection(report, page),
    exclusivesSection(report, page),
    "</section>",
  ].join("\n");
}

function outletsSection(report: StoryReport, page: Page): string {
  const columns = report.articles.map((article) => articleColumn(article, page));
  return `<section class="outlets"><h3>Outlets side by side</h3><div class="columns">${columns.join("")}</div></section>`;
}

function articleColumn(article: ComparedArticle, page: Page): string {
  const index = page.articleIndex(article.id);
  const meta: string[] = [];
  if (article.authors.length > 0) meta.push(`By ${article.authors.join(", ")}`);
  meta.push(`Published ${publishedLabel(article)}`);
  if (article.dateline !== undefined) meta.push(`Dateline ${article.dateline.text}`);
  if (article.url !== undefined) meta.push(article.url);
  meta.push(`id ${article.id}`);
  return [
    `<article class="outlet o${page.colour(article.id)}" id="a${index}">`,
    `<div class="label">${escapeHtml(page.label(article.id))}</div>`,
    article.headline === undefined
      ? '<h4 class="muted">(no headline on the page)</h4>'
      : `<h4>${escapeHtml(article.headline)}</h4>`,
    `<div class="meta">${meta.map((line) => `<div>${escapeHtml(line)}</div>`).join("")}</div>`,
    `<div class="body">${articleBody(article, index, page.sentences(article.id))}</div>`,
    "</article>",
  ].join("");
}

/** The body, paragraph by paragraph, every sentence a span with an id a link can target. */
function articleBody(article: ComparedArticle, index: number, sentences: SentenceSpan[]): string {
  const { body } = article;
  const paragraphs =
    article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: body.length }];
  const out: string[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    let cursor = paragraph.start;
    let html = "";
    while (next < sentences.length && (sentences[next]?.start ?? 0) < paragraph.end) {
      const sentence = sentences[next];
      if (sentence === undefined) break;
      if (sentence.start >= cursor) {
        html += escapeHtml(body.slice(cursor, sentence.start));
        const end = Math.min(sentence.end, paragraph.end);
        html += `<span class="sentence" id="a${index}-s${next}" data-start="${sentence.start}">${escapeHtml(body.slice(sentence.start, end))}</span>`;
        cursor = end;
      }
      next++;
    }
    html += escapeHtml(body.slice(cursor, paragraph.end));
    out.push(`<p>${html.trim()}</p>`);
  }
  return out.join("");
}

function timelineSection(report: StoryReport, page: Page): string {
  const lanes = report.articles.map((article) => ({
    articleId: article.id,
    label: page.label(article.id),
    colour: page.colour(article.id),
  }));
  const chart =
    report.timeline.length === 0
      ? '<p class="muted">No outlet gives a date that resolves to a day.</p>'
      : timelineSvg(report.timeline, { lanes, link: page.link });
  const legend =
    '<ul class="legend"><li>◆ published</li><li>● the day given for the event</li><li>○ another day mentioned</li><li>▬ a span of days</li><li>Months and years are not drawn.</li></ul>';
  return `<section class="timeline"><h3>Timeline</h3>${chart}${legend}</section>`;
}

function findingsSection(report: StoryReport, page: Page): string {
  if (report.discrepancies.length === 0)
    return '<section class="findings"><h3>Findings</h3><p class="muted">No discrepancies between the outlets.</p></section>';
  const articles = new Map(report.articles.map((article) => [article.id, article]));
  const items = report.discrepancies.map((finding) => {
    const rows = finding.values.map((value) => {
      const article = articles.get(value.articleId);
      let words = `“${escapeHtml(value.text)}”`;
      if (article !== undefined && value.start !== undefined && value.end !== undefined) {
        const context = evidenceContext(
          article.body,
          page.sentences(article.id),
          value.start,
          value.end,
        );
        const link = page.link(article.id, value.start, value.end);
        const quoted = `${escapeHtml(context.before)}<mark class="evidence">${escapeHtml(context.text)}</mark>${escapeHtml(context.after)}`;
        words = link === undefined ? quoted : `<a ${link}>${quoted}</a>`;
      }
      const source = valueSource(value);
      const shown = shownValue(value);
      return `<tr class="o${page.colour(value.articleId)}"><td class="outlet-cell">${escapeHtml(page.label(value.articleId))}</td><td class="value${shown !== undefined && shown.length <= 24 ? " short" : ""}">${shown === undefined ? "" : `<code>${escapeHtml(shown)}</code>`}</td><td>${words}${source ? ` <span class="muted">(${escapeHtml(source)})</span>` : ""}</td></tr>`;
    });
    return [
      `<li class="finding ${finding.severity}" id="${escapeHtml(`finding-${finding.id}`)}">`,
      `<p><span class="badge ${finding.severity}">${finding.severity}</span><span class="badge kind">${escapeHtml(finding.kind)}</span>${escapeHtml(finding.message)} <code>${escapeHtml(finding.rule)}</code></p>`,
      `<table><thead><tr><th>Outlet</th><th>Value</th><th>Its words</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
      "</li>",
    ].join("");
  });
  return `<section class="findings"><h3>Findings</h3><ol class="findings">${items.join("")}</ol></section>`;
}

function quotesSection(report: StoryReport, page: Page): string {
  const bodies = new Map(report.articles.map((article) => [article.id, article.body]));
  const groups = report.quoteGroups.map((group) => quoteGroup(group, bodies, page));
  const singles =
    report.singleQuoteGroups > 0
      ? `<p class="muted">${escapeHtml(plural(report.singleQuoteGroups, "other statement"))} quoted by one outlet only.</p>`
      : "";
  const body =
    groups.length === 0
      ? '<p class="muted">No statement is quoted by more than one outlet.</p>'
      : `<p class="muted">Each outlet's version against the fullest one (the root): <ins>added</ins> <del>dropped</del> <del>root's words</del><ins>replaced by</ins> <mark class="moved">moved</mark>.</p>${groups.join("")}`;
  return `<section class="quotes"><h3>Quotes across outlets</h3>${body}${singles}</section>`;
}

function quoteGroup(group: QuoteGroup, bodies: Map<string, string>, page: Page): string {
  const differences = differencesByArticle(group);
  const rows = group.variants.map((variant, index) => {
    const body = bodies.get(variant.articleId) ?? "";
    const segments = markVariant(group, index, body, differences.get(variant.articleId) ?? []);
    const role = index === group.alignment.root ? "root" : variant.role;
    const link = page.link(variant.articleId, variant.start, variant.end);
    const text = `“${joinMarked(segments, htmlSegment)}”`;
    return `<tr class="o${page.colour(variant.articleId)}"><td class="outlet-cell">${escapeHtml(page.label(variant.articleId))}</td><td>${role}</td><td>${escapeHtml(variant.speaker?.name ?? "no speaker")}</td><td>${text}${link === undefined ? "" : ` <a ${link}>in the article</a>`}</td></tr>`;
  });
  return [
    '<div class="quote-group">',
    `<h4>${escapeHtml(group.speaker?.name ?? "No speaker given")} <span class="muted">· ${plural(group.articleIds.length, "outlet")}</span></h4>`,
    `<table class="variants"><thead><tr><th>Outlet</th><th>Part</th><th>Credited to</th><th>Words</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    alignmentTable(group, bodies, page),
    "</div>",
  ].join("");
}

function htmlSegment(segment: MarkedSegment): string {
  const text = escapeHtml(segment.text);
  switch (segment.kind) {
    case "same":
      return text;
    case "gap":
      return '<span class="gap"> … </span>';
    case "added":
      return `<ins>${text}</ins>`;
    case "dropped":
      return `<del>${escapeHtml(segment.rootText ?? "")}</del>`;
    case "replaced":
      return `<del>${escapeHtml(segment.rootText ?? "")}</del> <ins>${text}</ins>`;
    case "moved":
      return `<mark class="moved">${text}</mark>`;
  }
}

/** The CollateX-style table: one row per variant, one column per aligned word. */
function alignmentTable(group: QuoteGroup, bodies: Map<string, string>, page: Page): string {
  const rootRow = group.alignment.rows[group.alignment.root];
  const word = (articleId: string, cell: { start: number; end: number } | null) =>
    cell === null ? "" : (bodies.get(articleId) ?? "").slice(cell.start, cell.end);
  const rows = group.alignment.rows.map((row, rowIndex) => {
    const cells = row.cells.map((cell, column) => {
      const rootCell = rootRow?.cells[column] ?? null;
      const text = word(row.articleId, cell);
      let kind = "";
      if (rowIndex !== group.alignment.root && rootRow !== undefined) {
        const rootText = word(rootRow.articleId, rootCell);
        if (cell === null && rootCell !== null) kind = "dropped";
        else if (cell !== null && rootCell === null) kind = "added";
        else if (text.toLowerCase() !== rootText.toLowerCase()) kind = "changed";
      }
      return `<td${kind ? ` class="${kind}"` : ""}>${cell === null ? (kind ? "—" : "") : escapeHtml(text)}</td>`;
    });
    return `<tr class="o${page.colour(row.articleId)}"><th class="outlet-cell">${escapeHtml(page.label(row.articleId))}</th>${cells.join("")}</tr>`;
  });
  return `<details><summary>Word by word</summary><div class="columns-scroll"><table class="alignment"><tbody>${rows.join("")}</tbody></table></div></details>`;
}

function exclusivesSection(report: StoryReport, page: Page): string {
  if (report.exclusives.length === 0)
    return '<section class="exclusives"><h3>Only one outlet</h3><p class="muted">Nothing here is reported by one outlet alone.</p></section>';
  const items = report.exclusives.map((item) => {
    const link = page.link(item.articleId, item.start, item.end);
    const value = `<strong>${escapeHtml(item.value)}</strong>`;
    return `<li class="o${page.colour(item.articleId)}"><span class="outlet-cell">${escapeHtml(page.label(item.articleId))}</span>, ${item.kind}: ${link === undefined ? value : `<a ${link}>${value}</a>`}</li>`;
  });
  return `<section class="exclusives"><h3>Only one outlet</h3><ul>${items.join("")}</ul></section>`;
}
