// `article --batch`: the line-delimited JSON contract (one result per input line, in order, errors
// named and never dropped) through the built CLI, from stdin to stdout as Hadoop Streaming and
// Spark's RDD.pipe use it, from a file and from a folder, with one and two worker threads.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleReportSchema } from '../src/article/schema.js';
import { parseBatchLine } from '../src/cli/article-batch.js';
import { dataFile } from './data.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const tmp = tempDir();
const dbPath = join(tmp.dir, 'batch.sqlite');
const devDir = dataFile('articles/dev');
const devFiles = readdirSync(devDir).filter((f) => /^dev-0\d-.*\.txt$/.test(f)).sort().slice(0, 6);
const body = (f: string) => readFileSync(join(devDir, f), 'utf8').split('\n').slice(4).join('\n');

beforeAll(async () => {
  await importSharedData(dbPath);
});
afterAll(() => tmp.cleanup());

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; source: string; report?: unknown; error?: string });

describe('one batch line', () => {
  it('reads an object, a bare string, and names what is wrong with the rest', () => {
    expect(parseBatchLine('{"id":"a1","text":"Hello.","date":"2021-06-28"}', 1)).toEqual({ id: 'a1', source: 'line 1', input: 'Hello.', date: '2021-06-28' });
    expect(parseBatchLine('{"html":"<p>x</p>"}', 2)).toMatchObject({ id: 2, input: '<p>x</p>' });
    expect(parseBatchLine('"China sold jets."', 3)).toEqual({ id: 3, source: 'line 3', input: 'China sold jets.' });
    expect(parseBatchLine('   ', 4)).toBeNull();
    expect(parseBatchLine('{not json', 5)!.error).toMatch(/^line 5: not JSON/);
    expect(parseBatchLine('[1,2]', 6)!.error).toMatch(/line 6: expected an object/);
    expect(parseBatchLine('{"id":7,"title":"no body"}', 7)).toMatchObject({ id: 7, error: expect.stringMatching(/no "text"/) });
    expect(parseBatchLine('{"text":"x","date":20210628}', 8)!.error).toMatch(/"date" must be a string/);
  });
});

describe('article --batch through the CLI', () => {
  const feed = [
    ...devFiles.map((f) => JSON.stringify({ id: f.slice(0, 6), text: body(f) })),
    'this line is not JSON',
    JSON.stringify('Myanmar and its suppliers\n\nChina is Myanmar’s largest arms supplier, with 50 % of its imports since 1950.'),
    '',
    JSON.stringify({ id: 'no-text', title: 'nothing to check' }),
  ].join('\n') + '\n';

  it('stdin → stdout: one JSON line per input line, in input order, reports valid, errors named', () => {
    const r = runCli(['article', '--batch', '-', '--db', dbPath, '--workers', '2'], {}, feed);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([...devFiles.map((f) => f.slice(0, 6)), 7, 8, 'no-text']);
    for (const o of out.slice(0, devFiles.length)) expect(() => articleReportSchema.parse(o.report)).not.toThrow();
    expect(out[devFiles.length]).toMatchObject({ source: 'line 7', error: expect.stringMatching(/line 7: not JSON/) });
    expect((out[devFiles.length + 1].report as { claims: { kind: string; verdict: string }[] }).claims.map((c) => c.kind)).toContain('top supplier');
    expect(out[devFiles.length + 2].error).toMatch(/line 10: no "text"/);
    expect(r.stderr).toMatch(/9 articles, 2 failed/);
  });

  it('the same answers with one worker as with two, and from a file as from stdin', () => {
    const path = join(tmp.dir, 'feed.jsonl');
    writeFileSync(path, feed);
    const one = runCli(['article', '--batch', path, '--db', dbPath, '--workers', '1']);
    const two = runCli(['article', '--batch', '-', '--db', dbPath, '--workers', '2'], {}, feed);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe(two.stdout);
  });

  it('a folder: each .txt and .html file, by name', () => {
    const dir = join(tmp.dir, 'articles');
    mkdirSync(dir);
    for (const f of devFiles.slice(0, 3)) writeFileSync(join(dir, f), body(f));
    writeFileSync(join(dir, 'notes.md'), 'not an article');
    const r = runCli(['article', '--batch', dir, '--db', dbPath]);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout).map((o) => o.id)).toEqual(devFiles.slice(0, 3));
  });

  it('clear errors for a missing source, a bad worker count, or a file and --batch together', () => {
    expect(runCli(['article', '--batch', join(tmp.dir, 'nope.jsonl'), '--db', dbPath]).stderr).toMatch(/no such file or folder: .*nope\.jsonl/);
    expect(runCli(['article', '--batch', '-', '--workers', '0', '--db', dbPath], {}, '').stderr).toMatch(/--workers: expected a whole number from 1 to 64, got "0"/);
    expect(runCli(['article', 'x.txt', '--batch', '-', '--db', dbPath], {}, '').stderr).toMatch(/not both/);
  });
});
