import { readFileSync } from 'node:fs';
import { expect, fact, openAction, screenshot, test } from './harness';

test.use({ startAt: '2026-11-04T10:00:00.000Z' });

test('no phone tag, research in case, and reopening a closed request', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByLabel('Name').fill('Omar Haddad');
  await page.getByLabel('Email').fill('omar@northwind.example');
  await page.getByLabel('Phone').fill('+44 20 7946 0222');
  await page.getByLabel('Channel').selectOption('voicemail');
  await page.getByLabel('Date and time').fill('2026-11-04T08:05');
  await page.getByLabel('Topic').fill('a guest pass for the board dinner');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: 'a guest pass for the board dinner' })).toBeVisible();

  // Propose a specific call time and export it as a calendar invitation.
  await openAction(page, 'Propose a call');
  await page.getByLabel('Call time').fill('2026-11-10T14:00');
  await page.getByLabel('Minutes').selectOption('15');
  await page.getByRole('button', { name: 'Propose call' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Call proposed for Tue, 10 Nov 2026, 14:00. To tell Omar Haddad, draft the call proposal in the message to them.',
  );
  await expect(fact(page, 'Call')).toContainText('Tue, 10 Nov 2026, 14:00 (15 minutes)');
  await page.getByRole('button', { name: 'Save invitation (.ics)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '.ics' })).toContainText('Call a guest pass for the board dinner.ics');
  const ics = readFileSync(app.system().saved.at(-1)!, 'utf8');
  expect(ics).toContain('DTSTART:20261110T140000Z');
  expect(ics).toContain('DURATION:PT15M');
  expect(ics).toContain('mailto:omar@northwind.example');
  const proposal = page.getByLabel('Message', { exact: true });
  await page.getByRole('tab', { name: 'Call proposal' }).click();
  await page.getByRole('button', { name: 'Draft call proposal' }).click();
  await expect(proposal).toHaveValue(
    /About a guest pass for the board dinner, which you raised when you left me a voicemail on Wednesday 4 November at 08:05: it would help to speak briefly\. Would Tuesday 10 November at 14:00 suit you\?/,
  );

  // Research just in case, flagged so nobody takes it for the boss's answer.
  await openAction(page, 'Research note');
  await page.getByLabel('Note', { exact: true }).fill('The venue can add one more seat until Friday.');
  await page.getByLabel('Whom you asked').fill('the events team');
  await page.getByLabel('On whose behalf').fill('Alex Morgan');
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('list', { name: 'Research notes' }).getByRole('listitem');
  await expect(note).toContainText('Asked only in case, not decided');
  await expect(note).toContainText('The venue can add one more seat until Friday.');
  await expect(note).toContainText('Asked the events team · on behalf of Alex Morgan');
  await expect(page.getByText('Note added: asked the events team (asked only in case, not decided)')).toBeVisible();
  await screenshot(page, 'request-client-side');

  // Decide, answer, close; then reopen when the client comes back to it.
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill('Yes, one guest pass.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await page.getByRole('tab', { name: 'Answer' }).click();
  await page.getByRole('button', { name: 'Draft answer' }).click();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('group', { name: 'Status' })).toContainText('Closed');
  await expect(page.getByText('Answer sent: “a guest pass for the board dinner: an answer”; request closed')).toBeVisible();
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('group', { name: 'Status' })).toContainText('Waiting on boss');
  await expect(page.getByText('Reopened: round 2 starts, waiting on the boss again')).toBeVisible();
});

test('a client contact time in the future is refused with a message, and what was typed stays', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByLabel('Name').fill('Omar Haddad');
  await page.getByLabel('Topic').fill('a guest pass');
  await page.getByRole('button', { name: 'Save request' }).click();
  await openAction(page, 'Log a contact');
  await page.getByLabel('When').fill('2026-11-04T12:00');
  await page.getByLabel('What they said (optional)').fill('will call back');
  await page.getByRole('button', { name: 'Log client contact' }).click();
  await expect(page.getByRole('alert')).toHaveText('That time is in the future. Enter when the client actually got in touch.');
  await expect(page.getByLabel('What they said (optional)')).toHaveValue('will call back');
});
