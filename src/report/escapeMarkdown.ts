/**
 * Escapes text for one line of Markdown: line breaks become spaces, and the characters
 * that start emphasis, code, links, HTML or table cells (`\ * _ ` [ ] < > |`) get a
 * backslash, so that article text reads as written in a pull request and stays one line
 * in a terminal. A `<script>` in a headline shows as `\<script\>`, never as a tag.
 *
 * @param text - any text
 * @returns the text as inline Markdown
 * @example
 * ```ts
 * escapeMarkdown("Port *closed* | <b>update</b>"); // "Port \\*closed\\* \\| \\<b\\>update\\</b\\>"
 * ```
 *
 * @group Report
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]\s*/gu, " ").replace(/[\\`*_[\]<>|]/gu, "\\$&");
}
