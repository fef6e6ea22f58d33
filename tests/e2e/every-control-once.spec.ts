import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import type { TimelineKind } from '../../shared/domain/timeline';
import { requestDetails } from '../support/fixtures';
import { expect, openAction, test, type AppHarness } from './harness';

// Monday 2 November 2026, 10:00 in London.
test.use({ startAt: '2026-11-02T10:00:00.000Z' });

type Clicks = 'double' | 'triple';
const press = (page: Page, name: string | RegExp, clicks: Clicks) => {
  const button = page.getByRole('button', { name, exact: true });
  return clicks === 'double' ? button.dblclick() : button.click({ clickCount: 3 });
};

const kindsOf = async (app: AppHarness, id: string): Promise<TimelineKind[]> =>
  (await app.call('getRequest', { id })).state.timeline.map((t) => t.kind);

/** How many times each kind appears after `logged`: what a user sees added to the history. */
const added = async (app: AppHarness, id: string) => {
  const kinds = await kindsOf(app, id);
  return kinds.slice(kinds.indexOf('logged') + 1);
};

const asked = async (app: AppHarness, times: number) => {
  const { id } = await app.call('logRequest', requestDetails({ topic: `topic ${Math.random()}` }));
  for (let i = 0; i < times; i++) await app.call('askBoss', { id, note: '' });
  return id;
};

for (const clicks of ['double', 'triple'] as const) {
  test.describe(`a ${clicks} click`, () => {
    test('on Log client contact, Add note and Record decision records each once', async ({ app, page }) => {
      const { id } = await app.call('logRequest', requestDetails());
      await app.open(`#/request/${id}`);
      await openAction(page, 'Log a contact');
      await page.getByLabel('What they said (optional)').fill('Asked whether there is news.');
      await press(page, 'Log client contact', clicks);
      await expect(page.getByRole('list', { name: 'Conversation' })).toContainText('Asked whether there is news.');

      await openAction(page, 'Research note');
      await page.getByLabel('Note', { exact: true }).fill('Checked the budget with finance.');
      await press(page, 'Add note', clicks);
      await expect(page.getByRole('list', { name: 'Research notes' })).toContainText('Checked the budget with finance.');

      await openAction(page, 'Record the decision');
      await page.getByLabel('What did the boss decide?').fill('Yes.');
      await press(page, 'Record decision', clicks);
      await expect(page.getByRole('heading', { name: 'The boss decided' })).toBeVisible();
      expect(await added(app, id)).toEqual(['client-contacted', 'note-added', 'decided']);
    });

    test('on Record client step, They did it and Propose call records each once', async ({ app, page }) => {
      const { id } = await app.call('logRequest', requestDetails());
      await app.open(`#/request/${id}`);
      await openAction(page, 'The client owes us…');
      await page.getByLabel('What they owe').fill('send the signed contract');
      await page.getByLabel('Follow up on').fill('2026-11-06');
      await press(page, 'Record client step', clicks);
      await press(page, 'They did it', clicks);
      await expect(page.getByRole('button', { name: 'The client owes us…' })).toBeVisible();

      await openAction(page, 'Propose a call');
      await page.getByLabel('Call time').fill('2026-11-04T15:00');
      await press(page, 'Propose call', clicks);
      await expect(page.getByRole('button', { name: 'Move the call' })).toBeVisible();
      expect(await added(app, id)).toEqual(['client-step-set', 'client-step-done', 'call-proposed']);
    });

    test('on Undo last ask takes back one ask, not two', async ({ app, page }) => {
      const id = await asked(app, 2);
      await app.open(`#/request/${id}`);
      // Nothing is due on the boss side after two asks today: the ask is folded away, one click off.
      await openAction(page, 'Ask the boss');
      await press(page, 'Undo last ask', clicks);
      await expect(page.getByRole('img', { name: '1 of 3 asks' })).toBeVisible();
      expect(await added(app, id)).toEqual(['asked', 'asked', 'ask-undone']);
    });

    test('on a park outcome and on Bring it back now records each once', async ({ app, page }) => {
      const id = await asked(app, 3);
      await app.open(`#/request/${id}`);
      // The button names the day it comes back: "Re-ask in 2 weeks · Mon 16 Nov".
      await press(page, /^Re-ask in 2 weeks/, clicks);
      await expect(page.getByRole('button', { name: /^Re-ask in 2 weeks/ })).toHaveAttribute('aria-pressed', 'true');
      await press(page, 'Bring it back now', clicks);
      await expect(page.getByRole('img', { name: '0 of 3 asks' })).toBeVisible();
      expect(await added(app, id)).toEqual(['asked', 'asked', 'asked', 'parked', 'park-outcome-chosen', 'unparked']);
    });

    test('on Reopen reopens once', async ({ app, page }) => {
      const { id } = await app.call('logRequest', requestDetails());
      await app.call('recordDecision', { id, decision: 'No, thank you.' });
      await app.call('markSent', { id, kind: 'answer', medium: 'email', used: { subject: 'Your request', body: '', proposalId: null } });
      await app.open(`#/request/${id}`);
      await press(page, 'Reopen', clicks);
      await expect(page.getByRole('button', { name: 'Reopen' })).toHaveCount(0);
      expect((await added(app, id)).filter((k) => k === 'reopened')).toHaveLength(1);
    });

    test('on Mark digest sent records one ask on each request', async ({ app, page }) => {
      await app.call('saveSettings', {
        ...DEFAULT_SETTINGS,
        bosses: [{ id: 'alex', name: 'Alex Morgan', email: 'alex@follow.example' }],
        defaultBossId: 'alex',
      });
      const first = await app.call('logRequest', requestDetails({ bossId: 'alex', topic: 'the gala' }));
      const second = await app.call('logRequest', requestDetails({ bossId: 'alex', topic: 'the board dinner' }));
      await app.open('#/digest/alex');
      await press(page, 'Mark digest sent', clicks);
      await expect(page.getByRole('status').filter({ hasText: 'Recorded an ask' })).toHaveText(
        'Recorded an ask on 2 requests: Jane Doe: the gala and Jane Doe: the board dinner.',
      );
      expect(await added(app, first.id)).toEqual(['asked']);
      expect(await added(app, second.id)).toEqual(['asked']);
    });

    test('on Save request logs one request, and on Save settings saves once', async ({ app, page }) => {
      await app.open('#/new');
      await page.getByLabel('Name').fill("Siobhán O'Neill");
      await page.getByLabel('Topic').fill('the spring gala');
      await press(page, 'Save request', clicks);
      await expect(page.getByRole('heading', { name: 'the spring gala' })).toBeVisible();
      expect((await app.call('listRequests', { status: 'all', bossId: null, text: '', offset: 0, limit: 200 })).total).toBe(1);

      await app.open('#/settings');
      await page.getByLabel('Your name').fill('Sam Patel');
      await press(page, 'Save settings', clicks);
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      expect(app.windowCalls('saveSettings')).toBe(1);
    });
  });
}
