import { Command } from 'commander';
import { categoriesAnswer } from '../engine/answers.js';
import { withArmsSession } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { formatShare, formatTiv } from '../core/format.js';
import { renderTable } from '../report/table.js';
import { option, printJson, provenanceLine, spanOf, withArms, withSpan, type CommonOptions, type SpanFlags } from './options.js';

export function registerCategories(program: Command): void {
  const cmd = program
    .command('categories <recipient>')
    .description('what a country imports: delivered TIV and share per SIPRI weapon category')
    .addOption(option('supplier', 'only deliveries from this supplier'));
  withArms(withSpan(cmd)).action((country: string, o: CommonOptions & SpanFlags & { supplier?: string }) => {
    const span = spanOf(o);
    const recipient = resolveParty(country);
    const supplier = o.supplier ? resolveParty(o.supplier, 'supplier') : undefined;
    withArmsSession(o, (s) => {
      const r = categoriesAnswer(s, recipient, { supplier, ...span });
      if (o.json) return printJson(r);
      const from = supplier ? ` from ${r.supplier!.name}` : '';
      process.stdout.write(
        `Arms imports of ${r.recipient.name}${from} by category, ${r.from}–${r.to}: ${formatTiv(r.totalTiv)} TIV\n\n` +
          renderTable(
            [{ header: 'Category' }, { header: 'TIV', align: 'right' }, { header: 'Share', align: 'right' }],
            r.categories.map((c) => [c.category, formatTiv(c.tiv), formatShare(c.share)]),
          ) + `\n\n${provenanceLine(s.ctx)}\n`,
      );
    });
  });
}
