// Server-rendered HTML with escaping by default: every value interpolated into `html\`…\`` goes
// through escapeHtml unless it is already Html (another template, or a chart SVG our renderers
// built and marked with `trusted`). Article text, country names and query strings stay text.
import { escapeHtml } from '../report/escape.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup produced by our own renderers (chart SVG), never from user input. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A URL path segment or query value. */
export function enc(s: string | number): string {
  return encodeURIComponent(String(s));
}

/** `?a=1&b=2` from the defined entries; '' when none. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(v === true ? 'true' : (v as string | number))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A file-name stem from a display name: `Bosnia-Herzegovina` → `bosnia-herzegovina`. */
export function fileStem(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}
