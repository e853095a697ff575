// Prints one plain closing line ("Tests: N passed, N failed, N skipped, N files failed to load") that
// any CI log reader understands. A file that cannot even be loaded counts: it hides all its tests.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let broken = 0;
    for (const m of modules) {
      if (m.state() === 'failed' && m.errors().length > 0) broken++;
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped${broken ? `, ${broken} files failed to load` : ''}\n`);
  }
}
