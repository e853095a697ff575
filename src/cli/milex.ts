import { Command } from 'commander';
import { formatSigned, formatTiv, groupDigits } from '../core/format.js';
import { withStore } from '../engine/open.js';
import { milexAnswer, type MilexAnswer, type MilexFigure } from '../engine/milex.js';
import { resolveParty } from '../engine/party.js';
import { renderTable } from '../report/table.js';
import { printJson, spanOf, withOutput, withSpan, type CommonOptions, type SpanFlags } from './options.js';

/** A figure with SIPRI's marks: `e` estimate, `?` highly uncertain; `..` not available, `xxx` did not exist. */
function cell(f: MilexFigure, format: (v: number) => string): string {
  if (f.status === 'not available') return '..';
  if (f.status === 'did not exist') return 'xxx';
  if (f.value === null) return '–';
  return `${format(f.value)}${f.estimate ? ' e' : ''}${f.uncertain ? ' ?' : ''}`;
}

const pct = (v: number) => `${groupDigits(v * 100, 2)} %`;

export function renderMilex(r: MilexAnswer): string {
  let out = `Military spending of ${r.country.name}, ${r.from}–${r.to} (SIPRI Military Expenditure Database)\n\n`;
  out += renderTable(
    [{ header: 'Year', align: 'right' }, { header: 'US$ m (constant)', align: 'right' }, { header: 'Change', align: 'right' }, { header: 'Share of GDP', align: 'right' }, { header: 'Share of govt spending', align: 'right' }, { header: 'Arms imports (TIV)', align: 'right' }],
    r.years.map((y, i) => {
      const prev = r.years[i - 1]?.constantUsd.value;
      const change = prev && y.constantUsd.value !== null ? formatSigned(((y.constantUsd.value - prev) / prev) * 100) + ' %' : '';
      return [String(y.year), cell(y.constantUsd, (v) => groupDigits(v, 0)), change, cell(y.shareOfGdp, pct), cell(y.shareOfGovernmentSpending, pct), y.armsImportsTiv === null ? '–' : formatTiv(y.armsImportsTiv)];
    }),
  );
  out += '\n\ne = SIPRI estimate (blue in the workbook); ? = highly uncertain (red); .. = not available; xxx = did not exist.\n';
  for (const f of r.footnotes) out += `${f}\n`;
  for (const n of r.notes) out += `Note: ${n}.\n`;
  out += `\nSource: SIPRI Military Expenditure Database (${r.dataset}). Same answer: ${r.query}\n`;
  return out;
}

export function registerMilex(program: Command): void {
  const cmd = program
    .command('milex <country>')
    .description('military spending: constant US$, share of GDP and of government spending, with SIPRI’s estimate and uncertainty flags, and arms imports beside it')
    .option('--dataset <id>', 'arms dataset for the arms imports column (default: the most complete one)');
  withOutput(withSpan(cmd, '(default: the last 20 years with data)')).action((country: string, o: CommonOptions & SpanFlags & { dataset?: string }) => {
    const span = spanOf(o);
    const c = resolveParty(country);
    withStore(o, (db) => {
      const r = milexAnswer(db, c, { ...span, arms: { dataset: o.dataset } });
      if (o.json) printJson(r);
      else process.stdout.write(renderMilex(r));
    });
  });
}
