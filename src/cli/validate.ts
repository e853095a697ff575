import { Command } from 'commander';
import { validateAnswer, validateYearlyAnswer, type YearlyValidation } from '../engine/validate.js';
import { withArmsSession } from '../engine/open.js';
import { renderTable } from '../report/table.js';
import { formatShare, formatTiv } from '../core/format.js';
import { option, printJson, withArms, type CommonOptions } from './options.js';

export function registerValidate(program: Command): void {
  const cmd = program
    .command('validate')
    .description("check the store against SIPRI's official TIV tables (all-years totals per recipient and supplier)")
    .addOption(option('min', 'only entities with at least this many TIV', '10'))
    .option('--all', 'list every entity, not only deviations')
    .option('--yearly', "compare yearly sums of each allocation with SIPRI's yearly tables (and true per-year deliveries, when imported)");
  withArms(cmd).action((o: CommonOptions & { min: number; all?: boolean; yearly?: boolean }) => {
    withArmsSession(o, (s) => {
      if (o.yearly) {
        const y = validateYearlyAnswer(s);
        if (o.json) return printJson(y);
        return void process.stdout.write(renderYearly(y));
      }
      const r = validateAnswer(s, { minTiv: o.min });
      if (o.json) return printJson(r);
      let out = `Validation of ${r.dataset} against SIPRI's official tables (${r.tolerance}; entities with ≥ ${r.minTiv} TIV)\n`;
      out += `Weapon labels: ${r.labels.inferred} categorised from their head noun alone (inferred), ${r.labels.unmapped} stored as other (see \`import\` for which)\n`;
      for (const [label, side] of [['Recipients (imports)', r.recipients], ['Suppliers (exports)', r.suppliers]] as const) {
        out += `\n${label}: ${side.within} of ${side.checked} within tolerance (table ${side.table})\n`;
        const rows = side.rows.filter((x) => o.all || !x.within || x.reason);
        if (rows.length) {
          out += renderTable(
            [{ header: 'Name' }, { header: 'Ours', align: 'right' }, { header: 'Official', align: 'right' }, { header: 'Diff', align: 'right' }, { header: 'OK' }, { header: 'Note' }],
            rows.map((x) => [x.name, formatTiv(x.ours), x.official == null ? '—' : formatTiv(x.official), formatTiv(x.diff), x.within ? 'yes' : 'NO', x.reason ?? '']),
          ) + '\n';
        }
      }
      if (r.vetoes) {
        out += `\nVetoes, the Dag Hammarskjöld Library's list against the Council's voting records (${r.vetoes.from} – ${r.vetoes.to}): ${r.vetoes.agreeing} of ${r.vetoes.compared} vetoed drafts agree\n`;
        for (const m of r.vetoes.mismatches) out += `  ${m.date} ${m.draft}: list ${m.list ? m.list.join(', ') : 'has none'}, voting records ${m.records ? m.records.join(', ') : 'have none'}\n`;
      }
      process.stdout.write(out);
    });
  });
}


export function renderYearly(y: YearlyValidation): string {
  let out = `Yearly sums of ${y.dataset} against SIPRI's official yearly tables (within ±1 TIV: the tables are rounded)\n\n`;
  const names = Object.keys(y.allocations);
  out += renderTable(
    [{ header: 'Allocation' }, { header: 'Recipient-years within', align: 'right' }, { header: 'MAE', align: 'right' },
      { header: 'Supplier-years within', align: 'right' }, { header: 'MAE', align: 'right' }],
    names.map((n) => {
      const a = y.allocations[n];
      return [n, `${formatShare(a.imports.share)} of ${a.imports.compared}`, a.imports.meanAbsError.toFixed(2), `${formatShare(a.exports.share)} of ${a.exports.compared}`, a.exports.meanAbsError.toFixed(2)];
    }),
  );
  for (const n of names) {
    for (const side of [y.allocations[n].imports, y.allocations[n].exports]) {
      out += `\n\nWorst ${side.side === 'imports' ? 'recipient' : 'supplier'}-years, ${n}:\n`;
      out += renderTable(
        [{ header: 'Entity' }, { header: 'Year', align: 'right' }, { header: 'Ours', align: 'right' }, { header: 'Official', align: 'right' }, { header: 'Diff', align: 'right' }, { header: 'Deals (lines)' }],
        side.worst.slice(0, 5).map((c) => [c.entity, String(c.year), c.ours.toFixed(1), c.official.toFixed(1), c.diff.toFixed(1), c.keys.slice(0, 5).join(' ')]),
      );
    }
  }
  if (y.groundTruth) {
    const g = y.groundTruth;
    out += `\n\nAgainst SIPRI's true deliveries (${g.perYearDataset}): ${g.matchedDeals} of ${g.candidates} register deals delivered in ${g.years.join(' and ')} matched\n`;
    out += renderTable(
      [{ header: 'Allocation' }, { header: 'Mean abs. error per deal-year', align: 'right' }, { header: 'Within ±1 TIV', align: 'right' }],
      Object.entries(g.allocations).map(([n, a]) => [n, a.meanAbsError.toFixed(2), formatShare(a.within1)]),
    );
  }
  return out + '\n';
}
