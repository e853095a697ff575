import { Command } from 'commander';
import { validateAllYears } from '../store/validate.js';
import { formatTiv, renderTable } from '../report/table.js';
import { printJson, withArms, type CommonOptions } from './options.js';
import { withArmsStore } from './session.js';

export function registerValidate(program: Command): void {
  const cmd = program
    .command('validate')
    .description("check the store against SIPRI's official TIV tables (all-years totals per recipient and supplier)")
    .option('--min <tiv>', 'only entities with at least this many TIV', '10')
    .option('--all', 'list every entity, not only deviations');
  withArms(cmd).action((o: CommonOptions & { min: string; all?: boolean }) => {
    withArmsStore(o, (db, ctx) => {
      const r = validateAllYears(db, ctx, { minTiv: Number(o.min) });
      if (o.json) return printJson(r);
      let out = `Validation of ${r.dataset} against SIPRI's official tables (${r.tolerance}; entities with ≥ ${r.minTiv} TIV)\n`;
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
      process.stdout.write(out);
    });
  });
}
