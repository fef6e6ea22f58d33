import { requestDetails } from '../support/fixtures';
import { expect, test } from './harness';

// Issue 31, item 27: after each action, focus stays on the next useful control, never the page body.
test.use({ startAt: '2026-11-03T10:00:00.000Z' });

test('keyboard only: each action leaves focus on the next useful control', async ({ app, page }) => {
  const ids: string[] = [];
  for (const name of ['Jane Doe', 'Liam O’Neill', 'Ann Bee']) {
    const client = { name, company: '', email: 'client@example.com', phone: '' };
    ids.push((await app.call('logRequest', requestDetails({ client, contact: { channel: 'email', at: '2026-11-02T09:30:00.000Z' } }))).id);
  }
  const body = () => page.evaluate(() => document.activeElement === document.body);
  const message = page.getByLabel('Message', { exact: true });

  // Today's draft button: the request opens with the draft, and the cursor is in it.
  await app.open('#/today');
  await page.getByRole('button', { name: 'Draft acknowledgement for Jane Doe' }).focus();
  await page.keyboard.press('Enter');
  await expect(message).toBeFocused();
  await page.getByRole('button', { name: 'Mark as sent' }).click();

  // Today's Ask: Jane's row leaves; the selection moves to the row now in its place.
  await app.open('#/today');
  await page.getByRole('button', { name: /^Ask .* for Jane Doe$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo the ask for Jane Doe' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Liam O’Neill' })).toBeFocused();

  // U on a selected row: the update drafted, the cursor in it.
  await app.open('#/today');
  await page.getByRole('link', { name: 'Ann Bee' }).focus();
  await page.keyboard.press('u');
  await expect(message).toBeFocused();

  // On the request: after Ask boss again, focus stays in the ask.
  await app.open(`#/request/${ids[0]}`);
  const askAgain = page.getByRole('button', { name: 'Ask boss again' });
  await askAgain.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: '2 of 3 asks' })).toBeVisible();
  // The button itself, or the note beside it when the button was still disabled as the view came back.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id === 'ask-note' || document.activeElement?.textContent === 'Ask boss again'))
    .toBe(true);
  // The third ask parks it: focus goes to the first of the choices.
  await askAgain.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Park until the boss raises it' })).toBeFocused();
  // A park choice takes its buttons away: focus goes on to the next step's first control.
  await page.getByRole('button', { name: /^Re-ask in 2 weeks/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Comes back for round 2 on/)).toBeVisible();
  await expect.poll(body).toBe(false);
  // Bring it back now: the ask is where focus lands.
  await page.getByRole('button', { name: 'Bring it back now' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#ask-note')).toBeFocused();

  // Today's Undo: the line goes, the row comes back in its place, and it is the selection again.
  const acknowledged = { subject: 'Your request', body: '', proposalId: null };
  await app.call('markSent', { id: ids[1]!, kind: 'acknowledgement', medium: 'email', used: acknowledged });
  await app.open('#/today');
  await page.getByRole('button', { name: /^Ask .* for Liam O’Neill$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Undo the ask for Liam O’Neill' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo the ask for Liam O’Neill' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Liam O’Neill' })).toBeFocused();

  // Reopen: the closed request's next step is to acknowledge again, and focus is in it.
  const ann = await app.call('getRequest', { id: ids[2]! });
  await app.call('withdraw', { id: ids[2]!, version: ann.version, reason: 'They found another venue.' });
  await app.open(`#/request/${ids[2]}`);
  await page.getByRole('button', { name: 'Reopen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Reopen' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Acknowledgement' })).toBeFocused();

  // Delete, confirmed: Requests starts at its heading, as Outlook goes back to the list.
  await page.getByRole('button', { name: 'Delete…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Requests', level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Undo delete' }).focus();
  // Undo delete: the panel goes, and the request brought back is the list's selection.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Deleted this session' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ann Bee' })).toBeFocused();

  // Ctrl+2: the Requests screen starts at its heading.
  await app.open('#/today');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Requests', level: 1 })).toBeFocused();
});
