import { Command, Option } from 'commander';
import { describeSearch, searchData } from './data-search.js';
import { AppError } from '../core/errors.js';
import { importSources, MAX_REJECTED_SHARE, MIN_KEPT_SHARE, type ImportSummary } from '../store/import.js';
import { parseNumber } from '../engine/options.js';
import { summariseSkipped } from '../store/files.js';
import { resolveDbPath } from '../store/db.js';
import { renderTable } from '../report/table.js';
import { printJson, withOutput, type CommonOptions } from './options.js';
import { progressBar } from './progress.js';

export interface ImportFlags {
  db?: string;
  data?: string;
  files?: string[];
  quiet?: boolean;
  allowShrink?: boolean;
  maxRejected?: number;
  /** commander's --no-wait sets wait to false. */
  wait?: boolean;
}

export async function runImport(o: ImportFlags): Promise<ImportSummary> {
  const files = o.files && o.files.length ? o.files : undefined;
  let dataDir: string | undefined;
  if (!files) {
    const search = searchData(o.data);
    if (!search.found) {
      const named = search.explicit ? `${search.explicit.how} names ${search.explicit.dir}, which holds no data files this tool reads` : 'no data files found';
      throw new AppError(`import: ${named}. Searched:\n${describeSearch(search.searched)}\nGet them with \`counterweight fetch\`.`, 3);
    }
    dataDir = search.found.dir;
  }
  const bar = progressBar(!o.quiet && !!process.stderr.isTTY);
  try {
    return await importSources({
      dbPath: resolveDbPath(o.db),
      dataDir,
      files,
      onProgress: bar.update,
      allowShrink: o.allowShrink,
      maxRejected: o.maxRejected,
      wait: o.wait,
      onNote: (message) => void process.stderr.write(`note: ${message}\n`),
    });
  } finally {
    bar.stop();
  }
}

export function renderImportSummary(s: ImportSummary): string {
  const rows = s.datasets.map((d) => [
    d.id, d.kind, d.version ?? '', String(d.lines.total), String(d.records), String(d.stored), String(d.rejected), String(d.duplicates),
    String(d.unknownNames.length), `${d.inferredLabels.length} / ${d.unmappedLabels.length}`,
  ]);
  let out = `Imported into ${s.dbPath}\n\n` + renderTable(
    [{ header: 'Dataset' }, { header: 'Kind' }, { header: 'Version' }, { header: 'Lines', align: 'right' }, { header: 'Records', align: 'right' },
      { header: 'Stored', align: 'right' }, { header: 'Rejected', align: 'right' }, { header: 'Repeats', align: 'right' },
      { header: 'Unknown names', align: 'right' }, { header: 'Labels inferred / unmapped', align: 'right' }],
    rows,
  );
  out += '\n\nEvery line is accounted for: lines = preamble + blank + records + continuation lines (+ summary rows):';
  for (const d of s.datasets) {
    const l = d.lines;
    out += `\n  ${d.file}: ${l.total} = ${l.preamble} + ${l.blank} + ${l.records} + ${l.continuation}${l.other ? ` + ${l.other}` : ''}`;
  }
  out += `\n\nAllocations: ${s.allocations.join(', ')}`;
  for (const d of s.datasets) {
    const shown = d.problems.filter((p) => p.severity === 'error').slice(0, 10);
    for (const p of shown) out += `\n${p.file} line ${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
    for (const n of d.unknownNames) out += `\n${d.file}: unknown name "${n}" stored with kind unknown`;
    for (const l of d.unmappedLabels) out += `\n${d.file}: unmapped weapon label "${l}" stored as other`;
    for (const l of d.inferredLabels) out += `\n${d.file}: unknown weapon label "${l}": category inferred from its head noun`;
  }
  for (const line of summariseSkipped(s.skipped, s.dataDir ?? '')) out += `\n${line}`;
  return out + '\n';
}

export function registerImport(program: Command): void {
  withOutput(
    program
      .command('import [files...]')
      .description('read SIPRI and UN exports (CSV and the Security Council workbook) into the store (all-or-nothing: the old store is kept if anything fails)')
      .option('--data <dir>', 'data folder (default $COUNTERWEIGHT_DATA, else ./data, else ../shared/data)')
      .option('--quiet', 'no progress bar')
      .option('--allow-shrink', `accept a dataset with fewer rows than ${MIN_KEPT_SHARE * 100} % of the one it replaces (default: refused, the store kept)`)
      .addOption(new Option('--max-rejected <share>', `share of a file's records that may be rejected or repeated before it is refused (default ${MAX_REJECTED_SHARE})`).argParser((v) => parseNumber(v, '--max-rejected', 0, 1)))
      .option('--no-wait', 'fail at once when another import is running on the store (default: wait for it)'),
  ).action(async (files: string[], o: CommonOptions & Omit<ImportFlags, 'files'>) => {
    const s = await runImport({ ...o, files, quiet: o.quiet || o.json });
    if (o.json) {
      printJson({ ...s, datasets: s.datasets.map(({ problems, ...d }) => ({ ...d, problems: problems.slice(0, 100), problemCount: problems.length })) });
    } else process.stdout.write(renderImportSummary(s));
  });
}
