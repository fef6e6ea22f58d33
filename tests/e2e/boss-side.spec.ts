import type { RequestDetails } from '../../shared/domain/request';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { expect, screenshot, tableRows, test, type AppHarness } from './harness';

// Tuesday 10 November 2026.
test.use({ startAt: '2026-11-10T08:00:00.000Z' });

const request = (name: string, topic: string, bossId: string, contactAt: string, extra: Partial<RequestDetails> = {}): RequestDetails => ({
  client: { name, company: 'Northwind', email: `${name.split(' ')[0]!.toLowerCase()}@northwind.example`, phone: '' },
  contact: { channel: 'phone', at: contactAt },
  topic,
  details: '',
  bossId,
  deadline: null,
  ...extra,
});

async function setUp(app: AppHarness) {
  await app.call('saveSettings', {
    ...DEFAULT_SETTINGS,
    assistantName: 'Sam Patel',
    bosses: [
      { id: 'alex', name: 'Alex Morgan', email: 'alex@follow.example' },
      { id: 'robin', name: 'Robin Lee', email: '' },
    ],
    defaultBossId: 'alex',
  });
  const gala = await app.call(
    'logRequest',
    request('Priya Shah', 'the spring gala', 'alex', '2026-11-09T15:00:00.000Z', {
      deadline: '2026-11-20',
      details: 'Needs the consent form countersigned.',
    }),
  );
  const dinner = await app.call('logRequest', request('Omar Haddad', 'the board dinner', 'alex', '2026-11-10T07:30:00.000Z'));
  const visit = await app.call('logRequest', request('Lena Berg', 'a site visit', 'robin', '2026-11-10T07:45:00.000Z'));
  for (const r of [gala, dinner, visit])
    await app.call('markSent', {
      id: r.id,
      kind: 'acknowledgement',
      medium: 'email',
      used: { subject: 'Thanks', body: '', proposalId: null },
    });
  return { gala, dinner, visit };
}

test('notifications: due items show once, as one summary banner, in working hours; the badge counts them', async ({ app, page }) => {
  await setUp(app);
  await app.open('#/today');
  // 08:00 is before working hours: nothing shown, but the badge already counts the three asks.
  expect(await app.tick()).toEqual({ shown: [], badge: 3 });
  await expect(page.getByRole('region', { name: 'Due now' })).toHaveCount(0);

  await app.advanceTo('2026-11-10T09:30:00.000Z');
  const { shown, badge } = await app.tick();
  expect(badge).toBe(3);
  // All three first asks fell due today, so they come in client-name order.
  expect(shown.map((n) => `${n.title} / ${n.body}`)).toEqual([
    'Ask due / Lena Berg: a site visit',
    'Ask due / Omar Haddad: the board dinner',
    'Ask due / Priya Shah: the spring gala',
  ]);
  // One banner for all three, never a stack of them over the screen.
  const banner = page.getByRole('region', { name: 'Due now' });
  await expect(banner.getByRole('status')).toHaveCount(1);
  await expect(banner.getByRole('status')).toHaveText(
    '3 items due Lena Berg: a site visit (ask due), Omar Haddad: the board dinner (ask due) and Priya Shah: the spring gala (ask due). Open TodayDismiss',
  );
  await screenshot(page, 'notice-banner');

  // Once per item per day: a minute later nothing new.
  expect((await app.tick()).shown).toEqual([]);
  // Each named item opens its request; Dismiss clears the banner at once.
  await banner.getByRole('link', { name: 'Omar Haddad: the board dinner' }).click();
  await expect(page.getByRole('heading', { name: 'the board dinner' })).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss these notices' }).click();
  await expect(page.getByRole('region', { name: 'Due now' })).toHaveCount(0);

  // In the evening it stays quiet even though items are due.
  await app.advanceTo('2026-11-10T19:00:00.000Z');
  expect((await app.tick()).shown).toEqual([]);
});

test('digest: one message per boss, oldest first; unticked items stay out; sending records one ask each', async ({ app, page }) => {
  const { gala, dinner, visit } = await setUp(app);
  await app.advanceTo('2026-11-10T09:00:00.000Z');
  await app.open('#/today');
  await page.getByRole('link', { name: 'Digest for Alex Morgan (2)' }).click();
  const body = page.getByLabel('Message', { exact: true });
  await expect(body).toHaveValue(
    /^Hi Alex,\n\n2 requests are waiting on your decision, oldest first:\n\n1\. The spring gala, from Priya Shah at Northwind\n {3}Waiting 1 day, since Monday 9 November\. Not asked yet\. Client deadline: Friday 20 November\.\n2\. The board dinner/,
  );
  await screenshot(page, 'digest');

  await page.getByRole('checkbox', { name: /The board dinner/ }).uncheck();
  await expect(body).toHaveValue(/1 request is waiting on your decision/);
  await expect(body).not.toHaveValue(/board dinner/);
  await page.getByRole('button', { name: 'Open in mail program' }).click();
  expect(app.system().opened.at(-1)).toMatch(/^mailto:alex@follow\.example\?subject=1%20request%20is%20waiting/);
  await page.getByRole('button', { name: 'Mark digest sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded an ask' })).toHaveText(
    'Recorded an ask on 1 request: Priya Shah: the spring gala.',
  );

  expect((await app.call('getRequest', { id: gala.id })).strikes).toBe(1);
  expect((await app.call('getRequest', { id: dinner.id })).strikes).toBe(0);
  expect((await app.call('getRequest', { id: visit.id })).strikes).toBe(0);
});

test('digest: a request whose next ask is not due is left out, the parks it will cause are said first, and one Undo takes it all back', async ({
  app,
  page,
}) => {
  const { gala, dinner } = await setUp(app);
  // The dinner was asked on Tuesday and Thursday; on Friday the gala is asked on its own page.
  await app.advanceTo('2026-11-10T09:00:00.000Z');
  await app.call('askBoss', { id: dinner.id, note: '' });
  await app.advanceTo('2026-11-12T09:00:00.000Z');
  await app.call('askBoss', { id: dinner.id, note: '' });
  await app.advanceTo('2026-11-13T09:00:00.000Z');
  await app.call('askBoss', { id: gala.id, note: 'in our 9:00' });

  // Monday: the dinner's third ask is due (two working days after Thursday); the gala, asked on
  // the working day before, is not, and the digest does not ask it again: the spacing holds.
  await app.advanceTo('2026-11-16T09:00:00.000Z');
  await app.open('#/digest/alex');
  const galaBox = page.getByRole('checkbox', { name: /The spring gala/ });
  await expect(galaBox).not.toBeChecked();
  await expect(page.getByText(/Next ask due .*17 Nov.*: left out unless you tick it\./)).toBeVisible();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    /^Hi Alex,\n\n1 request is waiting on your decision, oldest first:\n\n1\. The board dinner/,
  );
  await expect(page.getByRole('note')).toHaveText(
    'This reaches the last ask of the round and will be parked: Omar Haddad: the board dinner.',
  );
  await page.getByRole('button', { name: 'Mark digest sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded an ask' })).toHaveText(
    'Recorded an ask on 1 request: Omar Haddad: the board dinner. Parked after the last ask of the round: Omar Haddad: the board dinner.',
  );
  expect((await app.call('getRequest', { id: dinner.id })).status).toBe('parked');
  // At once again: the dinner is parked and off the digest; the gala, not due, is unticked: nothing can be sent twice.
  await expect(page.getByRole('checkbox', { name: /The board dinner/ })).toHaveCount(0);
  await expect(galaBox).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Mark digest sent' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo the whole digest' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Took back' })).toHaveText('Took back the digest: 1 ask undone.');
  const back = await app.call('getRequest', { id: dinner.id });
  expect([back.status, back.strikes]).toEqual(['waiting', 2]);
  expect((await app.call('getRequest', { id: gala.id })).strikes).toBe(1);
});

test('ask drafts by strike, an accidental ask undone, and search across requests', async ({ app, page }) => {
  const { gala } = await setUp(app);
  await app.advanceTo('2026-11-10T09:00:00.000Z');
  await app.open(`#/request/${gala.id}`);
  await page.getByRole('button', { name: 'Draft the ask as a message' }).click();
  await expect(page.getByLabel('Note to Alex Morgan')).toHaveValue(
    'Hi Alex,\n\nPriya Shah at Northwind asked on Monday 9 November about the spring gala. They need an answer by Friday 20 November. What would you like me to tell them?\n\nThanks,\nSam Patel',
  );
  await page.getByRole('button', { name: 'Mark as asked' }).click();
  await expect(page.getByRole('img', { name: '1 of 3 asks' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ask Alex Morgan' }).getByRole('status')).toHaveText('Ask recorded.');

  // A second click by mistake, then undone: the strike goes back and the history keeps both.
  await page.getByRole('button', { name: 'Ask boss again' }).click();
  await expect(page.getByRole('img', { name: '2 of 3 asks' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo last ask' }).click();
  await expect(page.getByRole('img', { name: '1 of 3 asks' })).toBeVisible();
  await expect(page.getByText('Ask undone (round 1, strike 2)')).toBeVisible();

  // The second ask's draft is firmer.
  await app.advanceTo('2026-11-12T09:00:00.000Z');
  await page.getByRole('button', { name: 'Draft the ask as a message' }).click();
  await expect(page.getByLabel('Subject').first()).toHaveValue('Asking again: the spring gala');
  await expect(page.getByLabel('Note to Alex Morgan')).toHaveValue(/they have waited 3 days, since Monday 9 November/);

  // Search finds a request by what is in its details; filters narrow by boss and status.
  await app.open('#/requests');
  await page.getByLabel('Search').fill('consent countersigned');
  await expect(tableRows(page, 'Requests')).toHaveCount(1);
  await expect(tableRows(page, 'Requests')).toContainText('Priya Shah');
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Boss').selectOption({ label: 'Robin Lee' });
  await expect(tableRows(page, 'Requests')).toHaveText([/Lena Berg/]);
  await page.getByLabel('Status').selectOption('closed');
  await expect(page.getByText('Nothing matches. Try fewer words, or another status or boss.')).toBeVisible();
});
