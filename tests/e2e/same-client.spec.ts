import { requestDetails } from '../support/fixtures';
import { expect, screenshot, test } from './harness';

test.use({ startAt: '2026-11-03T10:00:00.000Z' });

test('New request warns when the client already has an open request, and still saves a second one', async ({ app, page }) => {
  const client = { name: 'Jane Doe', company: 'Acme Ltd', email: 'jane@acme.example', phone: '' };
  await app.call('logRequest', requestDetails({ client, topic: 'the venue contract' }));
  await app.open('#/new');
  const notice = page.getByRole('status').filter({ hasText: 'already has' });

  // By name, as typed: the request is named and one click away.
  await page.getByLabel('Name').fill('jane doe');
  await expect(notice).toContainText(
    'Jane Doe already has an open request. If this is about it, log it there as a contact instead, so they get one answer.',
  );
  await expect(notice.getByRole('link', { name: 'the venue contract' })).toBeVisible();
  // Another name: nothing to say.
  await page.getByLabel('Name').fill('Jane Smith');
  await expect(notice).toHaveCount(0);
  // By address, whatever the name.
  await page.getByLabel('Email').fill('JANE@acme.example');
  await expect(notice.getByRole('link', { name: 'the venue contract' })).toBeVisible();

  // Only a warning: the second request is saved.
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Topic').fill('the speaker list');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: 'the speaker list', level: 1 })).toBeVisible();

  await app.open('#/new');
  await page.getByLabel('Email').fill('jane@acme.example');
  await expect(notice).toContainText('Jane Doe already has 2 open requests. If this is about one of them, log it there');
  await page.setViewportSize({ width: 760, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'new-request-same-client');
  await page.emulateMedia({ colorScheme: 'light' });
  await notice.getByRole('link', { name: 'the venue contract' }).click();
  await expect(page.getByRole('heading', { name: 'the venue contract', level: 1 })).toBeVisible();
});
