import type { Page } from '@playwright/test';
import { APP_URL, expect, openAction, screenshot, test } from './harness';

test.use({ startAt: '2026-11-02T09:00:00.000Z' });

// What a pasted email or a mischievous colleague might put in a field.
const SCRIPT = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;
const LINK = `javascript:window.__pwned='link'`;
const URL_TEXT = 'https://evil.example/phish';
const ANCHOR = `<a href="${URL_TEXT}" target="_blank">open me</a>`;

/** Everything that would show the text ran: a dialog, a new window, a navigation away, a request to anywhere else. */
function watch(page: Page): string[] {
  const seen: string[] = [];
  const origin = new URL(APP_URL).origin;
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => seen.push(`popup: ${popup.url()}`));
  page.context().on('page', (opened) => opened !== page && seen.push(`window: ${opened.url()}`));
  page.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(`${origin}/`)) seen.push(`navigated: ${frame.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) seen.push(`request: ${request.url()}`);
  });
  return seen;
}

/** Nothing ran: no marker set, no link the text made, still on the app's page in one window. */
async function expectNothingRan(page: Page, seen: string[]) {
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"], a[href*="evil.example"], img[src="x"], script:not([src])')).toHaveCount(0);
  expect(page.url().startsWith(new URL(APP_URL).origin)).toBe(true);
  expect(page.context().pages()).toHaveLength(1);
  expect(seen).toEqual([]);
}

/** A screen from the sidebar. */
const go = (page: Page, screen: string) =>
  page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^${screen}`) })
    .click();

test('a link or a script typed into any field shows as text and can neither run, navigate nor open a window', async ({ app, page }) => {
  const seen = watch(page);
  await app.open('#/new');
  await page.getByLabel('Name').fill(SCRIPT);
  await page.getByLabel('Company').fill(LINK);
  await page.getByLabel('Email').fill('jane@acme.example'); // so the email draft is offered
  await page.getByLabel('Topic').fill(`${URL_TEXT} ${ANCHOR}`);
  await page.getByLabel('Details').fill(`${ANCHOR}\n${LINK}\n${SCRIPT}`);
  await page.getByRole('button', { name: 'Save request' }).click();

  // The request page shows every field exactly as typed, as text.
  const topic = `${URL_TEXT} ${ANCHOR}`;
  await expect(page.getByRole('heading', { name: topic })).toBeVisible();
  await expect(page.getByText(`${SCRIPT} · ${LINK}`, { exact: true })).toBeVisible();
  // Clicking the text that looks like a link does nothing.
  await page.getByRole('heading', { name: topic }).click();
  await page.getByRole('heading', { name: topic }).dblclick();

  // Every text field on the request page gets the same treatment, then its action.
  await openAction(page, 'Log a contact');
  await page.getByLabel('What they said (optional)').fill(`${SCRIPT} ${LINK}`);
  await page.getByLabel('When').fill('2026-11-02T08:30');
  await page.getByRole('button', { name: 'Log client contact' }).click();
  await expect(page.getByText(`${SCRIPT} ${LINK}`).first()).toBeVisible();
  await openAction(page, 'Research note');
  await page.getByLabel('Note', { exact: true }).fill(ANCHOR);
  await page.getByLabel('Whom you asked').fill(SCRIPT);
  await page.getByLabel('On whose behalf').fill(LINK);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText(ANCHOR, { exact: true }).first()).toBeVisible();
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill(`${SCRIPT}\n${ANCHOR}`);
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText(SCRIPT).first()).toBeVisible();

  // The drafts quote the text as text; editing a draft to hold more of it changes nothing either.
  await page
    .getByRole('button', { name: /^Draft / })
    .first()
    .click();
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(new RegExp(URL_TEXT.replace(/[.]/g, '\\.')));
  await message.fill(`${await message.inputValue()}\n${SCRIPT}\n${LINK}`);
  await screenshot(page, 'hostile-text-request');
  await expectNothingRan(page, seen);

  // The lists, the search box and Settings.
  await go(page, 'Requests');
  await page.getByRole('searchbox').fill(`${SCRIPT} ${LINK}`);
  await page.getByRole('searchbox').press('Enter');
  await go(page, 'Today');
  await go(page, 'Settings');
  await page.getByLabel('Your name').fill(SCRIPT);
  await page.getByLabel('Signature').fill(`${ANCHOR}\n${LINK}`);
  await page.getByLabel('Boss 1', { exact: true }).fill("<script>alert('boss')</script>");
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await go(page, 'Requests');
  await go(page, 'Today');
  await page.keyboard.press('Enter');
  await expectNothingRan(page, seen);
  expect(app.system().opened).toEqual([]);
});
