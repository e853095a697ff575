// The one HTML page frame: doctype, language, charset, viewport, title, and either inline CSS (the
// self-contained brief and article pages, which can be mailed or archived) or the dashboard's own
// stylesheet and script. Every page in the program starts here.
import { escapeHtml } from './escape.js';

export interface PageFrame {
  title: string;
  /** Inline CSS for a self-contained page. */
  css?: string;
  /** Extra head markup built from safe parts (links to our own files, a generator tag). */
  head?: string;
  /** A Content-Security-Policy for a page opened from disk. */
  csp?: string;
  /** The body's markup, already escaped. */
  body: string;
}

export function htmlPage(p: PageFrame): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${p.csp ? `<meta http-equiv="Content-Security-Policy" content="${p.csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">\n` : ''}<title>${escapeHtml(p.title)}</title>
${p.head ? `${p.head}\n` : ''}${p.css ? `<style>${p.css}</style>\n` : ''}</head>
<body>
${p.body}
</body>
</html>
`;
}
