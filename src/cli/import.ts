import { Command } from 'commander';
import { describeSearch, searchData } from './data-search.js';
import { AppError } from '../core/errors.js';
import { importSources, type ImportSummary } from '../store/import.js';
import { summariseSkipped } from '../store/files.js';
import { resolveDbPath } from '../store/db.js';
import { renderTable } from '../report/table.js';
import { printJson, withOutput, type CommonOptions } from './options.js';
import { progressBar } from './progress.js';

export function runImport(o: { db?: string; data?: string; files?: string[]; quiet?: boolean }): ImportSummary {
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
    return importSources({
      dbPath: resolveDbPath(o.db),
      dataDir,
      files,
      onProgress: bar.update,
    });
  } finally {
    bar.stop();
  }
}

export function renderImportSummary(s: ImportSummary): string {
  const rows = s.datasets.map((d) => [
    d.id, d.kind, d.version ?? '', String(d.records), String(d.stored), String(d.rejected),
    String(d.unknownNames.length), String(d.unmappedLabels.length),
  ]);
  let out = `Imported into ${s.dbPath}\n\n` + renderTable(
    [{ header: 'Dataset' }, { header: 'Kind' }, { header: 'Version' }, { header: 'Records', align: 'right' }, { header: 'Stored', align: 'right' },
      { header: 'Rejected', align: 'right' }, { header: 'Unknown names', align: 'right' }, { header: 'Unmapped labels', align: 'right' }],
    rows,
  );
  out += `\n\nAllocations: ${s.allocations.join(', ')}`;
  for (const d of s.datasets) {
    const shown = d.problems.filter((p) => p.severity === 'error').slice(0, 10);
    for (const p of shown) out += `\n${p.file} line ${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
    for (const n of d.unknownNames) out += `\n${d.file}: unknown name "${n}" stored with kind unknown`;
    for (const l of d.unmappedLabels) out += `\n${d.file}: unmapped weapon label "${l}" stored as other`;
  }
  for (const line of summariseSkipped(s.skipped, s.dataDir ?? '')) out += `\n${line}`;
  return out + '\n';
}

export function registerImport(program: Command): void {
  withOutput(
    program
      .command('import [files...]')
      .description('read SIPRI and UNGA exports into the store (all-or-nothing: the old store is kept if anything fails)')
      .option('--data <dir>', 'data folder (default $COUNTERWEIGHT_DATA, else ../shared/data)')
      .option('--quiet', 'no progress bar'),
  ).action((files: string[], o: CommonOptions & { data?: string; quiet?: boolean }) => {
    const s = runImport({ db: o.db, data: o.data, files, quiet: o.quiet || o.json });
    if (o.json) {
      printJson({ ...s, datasets: s.datasets.map(({ problems, ...d }) => ({ ...d, problems: problems.slice(0, 100), problemCount: problems.length })) });
    } else process.stdout.write(renderImportSummary(s));
  });
}
