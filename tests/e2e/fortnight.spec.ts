import type { Page } from '@playwright/test';
import { requestDetails } from '../support/fixtures';
import { expect, fact, openAction, screenshot, test, type AppHarness } from './harness';

// Monday 2 November 2026, 09:00 London time (GMT): a fortnight with a chase, a call proposal and
// a deadline of Friday 13 November, read on Today and on the request page every working day.
test.use({ startAt: '2026-11-02T09:00:00.000Z' });

const PRIYA = { name: 'Priya Shah', company: 'Shah Travel', email: 'priya@shah.example', phone: '' };

/** Priya's row on Today: the section it is in (null when she is not on Today) and the badges of what is due on it. */
async function todayFor(page: Page): Promise<{ section: string | null; items: string[] }> {
  const sections = page.locator('section.today-section').filter({ has: page.getByRole('link', { name: 'Priya Shah' }) });
  if ((await sections.count()) === 0) return { section: null, items: [] };
  // Each heading ends with its count of rows.
  const section = ((await sections.locator('h2').textContent()) ?? '').replace(/\s*\d+$/, '');
  const items = await page.getByRole('list', { name: 'Due for Priya Shah' }).locator('.badge').allTextContents();
  return { section, items };
}

/**
 * From Today: the section's draft button, the draft checked against what it must and must not
 * say, then Mark as sent, and the confirmation read back.
 */
async function sendFromToday(
  app: AppHarness,
  page: Page,
  draft: { section: string; button: string; sent: string },
  says: RegExp[],
  saysNot: RegExp | null = null,
  shot: string | null = null,
) {
  await app.open('#/today');
  await page.getByRole('region', { name: draft.section }).getByRole('button', { name: draft.button }).click();
  const message = page.getByLabel('Message', { exact: true });
  for (const text of says) await expect(message).toHaveValue(text);
  if (saysNot) await expect(message).not.toHaveValue(saysNot);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: draft.sent })).toBeVisible();
}

const UPDATE = { section: 'Client updates due', button: 'Draft update', sent: 'Status update marked as sent.' };
/** Within the deadline warning the row sits with the deadlines, its update still first. */
const UPDATE_NEAR_DEADLINE = { ...UPDATE, section: 'Client deadlines near' };

async function readDay(app: AppHarness, page: Page, iso: string, id: string) {
  await app.advanceTo(iso);
  await app.open('#/today');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const today = await todayFor(page);
  await app.open(`#/request/${id}`);
  await expect(page.getByRole('heading', { name: 'the Lisbon offsite' })).toBeVisible();
  const status = await page.getByRole('group', { name: 'Status' }).locator('.badge').allTextContents();
  const nextStep = page.getByRole('region', { name: 'Next step' });
  const due = await nextStep.getByRole('list', { name: 'Due now' }).locator('.badge').allTextContents();
  // One derivation: the row on Today and the request's Next step show the same items.
  expect(today.items).toEqual(due);
  // The work laid out for it: the composer on its message, and the boss side.
  const work: string[] = [];
  for (const heading of await nextStep.getByRole('heading', { level: 3 }).all()) {
    const text = (await heading.textContent()) ?? '';
    work.push(text.startsWith('Message') ? `${text}: ${await nextStep.getByRole('tab', { selected: true }).textContent()}` : text);
  }
  return { today, badges: [...status, ...due], work };
}

test('a fortnight with a chase, a call and a deadline: every day, Today and the request agree on what is owed', async ({ app, page }) => {
  test.setTimeout(120_000);
  const { id } = await app.call(
    'logRequest',
    requestDetails({
      client: PRIYA,
      topic: 'the Lisbon offsite',
      contact: { channel: 'email', at: '2026-11-02T08:50:00.000Z' },
      deadline: '2026-11-13',
    }),
  );

  // Monday 2nd: acknowledge, and ask the boss for the first time.
  expect(await readDay(app, page, '2026-11-02T09:00:00.000Z', id)).toEqual({
    today: { section: 'Acknowledgements due', items: ['Acknowledgement due', 'Ask due'] },
    badges: ['Waiting on boss', 'Acknowledgement due', 'Ask due'],
    work: ['Message to Priya Shah: Acknowledgement', 'Ask the boss'],
  });
  // No history yet: a usual gap of 7 days, so she would chase Monday 9th, and hears by the Friday before.
  await sendFromToday(
    app,
    page,
    { section: 'Acknowledgements due', button: 'Draft acknowledgement', sent: 'Acknowledgement marked as sent.' },
    [/you will hear from me by Friday 6 November at the latest\.\n/],
  );
  await app.open('#/today');
  await page.getByRole('region', { name: 'Asks due' }).getByRole('button', { name: 'Ask the boss for Priya Shah' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Asked the boss about the Lisbon offsite for Priya Shah (asked 1 of 3).' }),
  ).toBeVisible();

  // Tuesday 3rd: nothing is owed; the next ask is two working days after the first.
  expect(await readDay(app, page, '2026-11-03T09:00:00.000Z', id)).toEqual({
    today: { section: null, items: [] },
    badges: ['Waiting on boss'],
    work: ['Ask the boss'],
  });
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText(
    'Nothing is due now. Next: Ask the boss again (asked 1 of 3), due tomorrow.',
  );

  // Wednesday 4th: she chases at 11:00; logged at 11:05, a reply is due beside the second ask.
  await app.advanceTo('2026-11-04T11:05:00.000Z');
  await app.open(`#/request/${id}`);
  await openAction(page, 'Log a contact');
  await page.getByLabel('How').selectOption('email');
  await page.getByLabel('When').fill('2026-11-04T11:00');
  await page.getByLabel('What they said (optional)').fill('any news? I need to book flights');
  await page.getByLabel('Their message needs').selectOption('reply');
  await page.getByRole('button', { name: 'Log client contact' }).click();
  await expect(page.getByRole('complementary', { name: 'Facts' })).toContainText('Reply due');
  expect(await readDay(app, page, '2026-11-04T11:05:00.000Z', id)).toEqual({
    today: { section: 'Replies due', items: ['Reply due', 'Ask due'] },
    badges: ['Waiting on boss', 'Reply due', 'Ask due'],
    work: ['Message to Priya Shah: Reply', 'Ask the boss'],
  });
  // Contacts on Monday and Wednesday: one gap is not yet her habit (it stays 7 days until three are
  // known), but she waited two days before chasing, so the reply promises news within two: Friday.
  await sendFromToday(app, page, { section: 'Replies due', button: 'Draft reply', sent: 'Reply marked as sent.' }, [
    /Thank you for your email this morning about the Lisbon offsite\. You wrote: “any news\? I need to book flights\.”[\s\S]*I will be in touch again by Friday 6 November, or sooner if there is news\./,
  ]);
  await app.open('#/today');
  await page.getByRole('region', { name: 'Asks due' }).getByRole('button', { name: 'Ask the boss again for Priya Shah' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Asked the boss about the Lisbon offsite for Priya Shah (asked 2 of 3).' }),
  ).toBeVisible();

  // Thursday 5th: nothing is owed (the reply promised Friday). A call on Monday at 14:30 is proposed and sent.
  expect(await readDay(app, page, '2026-11-05T09:00:00.000Z', id)).toEqual({
    today: { section: null, items: [] },
    badges: ['Waiting on boss'],
    work: ['Ask the boss'],
  });
  await openAction(page, 'Propose a call');
  await page.getByLabel('Call time').fill('2026-11-09T14:30');
  await page.getByRole('button', { name: 'Propose call' }).click();
  await expect(fact(page, 'Call')).toContainText('Mon, 9 Nov 2026, 14:30 (30 minutes)');
  // Nothing is owed, so the message panel is closed: open it to send the proposal.
  await openAction(page, 'Write to Priya Shah');
  await page.getByRole('tab', { name: 'Call proposal' }).click();
  await page.getByRole('button', { name: 'Draft call proposal' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    /Would Monday 9 November at 14:30 suit you\? I’ll send you a calendar invitation; if another time is better, just say and I will move it\./,
  );
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Call proposal marked as sent.' })).toBeVisible();
  // The proposal was a touch: the next update is the working day before she would chase, Wednesday 11th.
  await expect(fact(page, 'Next update due')).toHaveText('Wed 11 Nov');

  // Friday 6th: the third ask is due, and nothing for the client (she heard yesterday). The third
  // ask parks it; re-asking in two weeks would be too late.
  expect(await readDay(app, page, '2026-11-06T09:00:00.000Z', id)).toEqual({
    today: { section: 'Asks due', items: ['Ask due'] },
    badges: ['Waiting on boss', 'Ask due'],
    work: ['Ask the boss'],
  });
  await page.getByRole('button', { name: 'Ask boss again' }).click();
  const parked = page.getByRole('region', { name: 'Parked' });
  await expect(parked.getByRole('note')).toHaveText(
    'The client needs this by Fri 13 Nov. The choices marked “after the deadline” come back too late for it; re-asking before the deadline gives the boss a last chance in time.',
  );
  await expect(parked.getByRole('button', { name: 'Re-ask in 2 weeks · Fri 20 Nov · after the deadline' })).toBeVisible();
  await screenshot(page, 'park-before-deadline');
  await parked.getByRole('button', { name: 'Re-ask before the client’s deadline · Thu 12 Nov' }).click();
  await expect(parked).toContainText('Comes back for round 2 on Thu 12 Nov.');
  await expect(parked).not.toContainText('too late');
  // Parked, updates follow the weekly cadence, but the date already promised (Wednesday) stays.
  await expect(fact(page, 'Next update due')).toHaveText('Wed 11 Nov');

  // Monday 9th: the call is on Today at its time; no update yet.
  expect(await readDay(app, page, '2026-11-09T08:45:00.000Z', id)).toEqual({
    today: { section: 'Calls today', items: ['Call today'] },
    badges: ['Parked', 'Call today'],
    // The call is a message to the client, so its panel is open (on the update, the call's script).
    work: ['Message to Priya Shah: Status update'],
  });
  await app.open('#/today');
  await expect(page.getByRole('list', { name: 'Due for Priya Shah' })).toContainText('Call today at 14:30');
  await screenshot(page, 'today-call-and-update');

  // Monday 9th, 15:10: the call (14:30, 30 minutes) is over: how it went is what is owed now.
  expect(await readDay(app, page, '2026-11-09T15:10:00.000Z', id)).toEqual({
    today: { section: 'Calls to log', items: ['Call to log'] },
    badges: ['Parked', 'Call to log'],
    work: ['How did the call go?'],
  });
  // She did not pick up: logged as not held, nothing reached her, and the update stays due Wednesday.
  await page.getByLabel('What was said, or what happened (for the history)').fill('No answer; left no message.');
  await page.getByRole('button', { name: 'It did not happen' }).click();
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText(
    'The call on Mon 9 Nov did not happen: No answer; left no message.',
  );
  await expect(fact(page, 'Next update due')).toHaveText('Wed 11 Nov');

  // Tuesday 10th: the deadline is within 3 business days: it leads Today.
  expect(await readDay(app, page, '2026-11-10T09:00:00.000Z', id)).toEqual({
    today: { section: 'Client deadlines near', items: ['Deadline near'] },
    badges: ['Parked', 'Deadline near'],
    // Her deadline is hers to hear about: the message panel is open, though the update is tomorrow.
    work: ['Message to Priya Shah: Status update'],
  });

  // Wednesday 11th: the update promised for today says plainly that, parked, the answer is not
  // expected by Friday, and offers more time; the next word is the working day before the deadline.
  expect(await readDay(app, page, '2026-11-11T09:00:00.000Z', id)).toEqual({
    today: { section: 'Client deadlines near', items: ['Update due', 'Deadline near'] },
    badges: ['Parked', 'Update due', 'Deadline near'],
    work: ['Message to Priya Shah: Status update'],
  });
  await sendFromToday(
    app,
    page,
    UPDATE_NEAR_DEADLINE,
    [
      /I know you need this by Friday 13 November, and I don’t expect to have an answer by then\. Would a little more time be possible\? I will come back to you the moment I have the answer\./,
      /I will be in touch again by Thursday 12 November, or sooner if there is news\./,
    ],
    /I expect to have an answer/,
    'draft-update-deadline-near',
  );

  // Thursday 12th: back from parking the day before the deadline, the boss is asked again; an update is due too.
  expect(await readDay(app, page, '2026-11-12T09:00:00.000Z', id)).toEqual({
    today: { section: 'Client deadlines near', items: ['Update due', 'Back from parking', 'Deadline near'] },
    badges: ['Waiting on boss', 'Update due', 'Back from parking', 'Deadline near'],
    work: ['Message to Priya Shah: Status update', 'Ask the boss'],
  });
  // The update leads the row; the ask is in its menu, and leaves an Undo behind.
  await app.open('#/today');
  await page.getByText('More', { exact: true }).click();
  await page.getByRole('button', { name: 'Ask the boss for Priya Shah' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Asked the boss about the Lisbon offsite for Priya Shah (asked 1 of 3).' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Due for Priya Shah' })).not.toContainText('Back from parking');

  // Monday 16th: the deadline has passed without an answer: flagged on the request and in the queue.
  // The ask after Thursday's fell on the deadline day itself (Friday), not two working days on.
  expect(await readDay(app, page, '2026-11-16T09:00:00.000Z', id)).toEqual({
    today: { section: 'Client deadlines near', items: ['Update overdue', 'Deadline passed', 'Ask due'] },
    badges: ['Waiting on boss', 'Update overdue', 'Deadline passed', 'Ask due'],
    work: ['Message to Priya Shah: Status update', 'Ask the boss'],
  });
  await expect(fact(page, "Client's deadline")).toHaveText('Fri 13 NovPassed');
  await app.open('#/today');
  await expect(page.getByRole('region', { name: 'Client deadlines near' })).toContainText('Deadline passed Fri 13 Nov');
  await app.open('#/requests');
  await expect(page.getByRole('row', { name: /Priya Shah/ })).toContainText('Deadline passed');
  await screenshot(page, 'queue-deadline-passed');

  // Its real next step: tell her. The overdue update leads, and says the date has gone by.
  await sendFromToday(app, page, UPDATE_NEAR_DEADLINE, [
    /I know you needed this by Friday 13 November, and I’m sorry that I don’t have an answer for you yet\. Would a little more time be possible\?/,
  ]);
  // Told, the passed deadline stays on Today with the step after: the new date she agrees.
  await app.open('#/today');
  const deadlines = page.getByRole('region', { name: 'Client deadlines near' });
  await expect(page.getByRole('list', { name: 'Due for Priya Shah' })).toContainText('Deadline passed');
  await deadlines.getByRole('button', { name: 'Agree a new date for Priya Shah' }).click();
  const form = page.getByRole('form', { name: 'Agree a new date' });
  await expect(form).toContainText('Their deadline was Fri 13 Nov.');
  await expect(form.getByLabel('New date they agreed')).toBeFocused();
  // Today is refused with what to fix, and what was typed stays.
  await form.getByLabel('What was agreed (optional)').fill('She can wait for the flights until the 27th.');
  await form.getByLabel('New date they agreed').fill('2026-11-16');
  await form.getByRole('button', { name: 'Record new date' }).click();
  await expect(form).toContainText('Pick a later day.');
  await expect(form.getByLabel('What was agreed (optional)')).toHaveValue('She can wait for the flights until the 27th.');
  await form.getByLabel('New date they agreed').fill('2026-11-27');
  await screenshot(page, 'agree-new-date');
  await form.getByRole('button', { name: 'Record new date' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'New date recorded: Priya Shah needs it by Fri 27 Nov.' })).toBeVisible();
  await expect(fact(page, "Client's deadline")).toHaveText('Fri 27 Nov');
  const history = page.getByRole('list', { name: 'Conversation' });
  await expect(history.getByText(/^New date agreed with the client/)).toHaveCount(1);
  await expect(history).toContainText(
    'New date agreed with the client: Fri 27 Nov (was Fri 13 Nov). She can wait for the flights until the 27th.',
  );
  // Eleven days off, it has left Today.
  await app.open('#/today');
  await expect(page.getByRole('region', { name: 'Client deadlines near' })).toHaveCount(0);
});

test('an acknowledgement whose next word the deadline brought forward says so', async ({ app, page }) => {
  // Logged Monday 2nd; a usual gap of 7 days would make the next word Friday 6th, the deadline itself.
  const { id } = await app.call(
    'logRequest',
    requestDetails({
      client: PRIYA,
      topic: 'the Lisbon offsite',
      contact: { channel: 'email', at: '2026-11-02T08:50:00.000Z' },
      deadline: '2026-11-06',
    }),
  );
  await app.open(`#/request/${id}`);
  await page.getByRole('button', { name: 'Draft acknowledgement' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    /I have it in hand, and you will hear from me by Thursday 5 November at the latest\. I have kept every date here ahead of your deadline of Friday 6 November\.\n/,
  );
  await screenshot(page, 'draft-acknowledgement-deadline-capped');
});
