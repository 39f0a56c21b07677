/**
 * Plain-text body -> paragraphs: blank lines separate paragraphs, single line breaks are
 * kept inside one. The text is rendered as text, never as HTML.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
