/**
 * The report page's one script: a click on a piece of evidence (a finding's words, a
 * quote, a timeline mark) goes to the sentence it came from, as the link's `#a3-s7`
 * fragment does without script, and also highlights the exact characters with the CSS
 * Custom Highlight API where the browser has it. It reads offsets from `data-` attributes
 * and never writes article text into the page.
 */
export const REPORT_SCRIPT = `"use strict";
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest(".source") : null;
  if (!link) return;
  const href = link.getAttribute("href") || "";
  const sentence = document.getElementById(href.slice(1));
  if (!sentence) return;
  for (const old of document.querySelectorAll(".hit")) old.classList.remove("hit");
  sentence.classList.add("hit");
  const text = sentence.firstChild;
  const base = Number(sentence.getAttribute("data-start"));
  const start = Number(link.getAttribute("data-start")) - base;
  const end = Number(link.getAttribute("data-end")) - base;
  if (text && text.nodeType === Node.TEXT_NODE && typeof Highlight === "function" && CSS.highlights) {
    const range = document.createRange();
    range.setStart(text, Math.min(Math.max(start, 0), text.length));
    range.setEnd(text, Math.min(Math.max(end, start, 0), text.length));
    CSS.highlights.set("evidence", new Highlight(range));
  }
});
`;

/**
 * The CSP source of {@link REPORT_SCRIPT}: its SHA-256, which the page's policy allows alone.
 * After editing REPORT_SCRIPT, test/report/renderHtml.test.ts fails and prints the new hash.
 */
export const REPORT_SCRIPT_HASH = "sha256-p3i8susE1gzsBWS3Y28Nrbp83God1JGXTdUXTFlafNw=";
