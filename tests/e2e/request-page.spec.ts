import type { Page } from '@playwright/test';
import { requestDetails } from '../support/fixtures';
import { expect, openAction, screenshot, test } from './harness';

// Monday 2 November 2026, 10:00 in London. Jane Doe emailed at 08:30.
test.use({ startAt: '2026-11-02T10:00:00.000Z' });

const sent = { subject: 'Your request', body: '', proposalId: null };

/** What the Next step panel lays out: each work's heading, the composer with the message it is on. */
/** The work the Next step panel lays out, read once: assert it with expect.poll, as the panel renders after the page. */
async function workShown(page: Page): Promise<string[]> {
  const nextStep = page.getByRole('region', { name: 'Next step' });
  const work: string[] = [];
  for (const heading of await nextStep.getByRole('heading', { level: 3 }).all()) {
    const text = (await heading.textContent()) ?? '';
    work.push(text.startsWith('Message') ? `${text}: ${await nextStep.getByRole('tab', { selected: true }).textContent()}` : text);
  }
  return work;
}

/** The fields a user can see and type into outside the Next step panel: none until a folded action is opened. */
const fieldsOutsideNextStep = (page: Page) =>
  page.locator('main input:visible, main textarea:visible, main select:visible').filter({
    hasNot: page.locator('xpath=ancestor::section[@aria-labelledby="next-step-title"]'),
  });

const toggles = (page: Page) => page.getByRole('region', { name: 'Other actions' }).getByRole('button');

test('each request opens on its next step, with at most two forms; everything else is folded, one form at a time', async ({
  app,
  page,
}) => {
  const fresh = await app.call('logRequest', requestDetails());
  await app.open(`#/request/${fresh.id}`);
  await expect(page.getByRole('list', { name: 'Due now' }).getByRole('listitem')).toHaveText([
    'Acknowledgement due waited 1 hour',
    'Ask due not asked yet; next ask due today',
  ]);
  await expect.poll(() => workShown(page)).toEqual(['Message to Jane Doe: Acknowledgement', 'Ask the boss']);
  await expect(fieldsOutsideNextStep(page)).toHaveCount(0);
  await expect(toggles(page)).toHaveText([
    'Log a contact',
    'The client owes us…',
    'Propose a call',
    'Research note',
    'Record the decision',
    'Correct details',
    'Withdraw…',
    'Delete…',
  ]);
  await screenshot(page, 'request-next-step');

  // Each folded action opens under its button, and opening another closes the first.
  await openAction(page, 'Log a contact');
  await expect(page.getByRole('region', { name: 'Log a contact' })).toBeVisible();
  await expect(page.getByLabel('How')).toBeFocused();
  await openAction(page, 'Research note');
  await expect(page.getByRole('region', { name: 'Log a contact' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Research note' })).toBeVisible();
  await expect(toggles(page).and(page.locator('[aria-expanded="true"]'))).toHaveText(['Research note']);
  await page.getByRole('button', { name: 'Research note', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Research note' })).toHaveCount(0);

  // Acknowledged and asked: nothing is due until the next ask, which the page opens on; a message is one click away.
  await app.call('markSent', { id: fresh.id, kind: 'acknowledgement', medium: 'email', used: sent });
  await app.call('askBoss', { id: fresh.id, note: '' });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText(
    'Nothing is due now. Next: Ask the boss again (asked 1 of 3), due Wed 4 Nov.',
  );
  await expect.poll(() => workShown(page)).toEqual(['Ask the boss']);
  await expect(toggles(page).first()).toHaveText('Write to Jane Doe');

  // Decided: the answer is the one thing to do; the decision and the ask have no button any more.
  await app.call('recordDecision', { id: fresh.id, decision: 'Yes, gold level.' });
  await page.reload();
  await expect.poll(() => workShown(page)).toEqual(['Message to Jane Doe: Answer']);
  await expect(toggles(page)).toHaveText([
    'Log a contact',
    'The client owes us…',
    'Propose a call',
    'Research note',
    'Correct details',
    'Withdraw…',
    'Delete…',
  ]);

  // Closed: nothing more is owed; it can be reopened, noted and corrected.
  await app.call('markSent', { id: fresh.id, kind: 'answer', medium: 'email', used: sent });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('Closed: the client has the answer. Nothing more is owed.');
  expect(await workShown(page)).toEqual([]);
  await expect(toggles(page)).toHaveText(['Research note', 'Correct details']);
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
});

test('work done stays where it was done: an ask keeps its Undo in the Next step, and the answer sent says so there', async ({
  app,
  page,
}) => {
  const { id } = await app.call('logRequest', requestDetails());
  await app.open(`#/request/${id}`);
  const nextStep = page.getByRole('region', { name: 'Next step' });
  await expect.poll(() => workShown(page)).toEqual(['Message to Jane Doe: Acknowledgement', 'Ask the boss']);
  await nextStep.getByRole('button', { name: 'Ask boss' }).click();
  // Only the acknowledgement is due now, but the ask just made stays in front of the user, with its Undo.
  await expect(nextStep.getByRole('list', { name: 'Due now' }).getByRole('listitem')).toHaveText(['Acknowledgement due waited 1 hour']);
  await expect.poll(() => workShown(page)).toEqual(['Message to Jane Doe: Acknowledgement', 'Ask the boss']);
  await expect(page.getByRole('img', { name: '1 of 3 asks' })).toBeVisible();
  await nextStep.getByRole('button', { name: 'Undo last ask' }).click();
  await expect(page.getByRole('img', { name: '0 of 3 asks' })).toBeVisible();

  // A decision logged from the fold closes it, says what happened, and the answer becomes the next step.
  await openAction(page, 'Record the decision');
  await page.getByLabel('What did the boss decide?').fill('Yes, gold level.');
  await page.getByRole('button', { name: 'Record decision' }).press('Enter');
  await expect(page.getByRole('status')).toHaveText('Decision recorded. The next step is to send Jane Doe the answer.');
  await expect(page.getByRole('status')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Record the decision' })).toHaveCount(0);
  // Decided, the answer is what the client is owed: it answers their first message too.
  await expect(nextStep.getByRole('list', { name: 'Due now' }).getByRole('listitem')).toHaveText(['Answer due decided Mon 2 Nov']);
  await nextStep.getByRole('tab', { name: 'Answer' }).click();
  await nextStep.getByRole('button', { name: 'Draft answer' }).click();
  await nextStep.getByRole('button', { name: 'Mark as sent' }).click();
  // The composer has nothing left to offer; the panel still says what the click did.
  await expect(nextStep.getByRole('status')).toHaveText('Answer marked as sent.');
  await expect(nextStep).toContainText('Closed: the client has the answer. Nothing more is owed.');
});

test('a request decided before the client was acknowledged opens on the answer', async ({ app, page }) => {
  const logged = await app.call('logRequest', requestDetails());
  await app.call('recordDecision', { id: logged.id, version: logged.version, decision: 'Yes, Alex will sponsor the gala.' });
  await app.open(`#/request/${logged.id}`);
  await expect(page.getByRole('list', { name: 'Due now' }).getByRole('listitem')).toHaveText(['Answer due decided Mon 2 Nov']);
  await expect.poll(() => workShown(page)).toEqual(['Message to Jane Doe: Answer']);
  // The acknowledgement can still be written, after the answer.
  await expect(page.getByRole('region', { name: 'Next step' }).getByRole('tab')).toHaveText(['Answer', 'Acknowledgement']);
});
