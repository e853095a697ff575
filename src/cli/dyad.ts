import { Command } from 'commander';
import { dyadAnswer } from '../engine/answers.js';
import { withArmsSession } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { formatTiv, formatYears } from '../core/format.js';
import { renderTable } from '../report/table.js';
import { printJson, provenanceLine, spanOf, withArms, withSpan, type CommonOptions, type SpanFlags } from './options.js';
import { renderDeals } from './deals-table.js';

export function registerDyad(program: Command): void {
  const cmd = program
    .command('dyad <supplier> <recipient>')
    .description('one supplier → one recipient: yearly delivered TIV and the deals behind it');
  withArms(withSpan(cmd)).action((sName: string, rName: string, o: CommonOptions & SpanFlags) => {
    const span = spanOf(o);
    const supplier = resolveParty(sName, 'supplier');
    const recipient = resolveParty(rName, 'recipient');
    withArmsSession(o, (s) => {
      const d = dyadAnswer(s, supplier, recipient, span);
      if (o.json) return printJson(d);
      const window = formatYears(d.from, d.to);
      let out =
        `${d.supplier.name} → ${d.recipient.name}, ${window}: ${formatTiv(d.totalTiv)} TIV delivered\n\n` +
        renderTable([{ header: 'Year', align: 'right' }, { header: 'TIV', align: 'right' }], d.years.map((y) => [String(y.year), formatTiv(y.tiv)])) +
        `\n\nDeals delivering in ${window} (${d.deals.length}), the rows behind the total:\n${renderDeals(d.deals)}\n`;
      if (d.pending.length) out += `\nPending deals with nothing delivered in ${window} (${d.pending.length}):\n${renderDeals(d.pending)}\n`;
      process.stdout.write(`${out}\n${provenanceLine(s.ctx)}\n`);
    });
  });
}
