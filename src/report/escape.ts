// Text from data files (country names, weapon designations, comments) reaches HTML, SVG and
// Markdown; every renderer escapes through here so a name like `<script>` stays text.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML/XML element content and quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Escapes text for a GitHub Markdown table cell: pipes would split the cell, a newline would end
 * the row, and inline HTML would be rendered by GitHub.
 */
export function escapeMarkdownCell(text: unknown): string {
  return escapeMarkdownText(String(text ?? '')).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Escapes text for Markdown prose: HTML and the characters that start emphasis, links or code. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]).replace(/([\\`*_[\]])/g, '\\$1');
}
