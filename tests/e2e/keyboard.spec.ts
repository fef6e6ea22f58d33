import type { Page } from '@playwright/test';
import { requestDetails } from '../support/fixtures';
import { makeEml } from '../support/make-email';
import { pushToWindow } from '../support/bind-window';
import { expect, screenshot, tableRows, test, type AppHarness } from './harness';

test.use({ startAt: '2026-11-03T10:00:00.000Z' });

/** Three requests from three clients, all waiting on the boss, logged yesterday. */
async function logThree(app: AppHarness) {
  const clients = [
    { name: 'Jane Doe', company: 'Acme Ltd', email: 'jane@acme.example', topic: 'the venue contract' },
    { name: "Liam O'Neill", company: 'Brightside', email: 'liam@brightside.example', topic: 'the sponsorship proposal' },
    { name: 'Siobhán Kelly', company: 'Kelly & Co', email: 'siobhan@kelly.example', topic: 'the speaking slot' },
  ];
  const ids: string[] = [];
  for (const c of clients) {
    const { id } = await app.call(
      'logRequest',
      requestDetails({
        client: { name: c.name, company: c.company, email: c.email, phone: '' },
        contact: { channel: 'email', at: '2026-11-02T09:30:00.000Z' },
        topic: c.topic,
      }),
    );
    // Acknowledged, so each stands on Today only for the ask to the boss.
    const view = await app.call('getRequest', { id });
    await app.call('markSent', {
      id,
      version: view.version,
      kind: 'acknowledgement',
      medium: 'email',
      used: { subject: 'Re: your request', body: '', proposalId: null },
    });
    ids.push(id);
  }
  return ids;
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
/** Whether the focused element shows its focus ring, as the user would see it. */
const focusRingShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return !!el && el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none';
  });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const press = (page: Page, key: string) => page.keyboard.press(key);

test('arrows move through Today, A asks the boss on the selected row, U drafts the update, Enter opens and Esc goes back', async ({
  app,
  page,
}) => {
  await logThree(app);
  await app.open('#/today');
  const rows = page.getByRole('main').locator('li.today-row');
  /** The client link that selects row `i`. */
  const rowLink = (i: number) => rows.nth(i).getByRole('link').first();
  await expect(rows).toHaveCount(3);

  await press(page, 'ArrowDown');
  await expect(rowLink(0)).toBeFocused();
  expect(await focusRingShown(page)).toBe(true);
  await press(page, 'ArrowDown');
  await expect(rowLink(1)).toBeFocused();
  await press(page, 'End');
  await expect(rowLink(2)).toBeFocused();
  await press(page, 'ArrowDown'); // already the last: stays
  await expect(rowLink(2)).toBeFocused();
  await press(page, 'Home');
  await expect(rowLink(0)).toBeFocused();
  await press(page, 'ArrowDown');
  const second = await focusedText(page);
  await screenshot(page, 'keyboard-today-selected');

  // A: asks that row's boss once; the row leaves Today (an Undo line stands in its place) and the next one is selected.
  await press(page, 'a');
  await expect(rows).toHaveCount(2);
  expect(app.windowCalls('askBoss')).toBe(1);
  await expect(rows.filter({ hasText: second })).toHaveCount(0);
  // Its place shows what was done, with Undo, for ten seconds.
  await expect(page.getByRole('button', { name: `Undo the ask for ${second}` })).toBeVisible();
  await expect(rowLink(1)).toBeFocused();

  // Enter opens the selected request; Esc comes back to Today.
  const selected = await focusedText(page);
  await press(page, 'Enter');
  await expect(heading(page)).toContainText(/venue contract|sponsorship proposal|speaking slot/);
  await expect(page.getByText(selected, { exact: false }).first()).toBeVisible();
  await press(page, 'Escape');
  await expect(heading(page)).toHaveText('Today');

  // U: the update to that client, drafted.
  await press(page, 'ArrowDown');
  await press(page, 'u');
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(/Dear /);
  await expect(page).toHaveURL(/\/draft\/update$/);
  // The cursor is in the draft, as after Ctrl+N in Name: the first Esc leaves it, the next goes back.
  await expect(page.getByLabel('Message', { exact: true })).toBeFocused();
  await press(page, 'Escape');
  await expect(heading(page)).not.toHaveText('Today');
  await press(page, 'Escape');
  await expect(heading(page)).toHaveText('Today');
  expect(app.windowCalls('askBoss')).toBe(1);
});

test('Ctrl+N, Ctrl+1..4, Ctrl+K and / reach every screen; Esc goes back through them', async ({ app, page }) => {
  await logThree(app);
  await app.open('#/today');
  await press(page, 'Control+n');
  await expect(heading(page)).toHaveText('New request');
  await press(page, 'Control+2');
  await expect(heading(page)).toHaveText('Requests');
  await press(page, 'Control+3');
  await expect(heading(page)).toHaveText('Parked');
  await press(page, 'Control+4');
  await expect(heading(page)).toHaveText('Settings');
  await press(page, 'Control+1');
  await expect(heading(page)).toHaveText('Today');

  // Back, one screen at a time, to where the window started.
  for (const screen of ['Settings', 'Parked', 'Requests', 'New request', 'Today']) {
    await press(page, 'Escape');
    await expect(heading(page)).toHaveText(screen);
    if (screen === 'New request') {
      // The page starts in Name: the first Esc leaves the field, the next goes back.
      await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
      await press(page, 'Escape');
      await expect(page.getByRole('textbox', { name: 'Name', exact: true })).not.toBeFocused();
      await expect(heading(page)).toHaveText('New request');
    }
  }

  // Ctrl+K: the request list with the cursor in its search box.
  await press(page, 'Control+k');
  const search = page.getByLabel('Search');
  await expect(search).toBeFocused();
  await search.pressSequentially("o'neill");
  await expect(tableRows(page, 'Requests')).toHaveCount(1);
  // In the box, Esc and / are the box's own: the window stays put.
  await press(page, '/');
  await expect(search).toHaveValue("o'neill/");
  await press(page, 'Escape');
  await expect(heading(page)).toHaveText('Requests');
  // Chords with Ctrl still work from a text field.
  await press(page, 'Control+1');
  await expect(heading(page)).toHaveText('Today');
  // /: the same search, from anywhere else.
  await press(page, '/');
  await expect(page.getByLabel('Search')).toBeFocused();
  // A name pasted from an email has a curly apostrophe, and one typed without its accent: both find.
  await page.getByLabel('Search').fill('O’Neill');
  await expect(tableRows(page, 'Requests')).toHaveText([/Liam O'Neill/]);
  await page.getByLabel('Search').fill('siobhan kelly');
  await expect(tableRows(page, 'Requests')).toHaveText([/Siobhán Kelly/]);
});

test('? shows every shortcut; Esc closes it; keys typed into a form stay in the form', async ({ app, page }) => {
  await app.open('#/today');
  await press(page, '?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  for (const [label, keys] of [
    ['New request', 'Ctrl+N'],
    ['Search requests', 'Ctrl+K or /'],
    ['Today', 'Ctrl+1'],
    ['Requests', 'Ctrl+2'],
    ['Parked', 'Ctrl+3'],
    ['Settings', 'Ctrl+4'],
    ['Back', 'Esc or Ctrl+[ or Alt+←'],
    ['Keyboard shortcuts', '? or Ctrl+/'],
    ['Ask the boss about the selected request', 'A'],
    ['Draft an update to the selected client', 'U'],
  ]) {
    const row = overlay.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(keys!);
  }
  await screenshot(page, 'keyboard-shortcuts');
  // At the window's minimum size the list scrolls inside the dialog, with Close reachable.
  await page.setViewportSize({ width: 760, height: 520 });
  await overlay.getByRole('button', { name: 'Close' }).scrollIntoViewIfNeeded();
  await expect(overlay.getByRole('button', { name: 'Close' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/keyboard-shortcuts-narrow.png' });
  await page.setViewportSize({ width: 1280, height: 860 });
  // While it is open, other shortcuts wait.
  await press(page, 'Control+2');
  await expect(heading(page)).toHaveText('Today');
  await press(page, 'Escape');
  await expect(overlay).toBeHidden();
  await expect(heading(page)).toHaveText('Today');
  await press(page, 'Control+/');
  await expect(overlay).toBeVisible();
  await overlay.getByRole('button', { name: 'Close' }).click();
  await expect(overlay).toBeHidden();

  // Typing a topic with every shortcut letter in it: it all lands in the field.
  await press(page, 'Control+n');
  const topic = page.getByLabel('Topic');
  await topic.click();
  await topic.pressSequentially('a u / ? date');
  await expect(topic).toHaveValue('a u / ? date');
  await expect(heading(page)).toHaveText('New request');
  await expect(overlay).toBeHidden();
});

test('the request list answers the same row keys', async ({ app, page }) => {
  await logThree(app);
  await app.open('#/requests');
  await expect(tableRows(page, 'Requests')).toHaveCount(3);
  await press(page, 'ArrowDown');
  await expect(tableRows(page, 'Requests').nth(0).getByRole('link')).toBeFocused();
  await press(page, 'ArrowDown');
  await expect(tableRows(page, 'Requests').nth(1).getByRole('link')).toBeFocused();
  const client = await focusedText(page);
  const row = tableRows(page, 'Requests').filter({ hasText: client });
  await expect(row.getByRole('img', { name: /0 of 3/ })).toBeVisible();
  await press(page, 'a');
  // The request stays in the list with its first strike, and stays selected wherever it now sorts.
  await expect(row.getByRole('img', { name: /1 of 3/ })).toBeVisible();
  await expect(row.getByRole('link', { name: client })).toBeFocused();
  expect(app.windowCalls('askBoss')).toBe(1);
  await press(page, 'u');
  await expect(page).toHaveURL(/\/draft\/update$/);
  // The cursor is in the draft: the first Esc leaves it, the next goes back.
  await expect(page.getByLabel('Message', { exact: true })).toBeFocused();
  await press(page, 'Escape');
  await expect(heading(page)).not.toHaveText('Requests');
  await press(page, 'Escape');
  await expect(heading(page)).toHaveText('Requests');
});

test('the native menu and the tray send the same commands; an email opened with the app fills New request', async ({ app, page }) => {
  await app.open('#/today');
  await pushToWindow(page, 'command', 'go-parked');
  await expect(heading(page)).toHaveText('Parked');
  await pushToWindow(page, 'command', 'show-shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await press(page, 'Escape');
  await pushToWindow(page, 'command', 'new-request');
  await expect(heading(page)).toHaveText('New request');
  await pushToWindow(page, 'command', 'back');
  await expect(heading(page)).toHaveText('Parked');

  const eml = await makeEml({
    fromName: 'Jane Doe',
    from: 'jane@acme.example',
    subject: 'Re: The venue contract',
    date: '2026-11-03T08:12:00Z',
    text: 'Could you ask whether we can sign by Friday?',
  });
  await pushToWindow(page, 'emailOpened', { kind: 'file', fileName: 'venue.eml', base64: eml.toString('base64') });
  await expect(heading(page)).toHaveText('New request');
  await expect(page.getByLabel('Topic')).toHaveValue('the venue contract');
  await expect(page.getByLabel('Name')).toHaveValue('Jane Doe');
});

test('focus is always visible: every Tab stop on the main screens shows its ring', async ({ app, page }) => {
  const [id] = await logThree(app);
  for (const route of ['#/today', '#/requests', `#/request/${id}`, '#/new', '#/settings']) {
    await app.open(route);
    await expect(heading(page)).toBeVisible();
    const unseen: string[] = [];
    for (let stop = 0; stop < 40; stop++) {
      await press(page, 'Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return {
          ring,
          name: `${el.tagName.toLowerCase()}#${el.id} “${(el.getAttribute('aria-label') ?? el.textContent ?? el.id).trim().slice(0, 40)}”`,
        };
      });
      if (seen && !seen.ring) unseen.push(seen.name);
    }
    expect(unseen, route).toEqual([]);
  }
});
