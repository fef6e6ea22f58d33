import { defineConfig } from 'vitest/config';

// The tests mutation testing runs: the unit tests, which are where the domain core's rules are
// pinned. The integration suites start servers and child processes and cover shared/ only
// through main; they stay in `npm test`.
process.env.TZ = 'Europe/London';

export default defineConfig({
  test: {
    // The refusals go through the service, on a temp folder: fast, and the guards' one test.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/refusals.test.ts'],
    exclude: ['tests/unit/docs-links.test.ts', 'tests/unit/packaging.test.ts', 'tests/unit/renderer-assets.test.ts'],
  },
});
