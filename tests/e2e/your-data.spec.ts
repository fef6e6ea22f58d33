import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { damageRequest } from '../support/damage-data';
import { requestDetails } from '../support/fixtures';
import { expect, screenshot, screenshotOf, tableRows, test, type AppHarness } from './harness';

const backupRows = (page: AppHarness['page'] extends () => infer P ? P : never) =>
  page
    .getByRole('table', { name: 'Backups, newest first' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/** Jane O'Neill's request, then a restart an hour later: the start-up backup holds her request. */
async function oneRequestBackedUp(app: AppHarness) {
  await app.call(
    'logRequest',
    requestDetails({ client: { name: 'Jane O’Neill', company: 'Acme Ltd', email: 'jane@acme.example', phone: '' } }),
  );
  app.clock.set(new Date('2026-11-02T10:00:00.000Z'));
  await app.restart();
}

test('your data: backups are listed with date, reason and size; restore asks first and keeps what it replaces', async ({ app, page }) => {
  await app.open('#/settings');
  await oneRequestBackedUp(app);
  await app.call('logRequest', requestDetails({ client: { name: 'Omar Haddad', company: '', email: 'omar@haddad.example', phone: '' } }));
  app.clock.set(new Date('2026-11-02T10:30:00.000Z'));
  await page.reload();

  const data = page.getByRole('region', { name: 'Your data', exact: true });
  await expect(data).toContainText(app.dir);
  const rows = backupRows(page);
  // Newest first: this morning's restart (one request), then the first start (none).
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/Mon, 2 Nov 2026, 10:00\s*When the app started\s*1/);
  await expect(rows.nth(1)).toContainText(/Mon, 2 Nov 2026, 09:00\s*When the app started\s*0/);

  // Restore… asks first; Cancel (or Esc) changes nothing.
  await rows
    .nth(0)
    .getByRole('button', { name: /Restore/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('Mon, 2 Nov 2026, 10:00 (1 request)');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, 'settings-restore-confirm');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await rows
    .nth(0)
    .getByRole('button', { name: /Restore/ })
    .click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(app.windowCalls('restoreBackup')).toBe(0);

  await rows
    .nth(0)
    .getByRole('button', { name: /Restore/ })
    .click();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(
    'Restored the backup of Mon, 2 Nov 2026, 10:00 (1 request). Your data as it was just before is kept as the backup of Mon, 2 Nov 2026, 10:30.',
  );
  expect(app.windowCalls('restoreBackup')).toBe(1);
  // The request logged after the backup is gone from the screens; what it replaced is the newest backup.
  await expect(page.getByRole('link', { name: /Requests/ })).toContainText('1');
  await expect(rows.nth(0)).toContainText(/10:30\s*Before a restore\s*2/);
  await screenshotOf(data, 'settings-data');
  // At the window's 760 px minimum the table still fits beside the sidebar.
  await page.setViewportSize({ width: 760, height: 860 });
  const restoreButton = await rows
    .nth(0)
    .getByRole('button', { name: /Restore/ })
    .boundingBox();
  expect(restoreButton!.x + restoreButton!.width).toBeLessThanOrEqual(760);
  await screenshotOf(data, 'settings-data-narrow');
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.getByRole('link', { name: /Requests/ }).click();
  await expect(tableRows(page, 'Requests')).toHaveCount(1);
  await expect(tableRows(page, 'Requests')).toContainText('Jane O’Neill');

  // And back again, from the backup the restore made: nothing was lost.
  await page.getByRole('link', { name: 'Settings' }).click();
  await rows
    .nth(0)
    .getByRole('button', { name: /Restore/ })
    .click();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('(2 requests)');
  await page.getByRole('link', { name: /Requests/ }).click();
  await expect(tableRows(page, 'Requests')).toHaveCount(2);
});

test('a damaged data file: moved aside, the newest backup restored, and the window says so', async ({ app, page }) => {
  await oneRequestBackedUp(app);
  await writeFile(path.join(app.dir, 'follow-through.json'), '{"schemaVersion": 2, "requests": {"r1": ');
  app.clock.set(new Date('2026-11-02T11:00:00.000Z'));
  await app.restart();
  await app.open('#/today');

  const notice = page.getByRole('region', { name: 'About your data' });
  await expect(notice).toContainText('The data file could not be used');
  await expect(notice).toContainText(`It was moved, unchanged, to ${path.join(app.dir, 'quarantine')}`);
  await expect(notice).toContainText('(1 request) was restored in its place');
  await screenshot(page, 'data-restored-notice');
  await notice.getByRole('link', { name: 'See your data and backups in Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await page.getByRole('region', { name: 'About your data' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('region', { name: 'About your data' })).toBeHidden();
  await page.getByRole('link', { name: /Requests/ }).click();
  await expect(tableRows(page, 'Requests')).toContainText('Jane O’Neill');
});

test('a request that fails its check is set aside and listed under Needs attention, not dropped', async ({ app, page }) => {
  const kept = await app.call('logRequest', requestDetails({ topic: 'the sponsorship proposal' }));
  const bad = await app.call('logRequest', requestDetails({ topic: 'the venue contract' }));
  await damageRequest(app.dir, bad.id, 'last Tuesday');
  await app.restart();
  await app.open('#/today');

  await expect(page.getByRole('region', { name: 'About your data' })).toContainText(
    'One record could not be read and was set aside: see "Needs attention" in Settings.',
  );
  await page.getByRole('link', { name: 'See your data and backups in Settings' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Jane Doe · the venue contract' });
  await expect(item).toContainText(`in follow-through.json, found Mon, 2 Nov 2026, 09:00 (request id ${bad.id})`);
  await expect(item).toContainText('event 1, at: Invalid ISO datetime');
  await expect(item).toContainText(path.join(app.dir, 'needs-attention'));
  await screenshotOf(page.getByRole('region', { name: 'Your data', exact: true }), 'settings-needs-attention');
  // A date that is not a date is not the app's to guess: no Bring back, only Export and Dismiss.
  await expect(item.getByRole('button', { name: /^Bring back/ })).toHaveCount(0);
  await item.getByRole('button', { name: 'Export Jane Doe · the venue contract' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(path.join(app.dir, 'exports'));
  // Dismiss asks first; Cancel keeps it.
  await item.getByRole('button', { name: 'Dismiss Jane Doe · the venue contract' }).click();
  const ask = page.getByRole('dialog', { name: 'Dismiss Jane Doe · the venue contract?' });
  await expect(ask).toContainText('Its file stays saved, as it was found, in needs-attention/dismissed.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: 'Dismiss Jane Doe · the venue contract' }).click();
  await ask.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Nothing. Every record passed its check when your data was loaded.')).toBeVisible();

  // The good request is untouched.
  await page.getByRole('link', { name: /Requests/ }).click();
  await expect(tableRows(page, 'Requests')).toHaveCount(1);
  await expect(tableRows(page, 'Requests')).toContainText(kept.topic);
});

test('a damaged mailbox file is said on Today and in Settings, not taken for a mailbox never connected', async ({ app, page }) => {
  await writeFile(path.join(app.dir, 'mailbox.json'), '{"account": {"address": "jo@offi');
  await app.restart();
  await app.open('#/today');
  const said =
    'The mailbox settings on this computer could not be read (the file is damaged), so the mailbox is not connected. Enter the account again in Settings → Mailbox.';
  const mailbox = page.getByRole('region', { name: 'From your mailbox' });
  await expect(mailbox.getByRole('status')).toHaveText(`${said} Open Settings`);
  await screenshot(page, 'mailbox-file-damaged-today');
  await mailbox.getByRole('link', { name: 'Open Settings' }).click();
  await expect(page.getByRole('region', { name: 'Mailbox' }).getByRole('alert')).toHaveText(said);
});

test('a request set aside for a field over its limit is brought back from Needs attention, with what was mended in its history', async ({
  app,
  page,
}) => {
  const bad = await app.call('logRequest', requestDetails({ topic: 'the venue contract' }));
  const file = path.join(app.dir, 'follow-through.json');
  const json = JSON.parse(await readFile(file, 'utf8')) as { requests: Record<string, { events: Record<string, unknown>[] }> };
  json.requests[bad.id]!.events[0]!.messageId = `<${'x'.repeat(1100)}@acme.example>`;
  await writeFile(file, JSON.stringify(json));
  await app.restart();
  await app.open('#/settings');
  const item = page.getByRole('listitem').filter({ hasText: 'Jane Doe · the venue contract' });
  await expect(item).toContainText('Bringing it back mends this: event 1, messageId was 1,115 characters long; cut to 998.');
  await screenshotOf(item, 'settings-needs-attention-repairable');
  await item.getByRole('button', { name: 'Bring back Jane Doe · the venue contract' }).dblclick();
  const said = page.getByRole('status').filter({ hasText: 'Brought back' });
  await expect(said).toHaveText('Brought back Jane Doe · the venue contract; what was mended is noted in its history. Open it');
  expect(app.windowCalls('restoreAttention')).toBe(1);
  await expect(page.getByText('Nothing. Every record passed its check when your data was loaded.')).toBeVisible();
  await said.getByRole('link', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { name: 'the venue contract', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('Note added');
  await expect(
    page.getByText('Brought back from Needs attention. Event 1, messageId was 1,115 characters long; cut to 998.'),
  ).toBeVisible();
  // After a restart it is still there, and nothing needs attention.
  await app.restart();
  await app.open('#/requests');
  await expect(tableRows(page, 'Requests')).toContainText('the venue contract');
});
