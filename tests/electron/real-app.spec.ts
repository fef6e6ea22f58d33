import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { threeStrikeScenario, type ScenarioDriver } from '../scenarios/three-strikes';

/**
 * The Electron binary that `npm install` downloads, or null where it was not. Read from the
 * package's own path.txt rather than by requiring 'electron': since Electron 45 that require
 * tries to download a missing binary, which a machine without the internet cannot.
 */
function electronBinary(): string | null {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.log('skipped: no Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline); the real-app suite needs one');
}

test.describe('the real Electron app', () => {
  test.skip(!binary, 'skipped: no Electron binary');

  test('the walking-skeleton scenario, in the packaged main process, preload and window', async () => {
    const userData = await mkdtemp(path.join(tmpdir(), 'follow-through-electron-'));
    const launch = async (now: string) => {
      const app = await electron.launch({
        executablePath: binary!,
        args: ['.'],
        env: {
          ...process.env,
          TZ: 'Europe/London',
          FOLLOW_THROUGH_TEST_LOCALE: 'en-GB',
          FOLLOW_THROUGH_USER_DATA: userData,
          FOLLOW_THROUGH_TEST_NOW: now,
        },
      });
      return { app, page: await app.firstWindow() };
    };
    let current: { app: ElectronApplication; page: Page } = await launch('2026-11-02T09:00:00.000Z');
    const nowOf = () =>
      current.app.evaluate(() => (globalThis as { followThroughClock?: { now(): Date } }).followThroughClock!.now().toISOString());
    const driver: ScenarioDriver = {
      page: () => current.page,
      open: async (route) => {
        await current.page.evaluate((hash) => (window.location.hash = hash), route);
      },
      advanceTo: async (iso) => {
        await current.app.evaluate((_electron, to) => {
          (globalThis as { followThroughClock?: { set(d: Date): void } }).followThroughClock!.set(new Date(to));
        }, iso);
        await current.page.reload();
      },
      restart: async () => {
        const now = await nowOf();
        const url = current.page.url();
        await current.app.close();
        current = await launch(now);
        await current.page.evaluate((hash) => (window.location.hash = hash), new URL(url).hash);
      },
      clipboard: () => current.app.evaluate(({ clipboard }) => clipboard.readText()),
      screenshot: async () => {},
    };
    try {
      await threeStrikeScenario(driver);
    } finally {
      await current.app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });

  test('the native menu and Ctrl/Cmd+2 in the real window', async () => {
    const userData = await mkdtemp(path.join(tmpdir(), 'follow-through-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, FOLLOW_THROUGH_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? []);
      expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Help']));
      // A menu click reaches the window as its key would.
      await app.evaluate(({ Menu }) => {
        // MenuItem.click is typed as a bare Function; this one is the template's own click handler.
        (Menu.getApplicationMenu()!.getMenuItemById('go-parked')!.click as () => void)();
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parked');
      await page.keyboard.press(process.platform === 'darwin' ? 'Meta+2' : 'Control+2');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Requests');
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
