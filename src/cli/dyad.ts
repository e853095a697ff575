import { Command } from 'commander';
import { resolveParty } from '../store/queries.js';
import { dyadAnswer } from '../store/answers.js';
import { formatTiv, renderTable } from '../report/table.js';
import { parseSpan, printJson, withArms, withSpan, type CommonOptions } from './options.js';
import { provenanceLine, withArmsStore } from './session.js';
import { renderDeals } from './deals-table.js';

export function registerDyad(program: Command): void {
  const cmd = program
    .command('dyad <supplier> <recipient>')
    .description('one supplier → one recipient: yearly delivered TIV and the deals behind it');
  withArms(withSpan(cmd)).action((s: string, r: string, o: CommonOptions & { from?: string; to?: string }) => {
    const span = parseSpan(o);
    const supplier = resolveParty(s);
    const recipient = resolveParty(r);
    withArmsStore(o, (db, ctx) => {
      const d = dyadAnswer(db, ctx, supplier, recipient, span);
      if (o.json) return printJson(d);
      process.stdout.write(
        `${supplier.name} → ${recipient.name}, ${d.from}–${d.to}: ${formatTiv(d.totalTiv)} TIV delivered\n\n` +
          renderTable([{ header: 'Year', align: 'right' }, { header: 'TIV', align: 'right' }], d.years.map((y) => [String(y.year), formatTiv(y.tiv)])) +
          `\n\nDeals (${d.deals.length}):\n${renderDeals(d.deals)}\n\n${provenanceLine(ctx)}\n`,
      );
    });
  });
}
