import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { damageRequest } from '../support/damage-data';
import { requestDetails } from '../support/fixtures';
import { expect, openAction, screenshot, test, type AppHarness } from './harness';

// Monday 2 November 2026: a working morning with something on every screen.
test.use({ startAt: '2026-11-02T09:00:00.000Z' });

/**
 * Every WCAG 2.1 A/AA rule axe-core knows, on the screen as the user sees it. Only serious and
 * critical findings fail: those are the ones that stop someone reading or operating the screen.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n  ')}`,
    );
}

async function fillTheStore(app: AppHarness) {
  await app.call('saveSettings', {
    ...DEFAULT_SETTINGS,
    assistantName: 'Sam Patel',
    bosses: [{ id: 'alex', name: 'Alex Morgan', email: 'alex@follow.example' }],
    defaultBossId: 'alex',
  });
  const fresh = await app.call('logRequest', requestDetails({ bossId: 'alex', deadline: '2026-11-20' }));
  const asked = await app.call(
    'logRequest',
    requestDetails({
      bossId: 'alex',
      topic: 'the board dinner',
      client: { name: "Siobhán O'Neill", company: '', email: 's@n.example', phone: '' },
    }),
  );
  await app.call('askBoss', { id: asked.id, note: '' });
  const parked = await app.call('logRequest', requestDetails({ bossId: 'alex', topic: 'a site visit' }));
  for (let i = 0; i < 3; i++) await app.call('askBoss', { id: parked.id, note: '' });
  const decided = await app.call('logRequest', requestDetails({ bossId: 'alex', topic: 'the gala' }));
  await app.call('recordDecision', { id: decided.id, decision: 'Yes, gold level.' });
  // A day later the acknowledgements are late and the asks due again.
  await app.advanceTo('2026-11-03T10:00:00.000Z');
  return { fresh, asked, parked, decided };
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe-core findings on any screen, ${theme}`, async ({ app, page }) => {
    // The system's choice; Settings is left on "Same as the system".
    await page.emulateMedia({ colorScheme: theme });
    const { fresh, asked, parked, decided } = await fillTheStore(app);
    const screens: { name: string; route: string; ready: (p: Page) => Promise<void> }[] = [
      { name: 'today', route: '#/today', ready: (p) => expect(p.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible() },
      {
        name: 'today-menu',
        route: '#/today',
        ready: async (p) => {
          await expect(p.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
          await p.getByText('More', { exact: true }).first().click();
          await expect(p.locator('.row-menu[open] .menu')).toBeVisible();
        },
      },
      { name: 'requests', route: '#/requests', ready: (p) => expect(p.getByRole('table', { name: 'Requests' })).toBeVisible() },
      { name: 'parked', route: '#/parked', ready: (p) => expect(p.getByRole('table', { name: 'Parked' })).toBeVisible() },
      { name: 'new-request', route: '#/new', ready: (p) => expect(p.getByLabel('Topic')).toBeVisible() },
      {
        name: 'settings',
        route: '#/settings',
        ready: (p) => expect(p.getByRole('button', { name: 'Save settings' })).toBeVisible(),
      },
      {
        name: 'request-waiting',
        route: `#/request/${fresh.id}`,
        ready: (p) => expect(p.getByRole('heading', { name: 'the sponsorship proposal' })).toBeVisible(),
      },
      {
        name: 'request-draft',
        route: `#/request/${fresh.id}/draft/acknowledgement`,
        ready: (p) => expect(p.getByRole('button', { name: 'Mark as sent' })).toBeVisible(),
      },
      {
        name: 'request-asked',
        route: `#/request/${asked.id}`,
        ready: (p) => expect(p.getByRole('img', { name: '1 of 3 asks' })).toBeVisible(),
      },
      {
        name: 'request-parked',
        route: `#/request/${parked.id}`,
        ready: (p) => expect(p.getByRole('heading', { name: 'a site visit' })).toBeVisible(),
      },
      {
        name: 'request-decided',
        route: `#/request/${decided.id}`,
        ready: (p) => expect(p.getByRole('heading', { name: 'The boss decided' })).toBeVisible(),
      },
      {
        name: 'request-fold-contact',
        route: `#/request/${asked.id}`,
        ready: async (p) => {
          await openAction(p, 'Log a contact');
          await expect(p.getByRole('region', { name: 'Log a contact' })).toBeVisible();
        },
      },
      {
        name: 'request-fold-correct',
        route: `#/request/${parked.id}`,
        ready: async (p) => {
          await openAction(p, 'Correct details');
          await expect(p.getByRole('button', { name: 'Save corrections' })).toBeVisible();
        },
      },
      { name: 'digest', route: '#/digest/alex', ready: (p) => expect(p.getByRole('button', { name: 'Mark digest sent' })).toBeVisible() },
      {
        name: 'shortcuts',
        route: '#/today',
        ready: async (p) => {
          await expect(p.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
          await p.keyboard.press('?');
          await expect(p.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
        },
      },
    ];
    const found: string[] = [];
    for (const screen of screens) {
      await app.open(screen.route);
      await screen.ready(page);
      found.push(...(await seriousViolations(page)).map((v) => `${screen.route}: ${v}`));
      await screenshot(page, `theme-${theme}-${screen.name}`);
    }
    expect(found).toEqual([]);
  });
}

test('Your data: the notice, a record set aside and the restore question have no serious or critical findings', async ({ app, page }) => {
  const { fresh } = await fillTheStore(app);
  await damageRequest(app.dir, fresh.id, 'yesterday');
  await app.restart();
  await app.open('#/settings');
  await expect(page.getByRole('region', { name: 'About your data' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Dismiss Jane Doe/ })).toBeVisible();
  const found = await seriousViolations(page);
  await page
    .getByRole('button', { name: /^Restore the backup of/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
  found.push(...(await seriousViolations(page)));
  expect(found).toEqual([]);
});

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the setup screen has no serious or critical axe-core findings, light or dark', async ({ app, page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await app.open('#/today');
      await expect(page.getByRole('heading', { name: 'Before your first request' })).toBeVisible();
      expect(await seriousViolations(page), theme).toEqual([]);
      await screenshot(page, `theme-${theme}-first-run`);
    }
  });
});

test('Settings’ appearance overrides the system: dark on a light system, light on a dark one', async ({ app, page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open('#/settings');
  expect(await background()).toBe('rgb(246, 247, 249)');
  await page.getByLabel('Appearance').selectOption('dark');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  await expect.poll(background).toBe('rgb(20, 23, 28)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(20, 23, 28)');

  await page.getByLabel('Appearance').selectOption('light');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(246, 247, 249)');
  // Back to the system's choice, which is dark now.
  await page.getByLabel('Appearance').selectOption('system');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(background).toBe('rgb(20, 23, 28)');
});
