import { existsSync } from 'node:fs';
import { addDays, format } from 'date-fns';
import { expect, fact, openAction, screenshot, tableRows, test, type AppHarness } from './harness';
import type { Page } from '@playwright/test';

// Monday 2 November 2026, 09:00 London time. Jane emailed at 08:30.
test.use({ startAt: '2026-11-02T09:00:00.000Z' });

const TOPIC = 'the sponsorship proposal for the spring gala';

async function logRequest(page: Page) {
  await page.getByRole('link', { name: '+ New request' }).click();
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Company').fill('Acme Ltd');
  await page.getByLabel('Email').fill('jane@acme.example');
  await page.getByLabel('Date and time').fill('2026-11-02T08:30');
  await page.getByLabel('Topic').fill(TOPIC);
  await page.getByRole('button', { name: 'Save request' }).click();
  await expect(page.getByRole('heading', { name: TOPIC })).toBeVisible();
}

async function draft(page: Page, tab: string, button: string) {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('button', { name: button }).click();
  return page.getByLabel('Message', { exact: true });
}

async function markSent(page: Page, what: string) {
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${what} marked as sent.` })).toBeVisible();
}

/**
 * Walks the clock forward one day at a time, 09:00 each morning, checking "Update due" on the
 * queue, or "Update overdue" on the days in `overdueOn` (past the day it was due).
 */
async function walk(app: AppHarness, page: Page, from: string, to: string, dueOn: string[], overdueOn: string[] = []) {
  for (let day = new Date(`${from}T09:00:00Z`); day <= new Date(`${to}T09:00:00Z`); day = addDays(day, 1)) {
    await app.advanceTo(day.toISOString());
    await app.open('#/requests');
    const row = tableRows(page, 'Requests').filter({ hasText: 'Jane Doe' });
    const label = format(day, 'EEE d MMM');
    if (overdueOn.includes(format(day, 'yyyy-MM-dd'))) {
      await expect(row.getByText('Update overdue'), `update overdue on ${label}`).toBeVisible();
    } else if (dueOn.includes(format(day, 'yyyy-MM-dd'))) {
      await expect(row.getByText('Update due'), `update due on ${label}`).toBeVisible();
    } else {
      await expect(row.getByText(/Update (due|overdue)/), `no update due on ${label}`).toHaveCount(0);
    }
  }
}

async function openRequest(page: Page) {
  await page.getByRole('link', { name: 'Jane Doe' }).click();
  await expect(page.getByRole('heading', { name: TOPIC })).toBeVisible();
}

test('a month of one request: acknowledged, updated before each predicted chase, reset by a call, chased once, answered, closed', async ({
  app,
  page,
}) => {
  await app.open('#/requests');
  await logRequest(page);

  // Day 1: the acknowledgement names the topic, the contact and when they will hear next.
  await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('Jane Doe has waited 30 minutes.');
  const ack = await draft(page, 'Acknowledgement', 'Draft acknowledgement');
  await expect(ack).toHaveValue(
    `Dear Jane,\n\nThank you for getting in touch about ${TOPIC} (you emailed me on Monday 2 November at 08:30). I have it in hand, and you will hear from me by Friday 6 November at the latest.\n\nIf you would like a word before then, do get in touch at any time in the coming week.\n\nKind regards,`,
  );
  await screenshot(page, 'draft-acknowledgement');
  await markSent(page, 'Acknowledgement');
  await expect(fact(page, 'Next update due')).toHaveText('Fri 6 Nov');
  await expect(fact(page, 'Would chase about')).toHaveText('Mon 9 Nov');

  // Week 1: nothing due until Friday, the working day before the predicted chase on Monday.
  await walk(app, page, '2026-11-03', '2026-11-06', ['2026-11-06']);
  await openRequest(page);
  const update1 = await draft(page, 'Status update', 'Draft status update');
  await page.getByLabel('Reason for the wait').selectOption('It is being reviewed with the team.');
  await page.getByLabel('Answer expected in (business days)').fill('3');
  await page.getByRole('button', { name: 'Start again from the template' }).click();
  await expect(update1).toHaveValue(/which you raised when you emailed me on Monday 2 November at 08:30\. It has not been forgotten/);
  await expect(update1).toHaveValue(/It is being reviewed with the team\. I expect to have an answer for you by Monday 16 November\./);
  // The next update, with nothing new, a week on: her usual gap, not the day before it.
  await expect(update1).toHaveValue(/I will be in touch again by Friday 13 November/);
  await expect(page.getByRole('list', { name: 'Never-blame check' })).toHaveCount(0);
  await screenshot(page, 'draft-status-update');

  // Hand-off: the mail program gets a mailto: link; an .eml is saved where the user chose.
  await page.getByRole('button', { name: 'Open in mail program' }).click();
  await expect(page.getByRole('status')).toHaveText('Opened in your mail program.');
  expect(app.system().opened[0]).toMatch(
    /^mailto:jane@acme\.example\?subject=Update%20on%20the%20sponsorship%20proposal%20for%20the%20spring%20gala&body=Dear%20Jane%2C%0D%0A%0D%0A/,
  );
  await page.getByRole('button', { name: 'Save as .eml' }).click();
  await expect(page.getByRole('status')).toContainText('Update on the sponsorship proposal for the spring gala.eml');
  expect(existsSync(app.system().saved[0]!)).toBe(true);
  // An edit that blames someone is caught, with the phrase.
  await update1.fill(`${await update1.inputValue()}\nSorry, Alex forgot.`);
  await expect(page.getByRole('list', { name: 'Never-blame check' })).toContainText('“forgot” could read as blaming someone.');
  await page.getByRole('button', { name: 'Start again from the template' }).click();
  await markSent(page, 'Status update');

  // Week 2: due Friday 13th, a week after the last update. The client owes us the signed form.
  await walk(app, page, '2026-11-07', '2026-11-13', ['2026-11-13']);
  await openRequest(page);
  await openAction(page, 'The client owes us…');
  // Typed as a thing, as an assistant would note it: every sentence says "send" it.
  await page.getByLabel('What they owe').fill('the signed sponsorship form');
  await expect(page.getByText('The email will ask: “could you send the signed sponsorship form?”')).toBeVisible();
  await page.getByLabel('Follow up on').fill('2026-11-17');
  await page.getByRole('button', { name: 'Record client step' }).click();
  await expect(page.getByRole('status')).toHaveText('Recorded: Jane Doe is to send the signed sponsorship form. Follow up on Tue 17 Nov.');
  await expect(fact(page, 'The client owes us')).toContainText('Jane Doe is to send the signed sponsorship form. Follow up: Tue 17 Nov.');
  const update2 = await draft(page, 'Status update', 'Draft status update');
  await expect(update2).toHaveValue(
    /In the meantime, could you send the signed sponsorship form\? If I haven’t heard by Tuesday 17 November, may I give you a call\?/,
  );
  await expect(update2).toHaveValue(/I will be in touch again by Friday 20 November/);
  await markSent(page, 'Status update');

  // Monday 16th, 10:30: Jane calls before anything was due, three days after our update. One gap
  // of hers (14 days) is not yet her habit: it stays 7 days until three are known. Friday 20th was
  // promised and stays promised until the reply names a new date; she asked after three days, so
  // the reply promises news within three: Thursday 19th.
  await walk(app, page, '2026-11-14', '2026-11-16', []);
  await app.advanceTo('2026-11-16T11:00:00.000Z');
  await app.open('#/requests');
  await openRequest(page);
  await openAction(page, 'Log a contact');
  await page.getByLabel('How').selectOption('phone');
  await page.getByLabel('When').fill('2026-11-16T10:30');
  await page.getByLabel('What they said (optional)').fill('asked whether there is news');
  await page.getByRole('button', { name: 'Log client contact' }).click();
  await expect(page.getByText('The client got in touch by phone: asked whether there is news')).toBeVisible();
  await expect(fact(page, 'Next update due')).toHaveText('Fri 20 Nov');
  await expect(fact(page, 'Usual gap')).toHaveText('7 days between contacts');
  const reply = await draft(page, 'Reply', 'Draft reply');
  await expect(reply).toHaveValue(/I will be in touch again by Thursday 19 November/);
  await markSent(page, 'Reply');
  await expect(fact(page, 'Next update due')).toHaveText('Thu 19 Nov');

  // Tuesday 17th: the client step falls due; they have sent it.
  await app.advanceTo('2026-11-17T09:00:00.000Z');
  await app.open('#/requests');
  await expect(tableRows(page, 'Requests').getByText('Follow up with client')).toBeVisible();
  await openRequest(page);
  await page.getByRole('button', { name: 'They did it' }).click();
  await expect(page.getByText('The client did it: send the signed sponsorship form')).toBeVisible();

  // Thursday 19th the update is due and is missed; from Friday it is overdue.
  await walk(app, page, '2026-11-18', '2026-11-24', ['2026-11-19'], ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
  // Tuesday 24th, 09:45: Jane emails first. That counts as a chase.
  await app.advanceTo('2026-11-24T10:00:00.000Z');
  await app.open('#/requests');
  await openRequest(page);
  await openAction(page, 'Log a contact');
  await page.getByLabel('How').selectOption('email');
  await page.getByLabel('When').fill('2026-11-24T09:45');
  await page.getByRole('button', { name: 'Log client contact' }).click();
  await expect(page.getByText('The client got in touch by email, chasing us')).toBeVisible();
  await draft(page, 'Status update', 'Draft status update');
  await markSent(page, 'Status update');

  // Thursday 26th: the boss decides. Friday 27th: the answer goes out and closes the request.
  await app.advanceTo('2026-11-26T09:00:00.000Z');
  await app.open('#/requests');
  await openRequest(page);
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill('We will sponsor the spring gala at gold level.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await app.advanceTo('2026-11-27T09:00:00.000Z');
  await app.open('#/requests');
  await expect(tableRows(page, 'Requests').getByText('Answer due')).toBeVisible();
  await openRequest(page);
  const answer = await draft(page, 'Answer', 'Draft answer');
  await expect(answer).toHaveValue(
    `Dear Jane,\n\nThank you for your patience on ${TOPIC}, which you raised when you emailed me on Monday 2 November at 08:30.\n\nWe will sponsor the spring gala at gold level.\n\nIf anything is unclear, just get in touch.\n\nKind regards,`,
  );
  await screenshot(page, 'draft-answer');
  await markSent(page, 'Answer');
  await expect(page.getByRole('group', { name: 'Status' })).toContainText('Closed');

  // Two updates went out before the client chased; once the client chased first (the reply does not count).
  await app.open('#/requests');
  await expect(page.getByText('Chases beaten 67% (2 of 3 overall) · 67% (2 of 3 in the last 30 days)', { exact: true })).toBeVisible();
  await expect(page.getByText('No open requests.')).toBeVisible();
  await screenshot(page, 'requests-chases-beaten');
});
