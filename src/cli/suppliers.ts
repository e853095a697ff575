import { Command } from 'commander';
import { recipientsAnswer, suppliersAnswer, type SharesAnswer } from '../engine/answers.js';
import { withArmsSession } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { formatShare, formatTiv } from '../core/format.js';
import { renderTable } from '../report/table.js';
import { option, printJson, provenanceLine, spanOf, withArms, withSpan, type CommonOptions, type SpanFlags } from './options.js';
import type { Category } from '../core/types.js';

interface Opts extends CommonOptions, SpanFlags {
  category?: Category;
}

export function renderShares(r: SharesAnswer, ctxLine: string): string {
  const who = r.recipient ? `Arms imports of ${r.recipient.name}` : `Arms exports of ${r.supplier!.name}`;
  const rows = r.suppliers ?? r.recipients ?? [];
  const cat = r.category ? `, ${r.category}` : '';
  const head = `${who}, ${r.from}–${r.to}${cat}: ${formatTiv(r.totalTiv)} TIV delivered (${r.dealCount} deals)`;
  const table = renderTable(
    [{ header: r.recipient ? 'Supplier' : 'Recipient' }, { header: 'ISO3' }, { header: 'TIV', align: 'right' }, { header: 'Share', align: 'right' }],
    rows.map((s) => [s.name, s.iso3 ?? '', formatTiv(s.tiv), formatShare(s.share)]),
  );
  return `${head}\n\n${rows.length ? table : '(no deliveries in this window)'}\n\n${ctxLine}\n`;
}

function register(program: Command, name: 'suppliers' | 'recipients'): void {
  const cmd = program
    .command(`${name} <${name === 'suppliers' ? 'recipient' : 'supplier'}>`)
    .description(name === 'suppliers' ? 'who supplies a country: delivered TIV and share per supplier' : 'whom a country supplies: delivered TIV and share per recipient')
    .addOption(option('category', 'only one weapon category (e.g. aircraft, missiles, air-defence)'));
  withArms(withSpan(cmd)).action((country: string, o: Opts) => {
    const span = spanOf(o);
    const party = resolveParty(country);
    withArmsSession(o, (s) => {
      const opts = { ...span, category: o.category ?? null };
      const r = name === 'suppliers' ? suppliersAnswer(s, party, opts) : recipientsAnswer(s, party, opts);
      if (o.json) printJson(r);
      else process.stdout.write(renderShares(r, provenanceLine(s.ctx)));
    });
  });
}

export function registerSuppliers(program: Command): void {
  register(program, 'suppliers');
  register(program, 'recipients');
}
