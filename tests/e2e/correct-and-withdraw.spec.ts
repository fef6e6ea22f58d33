import { requestDetails } from '../support/fixtures';
import { expect, fact, screenshot, tableRows, test, type AppHarness } from './harness';

test.use({ startAt: '2026-11-03T10:00:00.000Z' });

const logMistyped = (app: AppHarness) =>
  app.call(
    'logRequest',
    requestDetails({
      client: { name: 'Jane Do', company: 'Acme Ltd', email: 'jane@acme.example', phone: '' },
      contact: { channel: 'email', at: '2026-11-03T09:30:00.000Z' },
      topic: 'the venue contract',
    }),
  );

test('a mistyped name and contact time are corrected; the history shows old and new, and the drafts follow', async ({ app, page }) => {
  const { id } = await logMistyped(app);
  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Correct details' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Jane Do');
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Channel').selectOption('phone');
  await page.getByLabel('Date and time').fill('2026-11-02T16:15');
  await page.getByLabel('Topic').fill('');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  // A mistake in the correction is shown beside its field, and nothing is saved.
  await expect(page.getByLabel('Topic')).toHaveAccessibleDescription('Enter the topic in one line.');
  await page.getByLabel('Topic').fill('the venue contract');
  await screenshot(page, 'correct-details');
  await page.getByRole('button', { name: 'Save corrections' }).dblclick();

  await expect(page.getByRole('region', { name: 'Correct details' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Details corrected. Dates and drafts follow the new ones.');
  await expect(page.getByText('Jane Doe · Acme Ltd', { exact: true })).toBeVisible();
  await expect(fact(page, 'Reached us')).toContainText('Phone, Mon, 2 Nov 2026, 16:15');
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText(
    'Corrected: client name “Jane Do” → “Jane Doe”; how they reached us Email → Phone; when they reached us Tue, 3 Nov 2026, 09:30 → Mon, 2 Nov 2026, 16:15',
  );
  expect(app.windowCalls('correctDetails')).toBe(1);

  // The acknowledgement now greets Jane Doe and names the corrected call.
  await page.getByRole('button', { name: 'Draft acknowledgement' }).click();
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(/^Dear Jane,/);
  await expect(message).toHaveValue(/\(you called me on Monday 2 November at 16:15\)/);
});

test('a withdrawn request leaves Today and the queue with its reason, and can be reopened', async ({ app, page }) => {
  const { id } = await logMistyped(app);
  await app.open('#/today');
  await expect(page.getByRole('main')).toContainText('the venue contract');
  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Withdraw…' }).click();
  await page.getByRole('button', { name: 'Withdraw request' }).click();
  await expect(page.getByLabel('Why the client no longer needs it')).toHaveAccessibleDescription('Say why the client no longer needs it.');
  await page.getByLabel('Why the client no longer needs it').fill('They found another venue.');
  await page.getByRole('button', { name: 'Withdraw request' }).dblclick();
  await expect(fact(page, 'Withdrawn')).toContainText('They found another venue.');
  await expect(page.getByRole('status')).toHaveText(
    'Request withdrawn. It has left Today and the queue; a closing note to the client is ready under Next step.',
  );
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('Withdrawn: They found another venue.');
  expect(app.windowCalls('withdraw')).toBe(2); // the empty reason, then one for the double click
  await screenshot(page, 'withdrawn-request');

  await app.open('#/today');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('the venue contract');
  await app.open('#/requests');
  await expect(tableRows(page, 'Requests')).toHaveCount(0);

  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('Reopened: round 2 starts');
  await expect(page.getByRole('term').filter({ hasText: /^Withdrawn$/ })).toHaveCount(0);
  await app.open('#/requests');
  await expect(tableRows(page, 'Requests')).toHaveCount(1);
});

test('a request logged by mistake is deleted after a question, and can be brought back until the app quits', async ({ app, page }) => {
  const { id } = await logMistyped(app);
  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this request?' });
  await expect(dialog).toContainText('“the venue contract” for Jane Do leaves every list');
  // Cancel has focus: Enter alone never deletes.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await screenshot(page, 'delete-question');
  await dialog.getByRole('button', { name: 'Delete' }).dblclick();

  await expect(page.getByRole('heading', { name: 'Requests' })).toBeVisible();
  const deleted = page.getByRole('region', { name: 'Deleted this session' });
  await expect(deleted).toContainText('the venue contract · Jane Do · deleted Tue, 3 Nov 2026, 10:00');
  expect(app.windowCalls('deleteRequest')).toBe(1);
  await app.open('#/today');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('the venue contract');

  await app.open('#/requests');
  await screenshot(page, 'deleted-this-session');
  await deleted.getByRole('button', { name: 'Undo delete' }).dblclick();
  await expect(deleted).toBeHidden();
  await expect(tableRows(page, 'Requests')).toHaveCount(1);
  expect(app.windowCalls('undoDelete')).toBe(1);
});
