import { createRequire } from 'node:module';
import type cliProgressTypes from 'cli-progress';
import type { ImportProgress } from '../store/import.js';

/** A progress bar on a terminal (stderr), silence otherwise: pipes and CI logs stay clean. */
export function progressBar(enabled: boolean = !!process.stderr.isTTY): { update: ImportProgress; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  // Loaded only for a terminal: pipes, --json and --quiet never pay for it.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressTypes;
  const bar = new cliProgress.SingleBar(
    { format: '{bar} {percentage}% | {step}', stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (step, done, total) => {
      if (!started) {
        bar.start(total, done, { step });
        started = true;
      } else bar.update(done, { step });
    },
    stop: () => started && bar.stop(),
  };
}
