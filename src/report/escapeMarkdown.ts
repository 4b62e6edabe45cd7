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
  // Split at line breaks rather than matching /\s*\n\s*/, which is quadratic on long runs
  // of spaces; each line loses the spaces at the break, never the ones at the text's ends.
  const lines = text.split(/\r\n|\r|\n/u);
  const oneLine = lines
    .map((line, index) => {
      let trimmed = line;
      if (index > 0) trimmed = trimmed.trimStart();
      if (index < lines.length - 1) trimmed = trimmed.trimEnd();
      return trimmed;
    })
    .join(" ");
  return oneLine.replace(/[\\`*_[\]<>|]/gu, "\\$&");
}
