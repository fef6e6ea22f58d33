import { requestDetails } from '../support/fixtures';
import { expect, screenshot, test } from './harness';

test.use({ startAt: '2026-11-03T10:00:00.000Z' });

// The harness starts where a user who skipped the first-run setup stands: no name, no signature.
test('with setup skipped, the draft asks for the name to sign with, and every draft after it is signed', async ({ app, page }) => {
  const jane = await app.call('logRequest', requestDetails());
  const omar = await app.call(
    'logRequest',
    requestDetails({ client: { name: 'Omar Haddad', company: '', email: 'omar@example.com', phone: '' } }),
  );
  await app.open(`#/request/${jane.id}/draft/acknowledgement`);
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(/\n\nKind regards,$/);
  const signAs = page.getByRole('group', { name: /with no name: setup was skipped/ });
  await expect(signAs).toBeVisible();

  // Nothing typed: said under the field, and nothing saved.
  await signAs.getByRole('button', { name: 'Sign with this name' }).click();
  await expect(signAs.getByRole('alert')).toHaveText('Type the name to sign with.');

  await page.setViewportSize({ width: 760, height: 900 });
  await screenshot(page, 'draft-sign-as');
  await signAs.getByLabel('Sign as').fill('Dana O’Brien');
  await signAs.getByLabel('Sign as').press('Enter');
  await expect(message).toHaveValue(/\n\nKind regards,\nDana O’Brien$/);
  await expect(signAs).toHaveCount(0);

  // The next draft, on another request, is signed too; Settings has the name.
  await app.open(`#/request/${omar.id}/draft/acknowledgement`);
  await expect(message).toHaveValue(/\n\nKind regards,\nDana O’Brien$/);
  await expect(page.getByRole('group', { name: /with no name/ })).toHaveCount(0);
  await app.open('#/settings');
  await expect(page.getByLabel('Your name')).toHaveValue('Dana O’Brien');
});

test('a draft already edited keeps its edits when it is signed', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails());
  await app.open(`#/request/${id}/draft/acknowledgement`);
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(/^Dear Jane,/);
  await message.fill('Dear Jane,\n\nThank you: I have this in hand.\n\nKind regards,');
  await page.getByLabel('Sign as').fill('Dana Lee');
  await page.getByRole('button', { name: 'Sign with this name' }).click();
  await expect(message).toHaveValue('Dear Jane,\n\nThank you: I have this in hand.\n\nKind regards,\nDana Lee');
});
