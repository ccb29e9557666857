import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The screens benchmark (`npm run bench:screens`): not part of the test run. */
export default defineConfig({
  ...base,
  testDir: 'test/bench',
  outputDir: 'test-results/bench',
  testMatch: '*.bench.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 300_000,
});
