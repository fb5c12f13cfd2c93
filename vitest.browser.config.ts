// Browser tests (npm run test:browser): a real kpcs server per test file and the system's Chromium
// driven by playwright-core, two files at a time.
import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/support/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    reporters: ['default', new SummaryReporter('browser')],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // two files at a time: a browser file waits on pages and its server far more than it computes
    maxWorkers: 2,
    fileParallelism: true,
  },
});
