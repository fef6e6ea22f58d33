import { expect, fact, screenshot, screenshotOf, test } from './harness';

// Monday 2 November 2026, 09:00 London time. Jane Doe phoned at 08:30 and prefers the phone.
test.use({ startAt: '2026-11-02T09:00:00.000Z' });

const TOPIC = 'the spring gala sponsorship';

test('a phoned-in request over two weeks: a call script used once, a voicemail left once, an email edited; the history, the dates and the unedited share', async ({
  app,
  page,
}) => {
  // Settings: who the assistant is, and the number a voicemail gives.
  await app.open('#/settings');
  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByLabel('Callback number').fill('020 7946 0000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('link', { name: '+ New request' }).click();
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Email').fill('jane@acme.example');
  await page.getByLabel('Channel').selectOption('phone');
  await page.getByLabel('Date and time').fill('2026-11-02T08:30');
  await page.getByLabel('Topic').fill(TOPIC);
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: TOPIC })).toBeVisible();

  // Day 1: she phoned, so the acknowledgement also comes as a call script.
  const composer = page.getByRole('region', { name: 'Message to Jane Doe' });
  await composer.getByRole('tab', { name: 'Acknowledgement' }).click();
  await composer.getByRole('radio', { name: 'Call script' }).check();
  await composer.getByRole('button', { name: 'Draft acknowledgement call script' }).click();
  const script = composer.getByRole('textbox', { name: 'Call script' });
  await expect(script).toHaveValue(
    'Hello Jane,\n\nThis is Sam Patel.\n\nI’m calling about the spring gala sponsorship: you called me on Monday 2 November at 8:30 am. Thank you for getting in touch. I have it in hand.\n\nYou’ll hear from me by Friday 6 November at the latest. If you’d like a word before then, do call me any time in the coming week.',
  );
  await expect(composer.getByText(/^About \d+ seconds spoken\.$/)).toBeVisible();
  await screenshotOf(composer, 'draft-call-script');
  await composer.getByRole('button', { name: 'Log call made' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Acknowledgement logged as a call made.' })).toBeVisible();
  await expect(fact(page, 'Next update due')).toHaveText('Fri 6 Nov');

  // Friday: no answer on the line, so a voicemail, with the callback number said twice.
  await app.advanceTo('2026-11-06T09:00:00.000Z');
  await composer.getByRole('tab', { name: 'Status update' }).click();
  await composer.getByRole('radio', { name: 'Voicemail script' }).check();
  await composer.getByRole('button', { name: 'Draft status update voicemail script' }).click();
  const voicemail = composer.getByRole('textbox', { name: 'Voicemail script' });
  await expect(voicemail).toHaveValue(/you called me on Monday 2 November at 8:30 am\./);
  // After an update, the next with nothing new comes a week on, when she would otherwise call.
  await expect(voicemail).toHaveValue(/I’ll be in touch again by Friday 13 November, or sooner if there’s news\./);
  await expect(voicemail).toHaveValue(/You can reach me on 020 7946 0000\. That’s 020 7946 0000\. Thank you, goodbye\.$/);
  await screenshotOf(composer, 'draft-voicemail-script');
  await composer.getByRole('button', { name: 'Log voicemail left' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status update logged as a voicemail left.' })).toBeVisible();
  await expect(fact(page, 'Next update due')).toHaveText('Fri 13 Nov');

  // Friday 13th: an email this time, with a line of the assistant's own.
  await app.advanceTo('2026-11-13T09:00:00.000Z');
  await composer.getByRole('tab', { name: 'Status update' }).click();
  await composer.getByRole('radio', { name: 'Email', exact: true }).check();
  await composer.getByRole('button', { name: 'Draft status update' }).click();
  const message = composer.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(/^Dear Jane,\n\nI wanted to give you an update on the spring gala sponsorship/);
  await message.fill(`${await message.inputValue()}\n\nP.S. The venue has confirmed the date.`);
  await composer.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status update marked as sent.' })).toBeVisible();
  await expect(fact(page, 'Next update due')).toHaveText('Fri 20 Nov');

  // Two weeks in: the history shows the call and the voicemail, each as what it was.
  await app.advanceTo('2026-11-16T09:00:00.000Z');
  const history = page.getByRole('list', { name: 'Conversation' });
  await expect(history).toContainText('Called the client (acknowledgement): “Call about the spring gala sponsorship”');
  await expect(history).toContainText('Left a voicemail (status update): “Update voicemail about the spring gala sponsorship”');
  await expect(history).toContainText('Status update sent: “Update on the spring gala sponsorship”');
  await expect(fact(page, 'Next update due')).toHaveText('Fri 20 Nov');

  // Settings: two of three went out unedited; the edited kind links to its template.
  await app.open('#/settings');
  const shares = page.getByRole('region', { name: 'Drafts sent as written' });
  await expect(shares).toContainText('67% 2 of 3 drafts went out as the app wrote them.');
  const row = (name: string) => shares.getByRole('row', { name: new RegExp(`^${name} \\d`) });
  await expect(row('Acknowledgement call script').getByRole('cell')).toHaveText(['1', '1', '100%']);
  await expect(row('Status update voicemail script').getByRole('cell')).toHaveText(['1', '1', '100%']);
  await expect(row('Status update').getByRole('cell')).toHaveText(['1', '0', '0%']);
  await expect(shares).toContainText('Edited most often: status update.');
  await screenshotOf(shares, 'settings-unedited-share');
  await shares.getByRole('button', { name: 'Improve its template' }).click();
  await expect(page.getByRole('group').getByLabel('Body').and(page.locator(':focus'))).toHaveValue(/\{\{standing\}\}/);
  await screenshot(page, 'settings-template-opened');
});
