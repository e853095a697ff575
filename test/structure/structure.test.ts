// The house's shape, as tests: the layers import only downwards (ARCHITECTURE.md), every SQL
// statement lives in store/, and no block of logic is written twice.
import { describe, expect, it } from 'vitest';
import { repeatedBlocks, sourceModules } from './scan.js';

/** What each folder may import (besides itself). cli/server/web → engine → report/article/analysis/store → sources/entities → core. */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  entities: ['core'],
  sources: ['core', 'entities'],
  analysis: ['core', 'entities'],
  article: ['core', 'entities'],
  store: ['core', 'entities', 'sources', 'analysis'],
  report: ['core', 'analysis', 'article'],
  fetch: ['core', 'sources'],
  engine: ['core', 'entities', 'sources', 'analysis', 'article', 'store', 'report'],
  web: ['core', 'engine', 'report', 'article', 'analysis'],
  server: ['core', 'entities', 'engine', 'store', 'report', 'web', 'article', 'analysis'],
  cli: ['core', 'entities', 'engine', 'store', 'report', 'article', 'analysis', 'fetch', 'server', 'sources'],
};

const modules = sourceModules();

describe('layers', () => {
  it('knows every folder of src/', () => {
    expect([...new Set(modules.map((m) => m.layer))].filter((l) => !(l in MAY_IMPORT))).toEqual([]);
  });

  it('no import runs back up a layer (type-only imports included)', () => {
    const wrong = modules.flatMap((m) =>
      m.imports
        .filter((i) => i.path.split('/')[0] !== m.layer && !MAY_IMPORT[m.layer]?.includes(i.path.split('/')[0]))
        .map((i) => `${m.path}:${i.line} imports ${i.path}`),
    );
    expect(wrong).toEqual([]);
  });

  it('core imports nothing of ours; store and analysis import no engine or shell; web no server or store', () => {
    const into = (layer: string) => modules.filter((m) => m.layer === layer).flatMap((m) => m.imports.map((i) => i.path.split('/')[0]));
    expect(into('core').filter((l) => l !== 'core')).toEqual([]);
    for (const layer of ['store', 'analysis']) expect(into(layer).filter((l) => ['engine', 'cli', 'server', 'web'].includes(l)), layer).toEqual([]);
    expect(into('web').filter((l) => ['server', 'store'].includes(l))).toEqual([]);
  });

  it('core does no I/O: no node:fs, node:net or process.env', () => {
    const io = modules.filter((m) => m.layer === 'core' && /from 'node:(fs|net|http|child_process)'|process\.env/.test(m.text)).map((m) => m.path);
    expect(io).toEqual([]);
  });
});

describe('SQL', () => {
  const SQL = /\b(SELECT\s+(?:DISTINCT\s+)?[\w*.(]+[\s\S]{0,200}?\bFROM\b|INSERT\s+(?:OR\s+\w+\s+)?INTO\b|DELETE\s+FROM\b|UPDATE\s+\w+\s+SET\b|CREATE\s+(?:TABLE|INDEX|VIEW)\b)|\.prepare\(|\.pragma\(|\bdb\.exec\(/;

  it('every SQL statement lives in store/', () => {
    const outside = modules.filter((m) => m.layer !== 'store' && SQL.test(m.text)).map((m) => m.path);
    expect(outside).toEqual([]);
  });
});

describe('repetition', () => {
  // Data tables (lexicons, country lists) repeat shapes by nature; everything else is said once.
  const dataTable = (path: string) => /^(entities\/(countries|metonym-lexicon|weapon-abbreviations|categories)|article\/model\/)/.test(path);

  it('no block of six or more lines of logic appears twice', () => {
    const repeats = repeatedBlocks(modules, 6, (m) => dataTable(m.path));
    expect(repeats.map((r) => `${r.at.map((a) => `${a.path}:${a.line}`).join(' = ')}\n  ${r.lines.join('\n  ')}`)).toEqual([]);
  });
});
