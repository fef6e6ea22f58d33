import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { requestDetails } from '../support/fixtures';
import { expect, fact, screenshot, test } from './harness';

test.use({ startAt: '2026-11-04T09:00:00.000Z' });

test('a boss with open requests is removed only after they are handed to another boss, each recorded on the request', async ({
  app,
  page,
}) => {
  await app.call('saveSettings', {
    ...DEFAULT_SETTINGS,
    bosses: [
      { id: 'alex', name: 'Alex Morgan', email: '' },
      { id: 'robin', name: 'Robin Lee', email: '' },
    ],
    defaultBossId: 'alex',
  });
  const { id } = await app.call('logRequest', requestDetails({ bossId: 'alex', topic: 'the gala' }));

  await app.open('#/settings');
  await page.getByRole('button', { name: 'Remove boss 1, Alex Morgan' }).click();
  const handOver = page.getByRole('group', { name: "Hand over Alex Morgan's requests" });
  await expect(handOver).toContainText('Alex Morgan decides 1 open request. Hand them to');
  await expect(handOver.getByLabel(/Hand them to/)).toHaveValue('robin');
  await screenshot(page, 'settings-boss-hand-over');
  await handOver.getByRole('button', { name: 'Hand over and remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'now with' })).toHaveText(
    '1 open request now with Robin Lee. Save settings to remove Alex Morgan.',
  );
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect((await app.call('getSettings', undefined)).settings.bosses.map((b) => b.name)).toEqual(['Robin Lee']);

  await app.open(`#/request/${id}`);
  await expect(fact(page, 'Decides')).toHaveText('Robin Lee');
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('Alex Morgan');
});
