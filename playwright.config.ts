import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

// The main-process side of the UI tests (rules, drafts) runs in this Node process: give it
// the same zone as the browser so both sides agree on what "Tuesday 3 November" is.
process.env.TZ = 'Europe/London';

// `npm test` finds the browser once and passes it down; a direct `npx playwright test` looks here.
const chromiumPath = process.env.FOLLOW_THROUGH_CHROMIUM ?? findChromium({ install: false }).path;

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 3_000 },
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  projects: [
    {
      name: 'ui',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        viewport: { width: 1280, height: 860 },
        // A failure leaves a trace (test-results/…/trace.zip, `npx playwright show-trace`) to see why.
        trace: 'retain-on-failure',
        launchOptions: {
          executablePath: chromiumPath,
          // This machine's network is closed; without these Chromium keeps dialling out.
          args: ['--lang=en-GB', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
