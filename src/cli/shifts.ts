import { Command } from 'commander';
import { formatPercent, formatShare, formatSigned, formatTiv, formatWindow } from '../core/format.js';
import { withArmsSession } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { DEFAULT_MIN_TIV, shiftsAnswer, type ShiftRow, type ShiftsAnswer, type Window } from '../engine/shifts.js';
import { renderTable, type Column } from '../report/table.js';
import { option, printJson, provenanceLine, withArms, type CommonOptions } from './options.js';

interface Opts extends CommonOptions {
  fromWindow?: Window;
  toWindow?: Window;
  patron?: string;
  minTiv?: number;
  limit?: number;
}

function table(r: ShiftsAnswer, rows: ShiftRow[]): string {
  const w1 = formatWindow(r.fromWindow.from, r.fromWindow.to);
  const w2 = formatWindow(r.toWindow.from, r.toWindow.to);
  const columns: Column[] = [
    { header: 'Recipient' }, ...(r.patron ? [] : [{ header: 'Largest move' }]), { header: `${r.patron ? `${r.patron.name} ` : ''}${w1}`, align: 'right' },
    { header: w2, align: 'right' }, { header: 'Points', align: 'right' }, { header: `Top ${w1}` }, { header: `Top ${w2}` },
    { header: 'HHI change', align: 'right' }, { header: 'UNGA agreement', align: 'right' },
  ];
  const top = (t: ShiftRow['before']['top']) => (t ? `${t.name} ${formatPercent(t.share)}` : '–');
  return renderTable(
    columns,
    rows.map((x) => {
      const a = x.move.agreement;
      return [
        x.recipient.name, ...(r.patron ? [] : [x.move.name]), formatShare(x.move.before.share), formatShare(x.move.after.share), formatSigned(x.move.change),
        top(x.before.top), top(x.after.top), formatSigned(x.hhiChange, 0), a ? `${formatShare(a.before)} → ${formatShare(a.after)}` : '–',
      ];
    }),
  );
}

export function renderShifts(r: ShiftsAnswer, ctxLine: string): string {
  const w = `${formatWindow(r.fromWindow.from, r.fromWindow.to)} → ${formatWindow(r.toWindow.from, r.toWindow.to)}`;
  const who = r.patron ? `Who moved toward and away from ${r.patron.name}` : 'Who is switching arms suppliers';
  let out = `${who}, ${w}: ${r.count} recipients with at least ${formatTiv(r.minTiv)} TIV delivered in both windows\n`;
  if (r.windowsNote) out += `(${r.windowsNote})\n`;
  if (!r.recipients.length) return `${out}\n(no recipient meets the threshold)\n\n${ctxLine}\n`;
  if (r.patron) {
    for (const dir of ['away', 'toward'] as const) {
      const rows = r.recipients.filter((x) => x.direction === dir);
      out += `\n${dir === 'away' ? `Moved away from ${r.patron.name} (its share fell)` : `Moved toward ${r.patron.name} (its share rose or held)`}: ${rows.length}\n\n`;
      out += rows.length ? `${table(r, rows)}\n` : '(none)\n';
    }
  } else out += `\n${table(r, r.recipients)}\n`;
  out += '\nLargest moves:\n';
  for (const x of r.recipients.slice(0, 10)) out += `  ${x.sentence.text}.\n`;
  out += `\nShares of delivered TIV per window; points = change in share; HHI = supplier concentration (0–10,000); UNGA agreement with the mover over the same years. ${r.agreement.note}.\n`;
  out += `Every row: counterweight shifts … --json lists the queries behind it. Same answer: ${r.query}\n\n${ctxLine}\n`;
  return out;
}

export function registerShifts(program: Command): void {
  const cmd = program
    .command('shifts')
    .description('who is switching arms suppliers: every recipient’s supplier shares in two windows, the change, concentration and UN agreement')
    .addOption(option('fromWindow', 'the earlier window, e.g. 2009-2013 (default: the later window, ten years before)'))
    .addOption(option('toWindow', 'the later window, e.g. 2019-2023 (default: the last five years with deliveries)'))
    .addOption(option('patron', 'rank by this supplier’s share: who moved toward it and who moved away'))
    .addOption(option('minTiv', `only recipients with at least this much TIV delivered in both windows (default ${DEFAULT_MIN_TIV})`))
    .addOption(option('limit', 'show only the first N recipients of the ranking (default: all)'));
  withArms(cmd).action((o: Opts) => {
    const patron = o.patron ? resolveParty(o.patron, 'patron') : undefined;
    withArmsSession(o, (s) => {
      const r = shiftsAnswer(s, { fromWindow: o.fromWindow, toWindow: o.toWindow, patron, minTiv: o.minTiv, limit: o.limit });
      if (o.json) printJson(r);
      else process.stdout.write(renderShifts(r, provenanceLine(s.ctx)));
    });
  });
}
