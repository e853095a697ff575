// Golden files (test/output/): the brief's charts and text outputs compared byte for byte.
// A mismatch writes `<name>-changed.<ext>` beside the golden file and fails: look at both, and if the
// change is intended, run `npm run update-golden` (or move the -changed file over the golden one).
// A missing golden file fails too: only that script (UPDATE_GOLDEN=1) ever writes one.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { myanmarBrief } from '../../test/fixtures/brief-myanmar.js';
import { renderBriefMarkdown } from './brief-md.js';
import { renderBriefTerminal } from './brief-terminal.js';
import { briefCharts } from './charts.js';

const outputDir = fileURLToPath(new URL('../../test/output/', import.meta.url));
const myanmar = () => structuredClone(myanmarBrief);
const updating = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  mkdirSync(outputDir, { recursive: true });
  const path = outputDir + name;
  const changed = path.replace(/(\.[^.]+)$/, '-changed$1');
  if (updating) {
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(path)) expect.fail(`test/output/${name} is missing: run \`npm run update-golden\` and commit it`);
  if (readFileSync(path, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `test/output/${name} differs from the output: see ${changed.slice(outputDir.length - 'test/output/'.length)}; ` +
      'if the change is intended, replace the golden file with it',
  );
}

describe('golden outputs for the Myanmar brief', () => {
  for (const { file, svg } of briefCharts(myanmar())) {
    it(`brief-myanmar-${file}.svg`, () => expectGolden(`brief-myanmar-${file}.svg`, svg));
  }
  it('brief-myanmar.txt', () => expectGolden('brief-myanmar.txt', renderBriefTerminal(myanmar())));
  it('brief-myanmar.md', () => expectGolden('brief-myanmar.md', renderBriefMarkdown(myanmar())));
});
