import { Command } from 'commander';
import { recipientShares, resolveParty, supplierShares, type SharesResult } from '../store/queries.js';
import { formatShare, formatTiv, renderTable } from '../report/table.js';
import { parseCategory, parseSpan, printJson, withArms, withSpan, type CommonOptions } from './options.js';
import { provenanceLine, withArmsStore } from './session.js';
import { sharesJson } from '../store/answers.js';

interface Opts extends CommonOptions {
  from?: string;
  to?: string;
  category?: string;
}

export function renderShares(r: SharesResult, ctxLine: string): string {
  const who = r.recipient ? `Arms imports of ${r.recipient.name}` : `Arms exports of ${r.supplier!.name}`;
  const cat = r.category ? `, ${r.category}` : '';
  const head = `${who}, ${r.from}–${r.to}${cat}: ${formatTiv(r.totalTiv)} TIV delivered (${r.dealCount} deals)`;
  const table = renderTable(
    [{ header: r.recipient ? 'Supplier' : 'Recipient' }, { header: 'ISO3' }, { header: 'TIV', align: 'right' }, { header: 'Share', align: 'right' }],
    r.rows.map((s) => [s.name, s.iso3 ?? '', formatTiv(s.tiv), formatShare(s.share)]),
  );
  return `${head}\n\n${r.rows.length ? table : '(no deliveries in this window)'}\n\n${ctxLine}\n`;
}

function register(program: Command, name: 'suppliers' | 'recipients'): void {
  const cmd = program
    .command(`${name} <${name === 'suppliers' ? 'recipient' : 'supplier'}>`)
    .description(name === 'suppliers' ? 'who supplies a country: delivered TIV and share per supplier' : 'whom a country supplies: delivered TIV and share per recipient')
    .option('--category <name>', 'only one weapon category (e.g. aircraft, missiles)');
  withArms(withSpan(cmd)).action((country: string, o: Opts) => {
    const span = parseSpan(o);
    const category = parseCategory(o.category);
    const party = resolveParty(country);
    withArmsStore(o, (db, ctx) => {
      const r = name === 'suppliers' ? supplierShares(db, ctx, party, { ...span, category }) : recipientShares(db, ctx, party, { ...span, category });
      if (o.json) printJson(sharesJson(r));
      else process.stdout.write(renderShares(r, provenanceLine(ctx)));
    });
  });
}

export function registerSuppliers(program: Command): void {
  register(program, 'suppliers');
  register(program, 'recipients');
}
