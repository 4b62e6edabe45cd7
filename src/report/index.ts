/**
 * The comparison report: Markdown for terminals and pull requests, one self-contained
 * HTML page for people.
 *
 * @module
 */
export { escapeHtml } from "./escapeHtml.js";
export { escapeMarkdown } from "./escapeMarkdown.js";
export { renderHtml } from "./renderHtml.js";
export { renderMarkdown } from "./renderMarkdown.js";
export { storyTimeline, type TimelineEntry, type TimelineEntryKind } from "./storyTimeline.js";
