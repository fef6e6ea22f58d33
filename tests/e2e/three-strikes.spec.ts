import { threeStrikeScenario } from '../scenarios/three-strikes';
import { test } from './harness';

test.use({ startAt: '2026-11-02T09:00:00.000Z' });

test('log a request, ask three times on the right days, park, come back after two weeks, decide', async ({ app }) => {
  await threeStrikeScenario(app);
});
