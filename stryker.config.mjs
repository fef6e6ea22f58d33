// `npm run mutate`: mutation testing of the domain core (issue 24). Stryker changes shared/ one
// small edit at a time (a flipped comparison, a removed guard, an emptied string) and runs the
// unit tests that cover that line; a change no test notices is a test we are missing.
// Not part of `npm test`: on this machine's two cores it takes tens of minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: ['shared/rules/**/*.ts', 'shared/drafts/**/*.ts', 'shared/domain/**/*.ts', 'shared/copy/**/*.ts', 'shared/store/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables, such as the never-blame patterns) re-run every test
  // each; stryker.static.config.mjs tests those tables on their own, against their own tests.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { logTests: false, reportMutants: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 15000,
};
