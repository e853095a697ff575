import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Vite's resolver misses chrono-node's wildcard subpath export (`chrono-node/en`), which Node and
// esbuild resolve: point it at the file Node would load.
const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: { alias: { 'chrono-node/en': require.resolve('chrono-node/en') } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: more workers only contend.
    maxWorkers: 2,
    minWorkers: 1,
    env: { TZ: 'UTC' },
    setupFiles: ['./test/setup.ts'],
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
