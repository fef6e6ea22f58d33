import { expect, openAction, screenshot, test } from './harness';
import { requestDetails } from '../support/fixtures';

test.use({ startAt: '2026-11-02T09:00:00.000Z' });

const eventsOf = async (
  app: { call: (m: 'getRequest', a: { id: string }) => Promise<{ state: { timeline: { kind: string }[] } }> },
  id: string,
) => (await app.call('getRequest', { id })).state.timeline.map((t) => t.kind);

test('a double click on Ask on Today, and a triple click on the request page, each record one ask', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails());
  const used = { subject: 'Your request', body: '', proposalId: null };
  await app.call('markSent', { id, kind: 'acknowledgement', medium: 'email', used });
  await app.open('#/today');
  await page.getByRole('button', { name: 'Ask the boss for Jane Doe' }).dblclick();
  await expect(page.getByRole('button', { name: 'Ask the boss for Jane Doe' })).toHaveCount(0);
  // Where the row was, for ten seconds: what was done, and Undo.
  await expect(
    page.getByRole('status').filter({ hasText: 'Asked the boss about the sponsorship proposal for Jane Doe (asked 1 of 3).' }),
  ).toBeVisible();
  expect(await eventsOf(app, id)).toEqual(['logged', 'client-message-sent', 'asked']);

  await app.advanceTo('2026-11-04T09:00:00.000Z');
  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Ask boss again' }).click({ clickCount: 3 });
  await expect(page.getByRole('img', { name: '2 of 3 asks' })).toBeVisible();
  expect(await eventsOf(app, id)).toEqual(['logged', 'client-message-sent', 'asked', 'asked']);
});

test('a double click on Mark as sent and on Record decision each record one event', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails());
  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Draft acknowledgement' }).click();
  await page.getByRole('button', { name: 'Mark as sent' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Acknowledgement marked as sent.' })).toBeVisible();
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill('Yes, gold level.');
  await page.getByRole('button', { name: 'Record decision' }).click({ clickCount: 3 });
  await expect(page.getByRole('heading', { name: 'The boss decided' })).toBeVisible();
  expect(await eventsOf(app, id)).toEqual(['logged', 'client-message-sent', 'decided']);
});

test('a request changed elsewhere is refused with a message, and the screen shows how it stands', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails());
  await app.open(`#/request/${id}`);
  await expect(page.getByRole('button', { name: 'Ask boss' })).toBeVisible();
  // A second window asks the boss meanwhile.
  await app.call('askBoss', { id, note: 'from the other window' });
  await page.getByRole('button', { name: 'Ask boss' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This request changed meanwhile; it now shows how it stands.' })).toBeVisible();
  await expect(page.getByRole('img', { name: '1 of 3 asks' })).toBeVisible();
  expect(await eventsOf(app, id)).toEqual(['logged', 'asked']);
});

test('past the 24-hour limit the acknowledgement is late, on the request, on Today and in the queue', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails({ contact: { channel: 'email', at: '2026-11-02T08:30:00.000Z' } }));
  await app.advanceTo('2026-11-03T10:00:00.000Z');
  await app.open(`#/request/${id}`);
  await expect(
    page
      .getByRole('complementary', { name: 'Facts' })
      .getByText('Late: the 24-hour limit passed on Tue, 3 Nov 2026, 08:30. Jane Doe has waited 1 day; acknowledge them now.', {
        exact: true,
      }),
  ).toBeVisible();
  await app.open('#/today');
  const row = page.getByRole('list', { name: 'Acknowledgements due' }).locator('li.today-row');
  await expect(row.getByRole('list', { name: 'Due for Jane Doe' })).toContainText(
    'Acknowledgement late waited 1 day; the limit passed Tue, 3 Nov 2026, 08:30',
  );
  await screenshot(page, 'today-late');
  await app.open('#/requests');
  await expect(page.getByRole('table', { name: 'Requests' })).toContainText('Acknowledgement late');
});

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('asks for names and working days before the first request; greetings then use them', async ({ app, page }) => {
    await app.open('#/today');
    await expect(page.getByRole('heading', { name: 'Before your first request' })).toBeVisible();
    await screenshot(page, 'first-run');
    await page.getByLabel('Your name').fill("Siobhán O'Neill");
    await page.getByLabel('Your email').fill('siobhan@follow.example');
    await page.getByLabel("Boss's name").fill('Anna Berg');
    await page.getByRole('button', { name: 'Save and start' }).click();
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    const { id } = await app.call('logRequest', requestDetails());
    const draft = await app.call('draftAsk', { id, locale: 'en-GB' });
    expect(draft.body).toMatch(/^Hi Anna,\n\nJane Doe at Acme Ltd asked on Monday 2 November about the sponsorship proposal\./);
    expect(draft.body).toMatch(/\n\nThanks,\nSiobhán O'Neill$/);
    await page.reload(); // the request was logged behind the screen's back
    // The acknowledgement comes first on the row; the ask, named for the boss, is in its menu.
    await page.getByText('More', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Ask Anna Berg for Jane Doe' })).toBeVisible();
  });

  test('can be skipped; then asks read "Hi," and buttons "Ask the boss"', async ({ app, page }) => {
    await app.open('#/today');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    const { id } = await app.call('logRequest', requestDetails());
    expect((await app.call('draftAsk', { id, locale: 'en-GB' })).body).toMatch(/^Hi,\n\n/);
  });
});

test('at the 760 px minimum width no screen scrolls sideways', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails({ details: 'A long line of details '.repeat(20) }));
  await page.setViewportSize({ width: 760, height: 600 });
  for (const route of ['#/today', '#/requests', '#/parked', '#/new', '#/settings', `#/request/${id}`]) {
    await app.open(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await screenshot(page, 'request-narrow');
  // The same narrow window in dark mode, on the screens with the newest controls.
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'request-narrow-dark');
  await app.open('#/new');
  await screenshot(page, 'new-request-narrow-dark');
});
