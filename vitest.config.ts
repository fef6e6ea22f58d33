import { defineConfig } from 'vitest/config';

// Day arithmetic is tested in a zone with daylight saving, the same one the UI tests use.
process.env.TZ = 'Europe/London';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-reports/vitest.json' }]],
  },
});
