/**
 * The report page's style sheet, inline: six outlet colours (`o0`…`o5`, reused past six),
 * the side-by-side article columns, the timeline, the findings and the quote marks.
 */
export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1d2230; --muted: #5b6172; --line: #d9dce3; --paper: #fff; --wash: #f5f6f8;
  --o0: #1f6feb; --o1: #c2410c; --o2: #15803d; --o3: #9333ea; --o4: #b91c1c; --o5: #0e7490; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--wash); }
header.page, main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.25rem; }
header.page h1 { margin: 0.5rem 0 0.25rem; font-size: 1.6rem; }
.muted, .meta { color: var(--muted); }
section.story { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 1.25rem 1.25rem; margin-bottom: 1.5rem; }
section.story > h2 { font-size: 1.3rem; margin: 0.75rem 0 0.25rem; }
section.story section > h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(17rem, 1fr); gap: 0.75rem; overflow-x: auto; padding-bottom: 0.5rem; }
article.outlet { border: 1px solid var(--line); border-top: 4px solid var(--c); border-radius: 6px; padding: 0.5rem 0.75rem; background: var(--paper); min-width: 0; }
article.outlet h4 { margin: 0.25rem 0; font-size: 1rem; }
article.outlet .label { font-weight: 600; color: var(--c); }
article.outlet .body { max-height: 26rem; overflow-y: auto; font-size: 0.92rem; border-top: 1px solid var(--line); margin-top: 0.5rem; padding-top: 0.25rem; }
article.outlet .body p { margin: 0 0 0.6rem; white-space: pre-line; }
.o0 { --c: var(--o0); } .o1 { --c: var(--o1); } .o2 { --c: var(--o2); } .o3 { --c: var(--o3); } .o4 { --c: var(--o4); } .o5 { --c: var(--o5); }
.sentence { scroll-margin: 6rem; }
.sentence:target, .sentence.hit { background: #fff3bf; outline: 2px solid #f1c40f; border-radius: 2px; }
::highlight(evidence) { background: #f59f00; color: #000; }
.timeline-chart { width: 100%; height: auto; font-size: 12px; }
.timeline-chart .tick { stroke: var(--line); }
.timeline-chart .tick-label, .timeline-chart .lane-label { fill: var(--muted); }
.timeline-chart .lane { stroke: var(--c); stroke-opacity: 0.35; stroke-width: 2; }
.timeline-chart .mark { fill: var(--c); stroke: var(--c); stroke-width: 2; }
.timeline-chart .mark.mentioned { fill: var(--paper); }
.timeline-chart .mark.span { fill-opacity: 0.5; }
.timeline-chart a { cursor: pointer; }
.legend { display: flex; gap: 1.25rem; flex-wrap: wrap; list-style: none; padding: 0; margin: 0.25rem 0; color: var(--muted); font-size: 0.85rem; }
ol.findings { padding-left: 1.5rem; }
li.finding { margin-bottom: 1rem; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 0.4rem; border-radius: 4px; margin-right: 0.35rem; }
.badge.conflict { background: #fde2e1; color: #9f1c15; }
.badge.difference { background: #e7effe; color: #1e4fb0; }
.badge.kind { background: var(--wash); color: var(--muted); }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--wash); padding: 0 0.25rem; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; margin: 0.35rem 0; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.3rem 0.5rem; }
th { color: var(--muted); font-weight: 600; }
td.outlet-cell { white-space: nowrap; font-weight: 600; color: var(--c); }
td.value.short { white-space: nowrap; }
a.source { color: inherit; text-decoration: underline dotted; text-underline-offset: 3px; }
a.source:hover { background: #fff3bf; }
mark.evidence { background: #fff3bf; padding: 0 1px; }
.quote-group { margin-bottom: 1.25rem; }
.quote-group h4 { margin: 0.75rem 0 0.25rem; }
ins { background: #d3f9d8; text-decoration: none; }
del { background: #ffe3e3; color: #862e2e; }
mark.moved { background: #e5dbff; }
.gap { color: var(--muted); }
details summary { cursor: pointer; color: var(--muted); }
table.alignment { width: auto; font-size: 0.85rem; }
table.alignment td { border: 1px solid var(--line); white-space: nowrap; }
table.alignment td.added { background: #d3f9d8; }
table.alignment td.dropped { background: #ffe3e3; }
table.alignment td.changed { background: #fff3bf; }
.columns-scroll { overflow-x: auto; }
footer.page { max-width: 1200px; margin: 0 auto; padding: 0 1.25rem 2rem; color: var(--muted); font-size: 0.85rem; }
`;

/**
 * The CSP source of {@link REPORT_STYLE}: its SHA-256, which the page's policy allows alone.
 * After editing REPORT_STYLE, test/report/renderHtml.test.ts fails and prints the new hash.
 */
export const REPORT_STYLE_HASH = "sha256-tlnIfM+WIHXkAmkSNQmNfB0a49LsAdc4p0voiDVG8RE=";
