import { defineConfig } from 'vitest/config';

// The tests that read the never-blame table: what stryker.static.config.mjs runs for each change to it.
process.env.TZ = 'Europe/London';

export default defineConfig({
  test: {
    include: ['tests/unit/blame-patterns.test.ts', 'tests/unit/never-blame.test.ts'],
  },
});
