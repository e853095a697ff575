import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { panelData } from '../engine/answers.js';
import { withArmsSession, withStore } from '../engine/open.js';
import { tradePanelData } from '../engine/trade.js';
import { TRADE_PANEL_COLUMNS, tradePanelToCsv } from '../analysis/trade-panel.js';
import { panelRecords, panelToCsv } from '../analysis/panel.js';
import { spanOf, withArms, withSpan, type CommonOptions, type SpanFlags } from './options.js';

export function registerPanel(program: Command): void {
  const cmd = program
    .command('panel')
    .description('export the supplier × recipient × year panel of delivered TIV (ISO3 codes, entity kinds, dataset version)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json', 'parquet']).default('csv'))
    .addOption(new Option('--source <source>', 'arms (SIPRI, supplier × recipient × year) or trade (IMF, reporter × partner × year, both reports of each pair)').choices(['arms', 'trade']).default('arms'))
    .option('--out <file>', 'write to this file instead of standard output');
  withArms(withSpan(cmd)).action(async (o: CommonOptions & SpanFlags & { format: string; out?: string; source: string }) => {
    if (o.format === 'parquet' && !o.out) {
      throw new AppError('panel: Parquet is binary: give --out FILE.parquet', 2);
    }
    const span = spanOf(o);
    if (o.source === 'trade') return writeOut(o.out, await tradePanelText(o, span));
    const p = withArmsSession(o, (s) => panelData(s, span));
    let text: string | Uint8Array;
    if (o.format === 'parquet') {
      const { panelToParquet } = await import('../report/panel-parquet.js');
      text = panelToParquet(panelRecords(p.rows, p.meta));
    } else if (o.format === 'json' || o.json) text = JSON.stringify(panelRecords(p.rows, p.meta), null, 1) + '\n';
    else text = panelToCsv(p.rows, p.meta);
    writeOut(o.out, text);
  });
}

function writeOut(out: string | undefined, text: string | Uint8Array): void {
  if (out) {
    writeFileSync(resolve(out), text);
    process.stderr.write(`wrote ${resolve(out)}\n`);
  } else process.stdout.write(text);
}

/** The trade panel in the asked format. */
async function tradePanelText(o: { format: string; json?: boolean; db?: string }, span: { from?: number; to?: number }): Promise<string | Uint8Array> {
  const records = withStore(o, (db) => tradePanelData(db, span));
  if (o.format === 'parquet') {
    const { tableToParquet } = await import('../report/panel-parquet.js');
    return tableToParquet(records, TRADE_PANEL_COLUMNS, { year: 'INT32', exports: 'DOUBLE', imports: 'DOUBLE', exports_estimate: 'BOOLEAN', imports_estimate: 'BOOLEAN', partner_reported_imports: 'DOUBLE', partner_reported_exports: 'DOUBLE' });
  }
  if (o.format === 'json' || o.json) return JSON.stringify(records) + '\n';
  return tradePanelToCsv(records);
}
