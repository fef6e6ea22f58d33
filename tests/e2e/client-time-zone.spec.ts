import { expect, screenshot, test } from './harness';

// Wednesday 9 September 2026, 08:00 in London (07:00 UTC); 03:00 in New York.
test.use({ startAt: '2026-09-09T07:00:00.000Z' });

const FROM_NEW_YORK = [
  'From: Dana Reyes <dana@reyes.example>',
  'To: sam@follow.example',
  'Date: Tue, 8 Sep 2026 20:18:00 -0400',
  'Subject: The panel in March',
  'Message-ID: <panel.1@reyes.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Sam, could Alex join our panel in March?',
].join('\r\n');

test('a client who wrote from New York is told the time on her clock, and her zone can be named by hand', async ({ app, page }) => {
  await app.open('#/new');
  await page.getByRole('button', { name: 'Paste an email…' }).click();
  await page.getByLabel('The email, with its From, Date and Subject lines').fill(FROM_NEW_YORK);
  await page.getByRole('button', { name: 'Fill in from this email' }).click();
  // The form is in the assistant's time: 01:18 on Wednesday, in London.
  await expect(page.getByLabel('Date and time')).toHaveValue('2026-09-09T01:18');
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: 'the panel in March', level: 1 })).toBeVisible();

  // Her email's Date said -04:00: the drafts speak of Tuesday evening, on her clock.
  await expect(page.getByText('Addressing Dana Reyes: drafts open “Dear Dana,”; times on their clock (UTC−04:00)')).toBeVisible();
  await page.getByRole('button', { name: 'Draft acknowledgement' }).click();
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(
    /Thank you for getting in touch about the panel in March \(you emailed me on Tuesday 8 September at 20:18\)\./,
  );
  await expect(page.getByLabel('Subject')).toHaveValue('Re: The panel in March');

  // Named by hand: New York, which also follows its clock changes.
  await page.getByText('Addressing Dana Reyes').click();
  await page.getByLabel('Their time zone').selectOption('America/New_York');
  await page.getByRole('button', { name: 'Save for all their requests' }).click();
  await expect(page.getByText('times on their clock (New York)')).toBeVisible();
  await page.setViewportSize({ width: 760, height: 900 });
  await screenshot(page, 'client-time-zone');
  await page.getByRole('button', { name: 'Start again from the template' }).click();
  await expect(message).toHaveValue(/\(you emailed me on Tuesday 8 September at 20:18\)/);

  // Back to "Same as mine": the London time again.
  await page.getByText('Addressing Dana Reyes').click();
  await page.getByLabel('Their time zone').selectOption('');
  await page.getByRole('button', { name: 'Save for all their requests' }).click();
  await expect(page.getByText('Addressing Dana Reyes: drafts open “Dear Dana,”', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start again from the template' }).click();
  await expect(message).toHaveValue(/\(you emailed me on Wednesday 9 September at 01:18\)/);
});
