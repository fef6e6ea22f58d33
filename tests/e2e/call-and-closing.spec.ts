import { requestDetails } from '../support/fixtures';
import { expect, openAction, screenshot, test } from './harness';

// Tuesday 3 November 2026, 09:00 London time (GMT).
test.use({ startAt: '2026-11-03T09:00:00.000Z' });

const acknowledged = { subject: 'Your request', body: '', proposalId: null };

test('a call over asks how it went, on Today and on the request, until it is logged', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails({ contact: { channel: 'email', at: '2026-11-03T08:30:00.000Z' } }));
  await app.call('markSent', { id, kind: 'acknowledgement', medium: 'email', used: acknowledged });
  await app.call('proposeCall', { id, startsAt: '2026-11-03T14:00:00.000Z', minutes: 30 });
  await app.call('askBoss', { id, note: '' }); // so that the call is all that is due the next day

  // During the call's day it is a call today; once over, it is a call to log, the next day too.
  await app.advanceTo('2026-11-03T11:00:00.000Z');
  await app.open('#/today');
  await expect(page.getByRole('list', { name: 'Due for Jane Doe' })).toHaveText('Call today at 14:00');
  await app.advanceTo('2026-11-04T09:00:00.000Z');
  await app.open('#/today');
  const toLog = page.getByRole('region', { name: 'Calls to log' });
  await expect(toLog).toContainText('Call to log');
  await expect(toLog).toContainText('ended Tue, 3 Nov 2026, 14:30; how did it go?');
  await toLog.getByRole('button', { name: 'Log the call for Jane Doe' }).click();

  const panel = page.getByRole('region', { name: 'How did the call go?' });
  await expect(panel).toContainText('The call with Jane Doe was set for Tue, 3 Nov 2026, 14:00 (30 minutes).');
  await panel.getByLabel('What was said, or what happened (for the history)').fill('Talked Jane through the two venues.');
  await page.setViewportSize({ width: 760, height: 900 });
  await screenshot(page, 'log-call');
  // Two quick clicks log it once.
  await panel.getByRole('button', { name: 'We spoke' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Call logged' })).toHaveText('Call logged: Jane Doe has heard from you today.');
  await expect(page.getByRole('region', { name: 'How did the call go?' })).toHaveCount(0);
  const history = page.getByRole('region', { name: 'Conversation' });
  await expect(history.getByText('Call held with the client on', { exact: false })).toHaveCount(1);
  await expect(history).toContainText('Talked Jane through the two venues.');

  await app.open('#/today');
  await expect(page.getByRole('region', { name: 'Calls to log' })).toHaveCount(0);
});

test('a call that did not happen leaves Today, and another time can be proposed', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails({ contact: { channel: 'email', at: '2026-11-03T08:30:00.000Z' } }));
  await app.call('markSent', { id, kind: 'acknowledgement', medium: 'email', used: acknowledged });
  await app.call('proposeCall', { id, startsAt: '2026-11-03T14:00:00.000Z', minutes: 15 });
  await app.advanceTo('2026-11-03T15:00:00.000Z');
  await app.open(`#/request/${id}`);
  await page.getByRole('region', { name: 'How did the call go?' }).getByRole('button', { name: 'It did not happen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'did not happen' })).toHaveText(
    'Logged: the call did not happen. To try again, propose another time under Other actions.',
  );
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText('The call on Tue 3 Nov did not happen');
  await expect(
    page.getByRole('region', { name: 'Other actions' }).getByRole('button', { name: 'Propose a call', exact: true }),
  ).toBeVisible();
});

test('a withdrawal offers a closing note to the client; sent once, it is no longer offered', async ({ app, page }) => {
  const { id } = await app.call('logRequest', requestDetails());
  await app.open(`#/request/${id}`);
  await openAction(page, 'Withdraw…');
  await page.getByLabel('Why the client no longer needs it').fill('They found another sponsor.');
  await page.getByRole('button', { name: 'Withdraw request' }).click();
  const next = page.getByRole('region', { name: 'Next step' });
  await expect(next).toContainText(
    'Withdrawn: the client no longer needs it. Nothing more is owed; a short closing note to them is below, if you want to send one.',
  );
  await next.getByRole('button', { name: 'Draft closing note' }).click();
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(
    'Dear Jane,\n\nThank you for letting me know that you no longer need the sponsorship proposal. I have closed it on our side, so you will not hear from me about it again.\n\nIf anything changes, just get in touch and I will pick it up straight away.\n\nKind regards,',
  );
  await expect(page.getByLabel('Subject')).toHaveValue('The sponsorship proposal: closed on our side');
  await screenshot(page, 'closing-note');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Closing note marked as sent.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draft closing note' })).toHaveCount(0);
  await expect(next).toContainText('Withdrawn: the client no longer needs it. Nothing more is owed.');
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText(
    'Closing note sent: “The sponsorship proposal: closed on our side”',
  );
});
