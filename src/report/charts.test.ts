import { readFileSync } from 'node:fs';
import { myanmarBrief } from '../../test/fixtures/brief-myanmar.js';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Brief } from '../core/brief.js';
import { alignmentChart, briefCharts, categoryChart, patronColors, patronShareChart } from './charts.js';

const myanmar = (): Brief => structuredClone(myanmarBrief);

/** Text content of every <text>/<tspan>, entities decoded, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)</g)].map((m) =>
    m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  // Plot reports doubtful data (e.g. colours it cannot parse) through console.warn.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

describe('brief charts', () => {
  const cases = [
    {
      name: 'patronShareChart',
      render: patronShareChart,
      expected: [
        'Who arms Myanmar: supplier shares over time',
        '5-year window ending',
        'Share of TIV delivered (%)',
        'Others',
        'Russia overtook China in 2019–2023',
        'Source: SIPRI Arms Transfers Database, data generated 13 Oct 2024 2:20:11 PM.',
      ],
    },
    {
      name: 'categoryChart',
      render: categoryChart,
      expected: ['What each patron sends Myanmar', 'Share of patron’s TIV (%)', 'aircraft', '86 %', 'since 2010', 'Source: SIPRI Arms Transfers Database, data generated 13 Oct 2024 2:20:11 PM.'],
    },
    {
      name: 'alignmentChart',
      render: (b: Brief) => alignmentChart(b),
      expected: [
        'How Myanmar votes at the UN',
        'Votes agreeing (%)',
        'Year of UN General Assembly session',
        'caveat: see note',
        '[1]',
        'Source: Bailey, Strezhnev & Voeten, UNGA ideal points and agreement scores (ideal-points-2024-06.csv).',
      ],
    },
  ];

  for (const { name, render, expected } of cases) {
    describe(name, () => {
      const svg = render(myanmar());

      it('is a standalone SVG document of fixed size', () => {
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="720" height="\d+" viewBox="0 0 720 \d+"/);
        expect(svg.endsWith('</svg>')).toBe(true);
        expect(svg).toMatch(/<title>[^<]+<\/title>/);
        expect(svg).not.toContain('<style');
        expect(svg.length).toBeGreaterThan(5000);
      });

      it('has its title, axis labels with units, legend and source line', () => {
        const all = texts(svg).join('\n');
        for (const t of expected) expect(all).toContain(t);
        for (const patron of ['China', 'Russia', 'India', 'United States']) expect(texts(svg)).toContain(patron);
      });

      it('is legible in print: no font under 11px, a family resvg finds', () => {
        const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
        expect(svg).toContain('font-family="DejaVu Sans, ');
      });

      it('is deterministic', () => {
        expect(render(myanmar())).toBe(svg);
      });
    });
  }

  it('gives each patron the same colour in every chart', () => {
    const brief = myanmar();
    const colors = patronColors(brief);
    expect(new Set(colors.values()).size).toBe(brief.patrons.length);
    for (const { svg } of briefCharts(brief)) {
      for (const color of colors.values()) expect(svg).toContain(color);
    }
  });

  it('escapes names from the data', () => {
    const brief = myanmar();
    brief.country.name = '<script>alert(1)</script>';
    brief.patronNames.CHN = 'China & "Co"';
    for (const { svg } of briefCharts(brief)) {
      expect(svg).not.toContain('<script>');
      expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(svg).toContain('China &amp; &quot;Co&quot;');
    }
  });

  it('draws empty charts for a brief with no data', () => {
    const brief: Brief = {
      ...myanmar(),
      arms: { windows: [], rolling: [], rankChanges: [], categoriesFrom: 2010, categories: {}, pending: [] },
      alignment: [],
    };
    for (const { svg } of briefCharts(brief)) expect(svg).toMatch(/^<svg xmlns=.*<\/svg>$/s);
  });

  it('can leave the caveats to the page', () => {
    const brief = myanmar();
    expect(alignmentChart(brief)).toContain('February 2021 coup');
    expect(alignmentChart(brief, { notes: false })).not.toContain('February 2021 coup');
  });
});
