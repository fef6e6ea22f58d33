import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Locator, type Page } from '@playwright/test';
import { SettableClock } from '../../electron/clock';
import type { IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc/contract';
import { APP_URL, bindWindow, pushToWindow } from '../support/bind-window';
import type { ScenarioDriver } from '../scenarios/three-strikes';
import { DueScheduler } from '../../electron/notifications/due-scheduler';
import type { DueNotice } from '../../shared/rules/notifications';
import { openTestStack, type TestSystem } from '../support/open-test-store';

export { APP_URL } from '../support/bind-window';

/** A command's arguments; a missing `version` is filled with the request's current one, as a screen just drawn would. */
export type HarnessArgs<M extends IpcMethod> =
  IpcArgs<M> extends { version: number } ? Omit<IpcArgs<M>, 'version'> & { version?: number } : IpcArgs<M>;

export interface AppHarness extends ScenarioDriver {
  clock: SettableClock;
  dir: string;
  /**
   * Calls the same handler table the window's binding calls, at the clock's current time:
   * how a test writes the past it starts from. Throws the app's own message on a refusal.
   */
  call<M extends IpcMethod>(method: M, args: HarnessArgs<M>): Promise<IpcResult<M>>;
  /** One run of main's notification scheduler: what it showed, and the badge it set. */
  tick(): Promise<{ shown: DueNotice[]; badge: number | null }>;
  /** The operating system as the app used it: mail links opened, files saved. */
  system(): TestSystem;
  /** How many times the window itself called `method` through its API since the harness started. */
  windowCalls(method: IpcMethod): number;
}

/**
 * The built renderer in real Chromium with `window.followThrough` bound to the real handler
 * table through page.exposeBinding. The files are served with the headers the app's custom
 * protocol sends (CSP included). Only Electron's IPC transport is replaced.
 */
export async function startHarness(
  page: Page,
  startAt: string,
  firstRun = false,
): Promise<{ harness: AppHarness; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'follow-through-e2e-'));
  const clock = new SettableClock(new Date(startAt));
  let badge: number | null = null;
  const pending: DueNotice[] = [];
  const withScheduler = (s: ReturnType<typeof openTestStack>) => {
    // What main pushes to the window (an import's progress) reaches the page as webContents.send would.
    s.system.onPush = (event, payload) => void pushToWindow(page, event, payload).catch(() => {});
    return withDueScheduler(s);
  };
  const withDueScheduler = (s: ReturnType<typeof openTestStack>) => ({
    ...s,
    // Main's scheduler, with the window's banner as its only way to notify.
    scheduler: new DueScheduler(s.service, { notify: (notice) => pending.push(notice), setBadge: (n) => (badge = n) }),
  });
  let stack = withScheduler(openTestStack(dir, clock));
  // Most specs start where a user who skipped the first-run setup stands; the first-run spec sees it.
  if (!firstRun) await stack.handlers.finishSetup(null);

  const windowCalls: IpcMethod[] = [];
  await bindWindow(page, (method, args) => {
    windowCalls.push(method);
    return stack.handlers[method](args);
  });

  const harness: AppHarness = {
    clock,
    dir,
    page: () => page,
    clipboard: () => Promise.resolve(stack.system.copied),
    system: () => stack.system,
    windowCalls: (method) => windowCalls.filter((m) => m === method).length,
    screenshot: (name) => screenshot(page, name),
    open: async (route = '#/requests') => {
      await page.goto(`${APP_URL}${route}`);
      // As a person would, start once the window shows a screen rather than "Loading…": keys
      // pressed before then have no screen to go to (a loaded CI machine lost Ctrl+N's first letter).
      await page.locator('main:not(.loading)').waitFor();
    },
    call: async (method, args) => {
      let full: unknown = args;
      if (
        args &&
        typeof args === 'object' &&
        'id' in args &&
        !('version' in args) &&
        method !== 'getRequest' &&
        method !== 'saveCallInvite'
      ) {
        const view = await stack.handlers.getRequest({ id: (args as { id: string }).id });
        if (view.ok && ipcTakesVersion(method)) full = { ...args, version: view.value.version };
      }
      const result = await stack.handlers[method](full);
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    tick: async () => {
      const shown = stack.scheduler.tick();
      for (const notice of pending.splice(0)) await pushToWindow(page, 'dueNotice', notice);
      return { shown, badge };
    },
    restart: async () => {
      stack = withScheduler(openTestStack(dir, clock));
      await page.reload();
    },
    advanceTo: async (iso) => {
      clock.set(new Date(iso));
      await page.reload();
    },
  };
  return { harness, stop: () => rm(dir, { recursive: true, force: true }) };
}

const ipcTakesVersion = (method: IpcMethod) =>
  !['draftAsk', 'draftForClient', 'draftResearch', 'checkWording', 'saveClientProfile'].includes(method);

export const test = base.extend<{ startAt: string; firstRun: boolean; app: AppHarness }>({
  startAt: ['2026-11-02T09:00:00.000Z', { option: true }],
  firstRun: [false, { option: true }],
  app: async ({ page, startAt, firstRun }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    const { harness, stop } = await startHarness(page, startAt, firstRun);
    await use(harness);
    await stop();
    // A CSP violation or an uncaught error in the page fails the test that caused it.
    if (errors.length) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
  },
});

export { expect } from '@playwright/test';

/**
 * Screenshots go to test-results/screenshots/, never into tracked files; `npm run screenshots`
 * copies them into docs/screenshots/ for the README.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`), fullPage: true });
}

/** One part of the screen, for README: the part a reader should look at, not the whole long page. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: path.join('test-results', 'screenshots', `${name}.png`) });
}

/** The data rows of a request table (the queue, Parked), found by role: a row with cells, not column headers. */
export function tableRows(page: Page, table: 'Requests' | 'Parked') {
  return page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

export { fact } from '../support/locators';

export { openAction, type FoldedAction } from '../support/request-page';
