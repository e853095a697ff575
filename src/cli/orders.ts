import { Command } from 'commander';
import { ordersAnswer } from '../engine/answers.js';
import { withArmsSession } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { option, printJson, provenanceLine, withArms, type CommonOptions } from './options.js';
import { renderDeals } from './deals-table.js';

export function registerOrders(program: Command): void {
  const cmd = program
    .command('orders <recipient>')
    .description("a country's arms deals: ordered vs delivered, years, status, comments")
    .addOption(option('supplier', 'only deals with this supplier'))
    .addOption(option('pending', 'only deals not fully delivered (fewer delivered than ordered)'));
  withArms(cmd).action((country: string, o: CommonOptions & { supplier?: string; pending?: boolean }) => {
    const recipient = resolveParty(country);
    const supplier = o.supplier ? resolveParty(o.supplier, 'supplier') : undefined;
    withArmsSession(o, (s) => {
      const out = ordersAnswer(s, recipient, { supplier, pending: o.pending });
      if (o.json) return printJson(out);
      const what = o.pending ? 'Pending arms deals' : 'Arms deals';
      const from = out.supplier ? ` from ${out.supplier.name}` : '';
      process.stdout.write(`${what} of ${out.recipient.name}${from}: ${out.deals.length}\n\n${renderDeals(out.deals)}\n\n${provenanceLine(s.ctx)}\n`);
    });
  });
}
