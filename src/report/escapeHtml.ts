const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and for quoted attribute values: `&`, `<`, `>`,
 * `"` and `'` become character references, so that article text (a headline or og:title
 * carrying `<script>`) is shown as text and never read as markup.
 *
 * @param text - any text
 * @returns the text, safe between tags and inside `"…"` or `'…'` attribute values
 * @example
 * ```ts
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 * ```
 *
 * @group Report
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => HTML_ESCAPES[char] ?? char);
}
