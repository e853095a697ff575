// The July 2025 UNGA release on a store (hand-made fixtures with its documented headers, see
// fixtures/unga-2025/README.md): the estimates file in its new layout, agreement from the release's
// agreement file or — without one — computed from the vote-level GA data, and said which; the
// dyads file refused by an explicit import and skipped with its reason in a folder.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { alignmentAnswer } from '../src/engine/alignment.js';
import { lookupEntity } from '../src/entities/registry.js';
import { importSources } from '../src/store/import.js';
import { openStore } from '../src/store/db.js';
import { importSharedData, runCli, tempDir } from './helpers.js';

const FIX = fileURLToPath(new URL('./fixtures/unga-2025/', import.meta.url));
const ESTIMATES = join(FIX, 'Idealpointestimates1946-2025.tab');
const DYADS = join(FIX, 'IdealPointDyads1946-2025.tab');
const AGREEMENT = join(FIX, 'AgreementScores.csv');
const tmp = tempDir('cw-unga2025-');
afterAll(() => tmp.cleanup());
const myanmar = lookupEntity('Myanmar')!;

function alignment(dbPath: string, patrons = ['USA', 'RUS', 'CHN']) {
  const db = openStore(dbPath);
  try {
    return alignmentAnswer(db, myanmar, { patrons, from: 2018, to: 2019 });
  } finally {
    db.close();
  }
}

const pct = (v: number | null | undefined) => (v == null ? null : Math.round(v * 100));

describe('the July 2025 release', () => {
  it('imports the estimates and takes agreement from the agreement file, and says so', async () => {
    const dbPath = join(tmp.dir, 'agreement.sqlite');
    const s = await importSources({ dbPath, files: [ESTIMATES, AGREEMENT] });
    const kinds = Object.fromEntries(s.datasets.map((d) => [d.kind, d]));
    expect(kinds['unga-ideal-points']).toMatchObject({ records: 14, stored: 14, rejected: 0 });
    expect(kinds['unga-agreement']).toMatchObject({ rejected: 0 });
    const a = alignment(dbPath);
    expect(a.agreementSource.from).toBe('agreement file');
    expect(a.notes).toContainEqual(expect.stringMatching(/^agreement from the release's agreement file \(AgreementScores\); Idealpointestimates1946-2025 has no agreement columns$/));
    const y2019 = a.years.find((y) => y.year === 2019)!;
    expect([pct(y2019.agreement.USA), pct(y2019.agreement.RUS), pct(y2019.agreement.CHN)]).toEqual([21, 86, 93]);
  });

  it('without an agreement file, computes agreement from the vote-level GA data — within a point of the 2024 file\'s own figures (2018 identical)', async () => {
    const dbPath = join(tmp.dir, 'votes.sqlite');
    await importSharedData(dbPath);
    const before = alignment(dbPath);
    expect(before.agreementSource.from).toBe('ideal-point file');
    // The 2025 estimates replace the 2024 file (far fewer rows: a deliberate replacement).
    await importSources({ dbPath, files: [ESTIMATES], allowShrink: true });
    const after = alignment(dbPath);
    expect(after.dataset).toBe('Idealpointestimates1946-2025');
    expect(after.agreementSource.from).toBe('vote-level data');
    expect(after.notes).toContainEqual(expect.stringMatching(/^agreement computed from the vote-level GA data \(.+, to \d{4}\): Idealpointestimates1946-2025 has no agreement columns/));
    for (const year of [2018, 2019]) {
      for (const p of ['USA', 'RUS', 'CHN']) {
        const was = before.years.find((y) => y.year === year)!.agreement[p]!;
        const now = after.years.find((y) => y.year === year)!.agreement[p]!;
        expect(Math.abs(now - was), `${p} ${year}: ${was} vs ${now}`).toBeLessThan(0.01);
      }
    }
  });

  it('an explicit import of the dyads file is refused, saying which file it is; the store is untouched', () => {
    const dbPath = join(tmp.dir, 'dyads.sqlite');
    const r = runCli(['import', DYADS, '--db', dbPath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('IdealPointDyads1946-2025.tab is the UNGA ideal-point dyads file');
    expect(r.stderr).toContain('so it is not imported');
  });

  it('in a data folder, the dyads file is skipped with its reason and the rest imported', async () => {
    const dir = join(tmp.dir, 'folder', 'unga');
    mkdirSync(dir, { recursive: true });
    for (const f of [ESTIMATES, DYADS, AGREEMENT]) copyFileSync(f, join(dir, f.slice(FIX.length)));
    const s = await importSources({ dbPath: join(tmp.dir, 'folder.sqlite'), dataDir: join(tmp.dir, 'folder') });
    expect(s.datasets.map((d) => d.kind).sort()).toEqual(['unga-agreement', 'unga-ideal-points']);
    expect(s.skipped).toEqual([{ file: expect.stringMatching(/IdealPointDyads1946-2025\.tab$/), reason: expect.stringMatching(/ideal-point dyads file .* not imported/) }]);
  });
});
