// The frame every brief chart shares: title, subtitle, legend, the Plot marks, notes and a source
// line, in one standalone SVG. Plot's own title/legend options make an HTML <figure>, which neither
// resvg nor an <img> can show, so the frame is drawn here in SVG.
import { parseHTML } from 'linkedom';
import { escapeHtml } from './escape.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A family resvg finds on Debian (fonts-dejavu-core), then what browsers have anywhere. */
export const CHART_FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
export const CHART_WIDTH = 720;
export const MARGIN = 16;
export const FONT_SIZE = 13;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;
const NOTE_SIZE = 12;
const INK = '#222';
const MUTED = '#555';

/** `#222` or white, whichever reads better on a fill colour (`#rrggbb`). */
export function inkOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.5 ? INK : '#ffffff';
}

/** A fresh DOM for Plot's `document` option; Plot only creates elements in it. */
export function chartDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as Document;
}

export interface LegendItem {
  label: string;
  color: string;
  /** `swatch` = filled square (areas, bars), `line` = stroke with a dot, `band` = pale shaded box. */
  shape: 'swatch' | 'line' | 'band';
}

export interface Frame {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** What Plot.plot returned: an <svg> element (no title/legend/caption options). */
  plot: Element;
  notes: string[];
  source: string;
}

/**
 * Rough width of DejaVu Sans text (mixed-case words average ~0.55 em); only used to wrap lines and
 * lay out the legend and margins, so erring wide is safe.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.56;
}

export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  const lineHeight = Math.round(size * 1.3);
  const spans = lines
    .map((l, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeHtml(l)}</tspan>`)
    .join('');
  return `<text font-size="${size}" ${attrs}>${spans}</text>`;
}

function legendShape(item: LegendItem, x: number, y: number): string {
  const color = escapeHtml(item.color);
  switch (item.shape) {
    case 'swatch':
      return `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${color}"/>`;
    case 'band':
      return `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${color}" stroke="#999" stroke-width="0.5"/>`;
    case 'line':
      return (
        `<line x1="${x}" x2="${x + 14}" y1="${y - 4}" y2="${y - 4}" stroke="${color}" stroke-width="2.5"/>` +
        `<circle cx="${x + 7}" cy="${y - 4}" r="2.5" fill="${color}"/>`
      );
  }
}

/** Legend items flow left to right and wrap; returns the markup and the height used. */
function layoutLegend(items: LegendItem[], top: number, width: number): { svg: string; height: number } {
  const rowHeight = 20;
  let x = MARGIN;
  let y = top + 12;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 18 + estimateTextWidth(item.label, FONT_SIZE) + 18;
    if (x > MARGIN && x + itemWidth > width - MARGIN) {
      x = MARGIN;
      y += rowHeight;
    }
    parts.push(legendShape(item, x, y));
    parts.push(`<text x="${x + 18}" y="${y}" font-size="${FONT_SIZE}">${escapeHtml(item.label)}</text>`);
    x += itemWidth;
  }
  const height = items.length ? y - top + 8 : 0;
  return { svg: `<g aria-label="legend">${parts.join('')}</g>`, height };
}

/**
 * Plot's <svg> becomes a translated <g>: a nested <svg> would carry Plot's CSS (`height: auto`)
 * into the page and size itself from it; a group only keeps the drawing attributes.
 */
function plotAsGroup(plot: Element, top: number): { svg: string; height: number } {
  if (plot.tagName.toLowerCase() !== 'svg') {
    throw new Error(`chart frame: expected Plot to return an <svg>, got <${plot.tagName.toLowerCase()}>`);
  }
  const height = Number(plot.getAttribute('height'));
  const group = plot.ownerDocument.createElementNS(SVG_NS, 'g');
  for (const { name, value } of [...plot.attributes]) {
    if (!['class', 'viewBox', 'width', 'height', 'xmlns', 'style'].includes(name)) group.setAttribute(name, value);
  }
  group.setAttribute('font-family', CHART_FONT);
  group.setAttribute('font-size', String(FONT_SIZE));
  group.setAttribute('transform', `translate(0,${top})`);
  for (const child of [...plot.childNodes]) {
    if ((child as Element).tagName?.toLowerCase() !== 'style') group.appendChild(child);
  }
  return { svg: group.outerHTML, height };
}

/** Lays out a frame as a standalone SVG document (with xmlns) of fixed width. */
export function renderFrame(frame: Frame, width = CHART_WIDTH): string {
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN + TITLE_SIZE;
  const title = wrapLines(frame.title, inner, TITLE_SIZE);
  parts.push(textLines(title, MARGIN, y, TITLE_SIZE, 'font-weight="bold"'));
  y += (title.length - 1) * Math.round(TITLE_SIZE * 1.3) + Math.round(SUBTITLE_SIZE * 1.6);
  const subtitle = wrapLines(frame.subtitle, inner, SUBTITLE_SIZE);
  parts.push(textLines(subtitle, MARGIN, y, SUBTITLE_SIZE, `fill="${MUTED}"`));
  y += (subtitle.length - 1) * Math.round(SUBTITLE_SIZE * 1.3) + 12;
  const legend = layoutLegend(frame.legend, y, width);
  parts.push(legend.svg);
  y += legend.height + 6;
  const plot = plotAsGroup(frame.plot, y);
  parts.push(plot.svg);
  y += plot.height + 8;
  for (const note of frame.notes) {
    const lines = wrapLines(note, inner, NOTE_SIZE);
    y += NOTE_SIZE;
    parts.push(textLines(lines, MARGIN, y, NOTE_SIZE, `fill="${INK}"`));
    y += (lines.length - 1) * Math.round(NOTE_SIZE * 1.3) + 6;
  }
  const source = wrapLines(frame.source, inner, NOTE_SIZE);
  y += NOTE_SIZE + 4;
  parts.push(textLines(source, MARGIN, y, NOTE_SIZE, `fill="${MUTED}"`));
  y += (source.length - 1) * Math.round(NOTE_SIZE * 1.3);
  const height = Math.ceil(y + MARGIN);
  return (
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${CHART_FONT}" font-size="${FONT_SIZE}" fill="${INK}" color="${INK}" role="img">` +
    `<title>${escapeHtml(`${frame.title}. ${frame.subtitle}`)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}
