import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { panelData } from '../engine/answers.js';
import { withArmsSession } from '../engine/open.js';
import { panelRecords, panelToCsv } from '../analysis/panel.js';
import { spanOf, withArms, withSpan, type CommonOptions, type SpanFlags } from './options.js';

export function registerPanel(program: Command): void {
  const cmd = program
    .command('panel')
    .description('export the supplier × recipient × year panel of delivered TIV (ISO3 codes, entity kinds, dataset version)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json', 'parquet']).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output');
  withArms(withSpan(cmd)).action(async (o: CommonOptions & SpanFlags & { format: string; out?: string }) => {
    if (o.format === 'parquet' && !o.out) {
      throw new AppError('panel: Parquet is binary: give --out FILE.parquet', 2);
    }
    const span = spanOf(o);
    const p = withArmsSession(o, (s) => panelData(s, span));
    let text: string | Uint8Array;
    if (o.format === 'parquet') {
      const { panelToParquet } = await import('../report/panel-parquet.js');
      text = panelToParquet(panelRecords(p.rows, p.meta));
    } else if (o.format === 'json' || o.json) text = JSON.stringify(panelRecords(p.rows, p.meta), null, 1) + '\n';
    else text = panelToCsv(p.rows, p.meta);
    if (o.out) {
      writeFileSync(resolve(o.out), text);
      process.stderr.write(`wrote ${resolve(o.out)}\n`);
    } else process.stdout.write(text);
  });
}
