import type { Page } from '@playwright/test';
import { expect, test } from './harness';

test.use({ startAt: '2026-11-04T09:00:00.000Z' });

/** Presses Tab until the focused control has this accessible name (a keyboard user looking for it), at most 40 times. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      const label = el?.labels?.[0]?.textContent;
      return (el?.getAttribute('aria-label') ?? label ?? el?.innerText ?? '').trim();
    });
    // A field's label may carry a "required" mark after its name.
    if (focused === name || focused.startsWith(`${name} `)) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

test('keyboard only: Ctrl+N, type the request, Enter, draft the acknowledgement, Mark as sent; nothing typed is lost', async ({
  app,
  page,
}) => {
  await app.open('#/today');
  await page.keyboard.press('Control+n');
  // Typing starts at once, in Name: nothing typed first is lost.
  await page.keyboard.type("Siobhán O'Neill");
  await page.keyboard.press('Tab'); // Company
  await page.keyboard.press('Tab'); // Email
  await page.keyboard.type('siobhan@acme.example');
  await expect(page.getByLabel('Name')).toHaveValue("Siobhán O'Neill");
  await tabTo(page, 'Topic'); // past Phone, the channel and the contact time, which keep their defaults
  await page.keyboard.type('the gala tickets');
  await page.keyboard.press('Enter');

  // The request opens at its heading; the acknowledgement's Draft button is a few Tabs on.
  await expect(page.getByRole('heading', { name: 'the gala tickets', level: 1 })).toBeFocused();
  await tabTo(page, 'Draft acknowledgement');
  await page.keyboard.press('Enter');
  // The draft arrives and takes focus; it names the client as typed, apostrophe and all.
  const body = page.getByLabel('Message', { exact: true });
  await expect(body).toBeFocused();
  await expect(body).toHaveValue(/^Dear Siobhán,\n\nThank you for getting in touch about the gala tickets/);
  await tabTo(page, 'Mark as sent');
  await page.keyboard.press('Enter');
  // What happened is said, and focus is there, not back at the top of the page.
  const status = page.getByRole('status').filter({ hasText: 'Acknowledgement marked as sent.' });
  await expect(status).toBeFocused();
});

test('Ctrl+N puts the cursor in Name before the next key is handled, however fast it comes', async ({ app, page }) => {
  await app.open('#/today');
  // Keys typed in a burst on a busy machine are handled before any other task: before a
  // hashchange or a timer. So the form must be open and focused before this key's task ends.
  const focused = await page.evaluate(async () => {
    const ctrlN = { key: 'n', code: 'KeyN', ctrlKey: true, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new KeyboardEvent('keydown', ctrlN));
    await Promise.resolve();
    return (document.activeElement as HTMLElement | null)?.getAttribute('name');
  });
  expect(focused).toBe('name');
});
