import { expect, type Page } from '@playwright/test';
import { openAction } from '../support/request-page';

/** What a scenario needs from whichever app it drives: the Chromium harness or real Electron. */
export interface ScenarioDriver {
  page(): Page;
  open(route: string): Promise<void>;
  /** Moves the app's clock and shows the window as a user coming back to it would see it. */
  advanceTo(iso: string): Promise<void>;
  /** Quits the app and starts it again on the same data folder. */
  restart(): Promise<void>;
  clipboard(): Promise<string>;
  screenshot(name: string): Promise<void>;
}

/**
 * The walking skeleton end to end, starting Monday 2 November 2026 at 09:00 London time:
 * log a request, ask three times on the right days, see it parked, re-ask in two weeks,
 * see it come back with strikes at 0, draft and copy a client update, record a decision,
 * restart and find it all still there.
 */
export async function threeStrikeScenario(app: ScenarioDriver): Promise<void> {
  let page = app.page();
  await app.open('#/requests');
  await expect(page.getByText('No open requests.')).toBeVisible();
  await app.screenshot('requests-empty');

  // Log it.
  await page.getByRole('link', { name: '+ New request' }).click();
  await page.getByLabel('Name').fill('Jane Doe');
  await page.getByLabel('Company').fill('Acme Ltd');
  await page.getByLabel('Email').fill('jane@acme.example');
  await page.getByLabel('Phone').fill('+44 20 7946 0000');
  await page.getByLabel('Channel').selectOption('email');
  await page.getByLabel('Date and time').fill('2026-11-02T08:30');
  await page.getByLabel('Topic').fill('the sponsorship proposal for the spring gala');
  await page.getByLabel('Details').fill('Wants to know by the end of the month whether we sponsor the gala.');
  await app.screenshot('new-request');
  await page.getByRole('button', { name: 'Save request' }).click();

  // First response: the acknowledgement is due, and marking it sent records the touch.
  await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('Acknowledgement due: Jane Doe has waited 30 minutes.');
  await page.getByRole('button', { name: 'Draft acknowledgement' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    /Thank you for getting in touch about the sponsorship proposal for the spring gala \(you emailed me on Monday 2 November at 08:30\)/,
  );
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Facts' }).getByText('Acknowledged Mon, 2 Nov 2026, 09:00.', { exact: true }),
  ).toBeVisible();

  // Strike 0: the first ask is due today.
  await expect(page.getByRole('heading', { name: 'the sponsorship proposal for the spring gala' })).toBeVisible();
  await expect(page.getByRole('img', { name: '0 of 3 asks' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ask / })).toContainText('Not asked yet; next ask due today.');

  // Monday: ask 1. The next falls due two business days later, Wednesday.
  await page.getByLabel('Note about this ask (optional)').fill('asked in our 9:00 catch-up');
  await page.getByRole('button', { name: 'Ask boss' }).click();
  await expect(page.getByRole('img', { name: '1 of 3 asks' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ask / })).toContainText('Asked 1 of 3; next ask due Wed 4 Nov.');
  await expect(page.getByText('Asked the boss (round 1, strike 1): asked in our 9:00 catch-up')).toBeVisible();

  // Tuesday: not due yet.
  await app.advanceTo('2026-11-03T10:00:00.000Z');
  await expect(page.getByRole('region', { name: /^Ask / })).toContainText('Asked 1 of 3; next ask due tomorrow.');
  await expect(page.getByRole('group', { name: 'Status' }).getByText('Ask due')).toHaveCount(0);

  // Wednesday: due; ask 2, next due Friday.
  await app.advanceTo('2026-11-04T09:00:00.000Z');
  await expect(page.getByRole('region', { name: /^Ask / })).toContainText('Asked 1 of 3; next ask due today.');
  await page.getByRole('button', { name: 'Ask boss again' }).click();
  await expect(page.getByRole('img', { name: '2 of 3 asks' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ask / })).toContainText('Asked 2 of 3; next ask due Fri 6 Nov.');
  await expect(page.getByText('This is the last ask of the round')).toBeVisible();
  await app.screenshot('request-two-strikes');

  // Friday: ask 3 parks it; three outcomes, one click each.
  await app.advanceTo('2026-11-06T09:30:00.000Z');
  await page.getByRole('button', { name: 'Ask boss again' }).click();
  await expect(page.getByRole('heading', { name: 'Parked' })).toBeVisible();
  await expect(page.getByText('What should happen now?')).toBeVisible();
  const outcomes = page.getByRole('group', { name: 'When to ask again' }).getByRole('button');
  // Each with the day it would come back (a month on is Sunday 6 December: Monday 7th).
  await expect(outcomes).toHaveText(['Park until the boss raises it', 'Re-ask in 2 weeks · Fri 20 Nov', 'Re-ask in 1 month · Mon 7 Dec']);
  await app.screenshot('request-parked');
  await page.getByRole('button', { name: 'Re-ask in 2 weeks · Fri 20 Nov' }).click();
  await expect(page.getByText('Comes back for round 2 on Fri 20 Nov.', { exact: true })).toBeVisible();

  // The queue shows it parked.
  await page.getByRole('link', { name: '← All requests' }).click();
  const row = page
    .getByRole('table', { name: 'Requests' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .filter({ hasText: 'Jane Doe' });
  await expect(row).toContainText('Parked');
  await expect(row.getByRole('img', { name: '3 of 3 asks' })).toBeVisible();

  // The day before it returns it is still parked; on Friday 20th it is back, strikes at 0.
  await app.advanceTo('2026-11-19T17:00:00.000Z');
  await expect(row).toContainText('Parked');
  await app.advanceTo('2026-11-20T08:00:00.000Z');
  await expect(row).toContainText('Waiting on boss');
  await expect(row).toContainText('Back from parking');
  await expect(row).toContainText('round 2');
  await expect(row.getByRole('img', { name: '0 of 3 asks' })).toBeVisible();
  await app.screenshot('requests-queue');

  await row.getByRole('link', { name: 'Jane Doe' }).click();
  await expect(page.getByRole('region', { name: /^Ask / })).toContainText('Not asked yet; next ask due today, round 2.');
  await expect(page.getByText('Back from parking: round 2 starts, strikes reset')).toBeVisible();
  // Round 1 stays in the history.
  await expect(page.getByText(/Asked the boss \(round 1, strike \d\)/)).toHaveCount(3);

  // A client update names the topic, the exact contact and the next update's date; one click copies it.
  await page.getByRole('tab', { name: 'Status update' }).click();
  await page.getByRole('button', { name: 'Draft status update' }).click();
  const body = page.getByLabel('Message', { exact: true });
  await expect(body).toHaveValue(/the sponsorship proposal for the spring gala/);
  await expect(body).toHaveValue(/you emailed me on Monday 2 November at 08:30/);
  await expect(body).toHaveValue(/not been forgotten/);
  // A status update sent Friday 20th: the next, with nothing new, a week on (her usual gap), not the day before.
  await expect(body).toHaveValue(/I will be in touch again by Friday 27 November/);
  await app.screenshot('client-update-draft');
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await app.clipboard()).toContain('Subject: Update on the sponsorship proposal for the spring gala');
  expect(await app.clipboard()).toContain('you emailed me on Monday 2 November at 08:30');

  // The boss decides.
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill('Yes: gold sponsorship, 5,000.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByRole('group', { name: 'Status' })).toContainText('Decided');
  await expect(page.getByRole('status')).toHaveText('Decision recorded. The next step is to send Jane Doe the answer.');
  await expect(page.getByRole('region', { name: 'Next step' }).getByRole('list', { name: 'Due now' })).toHaveText(
    'Answer due decided Fri 20 Nov',
  );

  // Everything survives a restart of the main process on the same store file.
  await app.restart();
  page = app.page();
  await expect(page.getByRole('group', { name: 'Status' })).toContainText('Decided');
  await expect(page.getByText('Decision recorded: Yes: gold sponsorship, 5,000.')).toBeVisible();
  await expect(page.getByText(/Asked the boss \(round 1, strike \d\)/)).toHaveCount(3);
  await app.screenshot('request-decided');
}
