import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { panelCsvAnswer } from '../store/answers.js';
import { parseSpan, withArms, type CommonOptions } from './options.js';
import { withArmsStore } from './session.js';

export function registerPanel(program: Command): void {
  const cmd = program
    .command('panel')
    .description('export the supplier × recipient × year panel of delivered TIV (ISO3 codes, entity kinds, dataset version)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json', 'parquet']).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year');
  withArms(cmd).action((o: CommonOptions & { format: string; out?: string; from?: string; to?: string }) => {
    if (o.format === 'parquet') {
      throw new AppError('panel: Parquet output is not available yet (no pure-JavaScript Parquet writer is installed); use --format csv', 2);
    }
    const span = parseSpan(o);
    const text = withArmsStore(o, (db, ctx) => {
      const csv = panelCsvAnswer(db, ctx, span);
      return o.format === 'json' || o.json ? JSON.stringify(csvToRecords(csv), null, 1) + '\n' : csv;
    });
    if (o.out) {
      writeFileSync(resolve(o.out), text);
      process.stderr.write(`wrote ${resolve(o.out)}\n`);
    } else process.stdout.write(text);
  });
}

/** The panel's CSV (no quoted commas in ids; names may be quoted) as records with numbers typed. */
function csvToRecords(csv: string): Record<string, string | number | null>[] {
  const [head, ...lines] = csv.trimEnd().split('\n');
  const cols = head.split(',');
  return lines.map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') cells.push(cur), (cur = '');
      else cur += ch;
    }
    cells.push(cur);
    return Object.fromEntries(cols.map((c, i) => [c, ['year', 'tiv', 'deals'].includes(c) ? Number(cells[i]) : cells[i] === '' ? null : cells[i]]));
  });
}
