import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { requestDetails } from '../support/fixtures';
import { expect, test } from './harness';

// Monday 2 November 2026, 17:00 in London: thirty requests came in today and none is acknowledged yet.
test.use({ startAt: '2026-11-02T17:00:00.000Z' });

test('a busy Today comes a page at a time, and the boss filter is applied by main to every section', async ({ app, page }) => {
  await app.call('saveSettings', {
    ...DEFAULT_SETTINGS,
    bosses: [
      { id: 'alex', name: 'Alex Morgan', email: '' },
      { id: 'robin', name: 'Robin Lee', email: '' },
    ],
    defaultBossId: 'alex',
  });
  // Client 01 wrote at 08:01, Client 02 at 08:02, … Client 30 at 08:30; every third one is Robin's.
  for (let i = 1; i <= 30; i++) {
    const n = String(i).padStart(2, '0');
    await app.call(
      'logRequest',
      requestDetails({
        client: { name: `Client ${n}`, company: '', email: `client${n}@example.com`, phone: '' },
        contact: { channel: 'email', at: `2026-11-02T08:${n}:00.000Z` },
        topic: `request ${n}`,
        bossId: i % 3 === 0 ? 'robin' : 'alex',
      }),
    );
  }
  await app.open('#/today');
  const acks = page.getByRole('region', { name: /^Acknowledgements due/ });
  const rows = acks.locator('li.today-row');
  await expect(acks.getByRole('heading')).toHaveText('Acknowledgements due 30');
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText('Client 01');
  await expect(rows.last()).toContainText('Client 25');

  await acks.getByRole('button', { name: 'Show 5 more: acknowledgements due (5 not shown)' }).click();
  await expect(rows).toHaveCount(30);
  await expect(rows.last()).toContainText('Client 30');
  await expect(acks.getByRole('button', { name: /^Show/ })).toHaveCount(0);

  // Robin's ten (Client 03, 06, … 30): the count and the rows are his alone.
  await page.getByLabel('Boss').selectOption('robin');
  await expect(acks.getByRole('heading')).toHaveText('Acknowledgements due 10');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText('Client 03');
  await expect(page.getByRole('link', { name: /^Digest for/ })).toHaveText(['Digest for Robin Lee (10)']);
});
