import { Command } from 'commander';
import { resolveParty } from '../store/queries.js';
import { categoriesAnswer } from '../store/answers.js';
import { formatShare, formatTiv, renderTable } from '../report/table.js';
import { parseSpan, printJson, withArms, withSpan, type CommonOptions } from './options.js';
import { provenanceLine, withArmsStore } from './session.js';

export function registerCategories(program: Command): void {
  const cmd = program
    .command('categories <recipient>')
    .description("what a country imports: delivered TIV and share per SIPRI weapon category")
    .option('--supplier <country>', 'only deliveries from this supplier');
  withArms(withSpan(cmd)).action((country: string, o: CommonOptions & { supplier?: string; from?: string; to?: string }) => {
    const span = parseSpan(o);
    const recipient = resolveParty(country);
    const supplier = o.supplier ? resolveParty(o.supplier) : undefined;
    withArmsStore(o, (db, ctx) => {
      const r = categoriesAnswer(db, ctx, recipient, { supplier, ...span });
      if (o.json) return printJson(r);
      const from = supplier ? ` from ${supplier.name}` : '';
      process.stdout.write(
        `Arms imports of ${recipient.name}${from} by category, ${r.from}–${r.to}: ${formatTiv(r.totalTiv)} TIV\n\n` +
          renderTable(
            [{ header: 'Category' }, { header: 'TIV', align: 'right' }, { header: 'Share', align: 'right' }],
            r.categories.map((c) => [c.category, formatTiv(c.tiv), formatShare(c.share)]),
          ) + `\n\n${provenanceLine(ctx)}\n`,
      );
    });
  });
}
