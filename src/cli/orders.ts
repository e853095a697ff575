import { Command } from 'commander';
import { resolveParty } from '../store/queries.js';
import { ordersAnswer } from '../store/answers.js';
import { printJson, withArms, type CommonOptions } from './options.js';
import { provenanceLine, withArmsStore } from './session.js';
import { renderDeals } from './deals-table.js';

export function registerOrders(program: Command): void {
  const cmd = program
    .command('orders <recipient>')
    .description("a country's arms deals: ordered vs delivered, years, status, comments")
    .option('--supplier <country>', 'only deals with this supplier')
    .option('--pending', 'only deals not fully delivered (fewer delivered than ordered)');
  withArms(cmd).action((country: string, o: CommonOptions & { supplier?: string; pending?: boolean }) => {
    const recipient = resolveParty(country);
    const supplier = o.supplier ? resolveParty(o.supplier) : undefined;
    withArmsStore(o, (db, ctx) => {
      const out = ordersAnswer(db, ctx, recipient, { supplier, pending: o.pending });
      const { deals } = out;
      if (o.json) return printJson(out);
      const what = o.pending ? 'Pending arms deals' : 'Arms deals';
      const from = supplier ? ` from ${supplier.name}` : '';
      process.stdout.write(`${what} of ${recipient.name}${from}: ${deals.length}\n\n${renderDeals(deals)}\n\n${provenanceLine(ctx)}\n`);
    });
  });
}
