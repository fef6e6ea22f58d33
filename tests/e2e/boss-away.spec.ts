import { requestDetails } from '../support/fixtures';
import { expect, screenshot, test } from './harness';

// Monday 16 November 2026, 09:00 London time.
test.use({ startAt: '2026-11-16T09:00:00.000Z' });

test('a boss away holds their asks: Today says until when, the request says an ask now still counts', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails({ contact: { channel: 'email', at: '2026-11-16T08:30:00.000Z' } }));
  await app.call('markSent', {
    id,
    kind: 'acknowledgement',
    medium: 'email',
    used: { subject: 'Your request', body: '', proposalId: null },
  });
  const omar = { name: 'Omar Haddad', company: '', email: 'omar@haddad.example', phone: '' };
  await app.call('logRequest', requestDetails({ client: omar, topic: 'the board dinner', deadline: '2026-11-19' }));
  await app.open('#/today');
  await expect(page.getByRole('list', { name: 'Due for Jane Doe' })).toContainText('Ask due');

  await app.open('#/settings');
  await page.getByLabel('Boss 1', { exact: true }).fill('Alex Morgan');
  const away = page.getByLabel('Boss 1 away');
  // A line that is not two dates is named, and nothing is saved.
  await away.fill('next week');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Write each time away as two dates, e.g. 2026-11-16 to 2026-11-20.')).toBeVisible();
  await away.fill('2026-11-16 to 2026-11-20 Lisbon conference');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');

  await app.open('#/today');
  // Omar needs his answer by Thursday, before the boss is back: he is named first.
  const notice = page.getByRole('note', { name: 'Alex Morgan away' });
  await expect(notice.getByRole('paragraph')).toHaveText(
    'Alex Morgan is away until Fri 20 Nov: asks to them wait until Mon 23 Nov. 1 client needs an answer before then: tell them, or get a decision first.',
  );
  await expect(notice.getByRole('listitem')).toHaveText(['Omar Haddad: the board dinner by Thu 19 Nov']);
  await expect(page.getByRole('list', { name: 'Due for Jane Doe' })).toHaveCount(0);
  await page.setViewportSize({ width: 760, height: 700 });
  await screenshot(page, 'today-boss-away');

  // The digest holds their asks too, and says why rather than "asked recently".
  await app.open('#/digest/boss-1');
  await expect(page.getByRole('note')).toHaveText(
    'Alex Morgan is away until Fri 20 Nov: their asks wait until Mon 23 Nov. A digest sent now still counts an ask on each request ticked.',
  );
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.getByText('was asked recently')).toHaveCount(0);

  await app.open(`#/request/${id}`);
  await openBossSide(page);
  await expect(page.getByRole('note').filter({ hasText: 'still counts' })).toHaveText(
    'Alex Morgan is away until Fri 20 Nov (Lisbon conference): asks wait until Mon 23 Nov. An ask recorded now still counts as a strike.',
  );

  // An update promising an answer in 3 business days counts them (padded to 6) from Monday 23rd.
  // Nothing else is due, so the next step is that update, already open.
  await expect(page.getByRole('tab', { name: 'Status update' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Answer expected in (business days)').fill('3');
  await page.getByRole('button', { name: 'Draft status update' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/I expect to have an answer for you by Tuesday 1 December\./);

  // Monday 23rd: back, and the ask is due again.
  await app.advanceTo('2026-11-23T09:00:00.000Z');
  await app.open('#/today');
  await expect(page.getByRole('note', { name: 'Alex Morgan away' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Due for Jane Doe' })).toContainText('Ask due');
});

/** Nothing is due on the request while the boss is away: its boss side is under Other actions. */
async function openBossSide(page: import('@playwright/test').Page) {
  const toggle = page.getByRole('region', { name: 'Other actions' }).getByRole('button', { name: 'Ask Alex Morgan', exact: true });
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
