// The never-blame patterns are a table built when the module loads, so each change to one is a
// "static" mutant that would re-run every test. `npm run mutate` tests them here instead, against
// the tests that read that table, so they are mutation-tested too at a small cost.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['shared/drafts/never-blame.ts'],
  ignoreStatic: false,
  vitest: { configFile: 'vitest.static.config.ts', related: false },
  htmlReporter: { fileName: 'reports/mutation-static/index.html' },
  jsonReporter: { fileName: 'reports/mutation-static/mutation.json' },
  tempDirName: '.stryker-tmp-static',
};
