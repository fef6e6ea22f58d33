import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';

/**
 * Main's own wiring, without an Electron binary: the bundled main process (out/main/main.js,
 * exactly what the app ships) runs in Node against a recording stand-in for `electron`
 * (tests/wiring/electron-stand-in.cjs). tests/wiring/drive.mjs lets it start, plays untrusted
 * calls, navigations, window.open, permission requests and path traversals at what it
 * registered, and reports what happened. Only a real binary shows that Electron itself honours
 * these settings; that is the _electron suite's part.
 */
interface Report {
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  channels: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; loaded: string[] }[];
  calls: Record<'trusted' | 'untrusted' | 'noFrame' | 'lookalike', { ok: boolean; code?: string; error?: string }>;
  navigation: Record<string, 'prevented' | 'allowed'>;
  windowOpen: Record<string, string>;
  webviewPrevented: boolean;
  permission: boolean;
  permissionCheck: boolean;
  openedExternally: string[];
  themes: string[];
  themeSaved: boolean;
  mailOpened: unknown;
  log: string;
  switches: string[][];
  userData: string | null;
  asOf: string | null;
  settableClock: boolean;
  protocol: Record<string, { status: number; csp: string | null }>;
}

let home: string;
let report: Report;

/** Runs the bundled main on the stand-in with extra environment variables, and returns its report. */
function drive(env: Record<string, string>): Report {
  const run = spawnSync(process.execPath, ['--import', './tests/wiring/register.mjs', 'tests/wiring/drive.mjs'], {
    env: { ...process.env, STAND_IN_HOME: home, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`The main process did not start on the stand-in:\n${run.stderr}`);
  return JSON.parse(line) as Report;
}

beforeAll(() => {
  if (!existsSync('out/main/main.js')) throw new Error('out/main/main.js is missing: run `npm run build` first (npm test does).');
  home = mkdtempSync(path.join(tmpdir(), 'follow-through-wiring-'));
  report = drive({});
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('main, started on a recording stand-in for Electron', () => {
  it('registers a handler for every channel of the IPC contract, and no other of its own', () => {
    const ours = report.channels.filter((c) => c.startsWith('ft:'));
    expect(ours).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it("answers the app's own page and refuses any other frame, a missing one or a look-alike origin", () => {
    expect(report.calls.trusted.ok).toBe(true);
    for (const call of [report.calls.untrusted, report.calls.noFrame, report.calls.lookalike]) {
      expect(call).toEqual({ ok: false, code: 'refused', error: 'Refused: this page is not part of Follow-Through.' });
    }
  });

  it('creates the window isolated and sandboxed, without Node, loading only the app protocol', () => {
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(report.windows[0]!.options.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(report.windows[0]!.options.webPreferences).not.toHaveProperty('allowRunningInsecureContent', true);
    expect(report.windows[0]!.loaded).toEqual(['app://follow-through/index.html']);
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('prevents navigation to any other origin, and webviews', () => {
    expect(report.navigation).toEqual({
      'https://evil.example/': 'prevented',
      'file:///etc/passwd': 'prevented',
      'app://follow-through/index.html#/today': 'allowed',
      'javascript:alert(1)': 'prevented',
      'app://other/index.html': 'prevented',
    });
    expect(report.webviewPrevented).toBe(true);
  });

  it('denies every window.open and logs it; only the mailto: link main builds for "Open in mail" leaves the app', () => {
    expect(Object.values(report.windowOpen)).toEqual(['deny', 'deny', 'deny', 'deny']);
    expect(report.log).toContain('Refused a new window for "https://evil.example/"');
    expect(report.log).toContain('Refused a new window for "mailto:jane@acme.example"');
    expect(report.mailOpened).toEqual({ ok: true, value: { bodyCopied: false } });
    expect(report.openedExternally).toEqual(['mailto:jane@acme.example?subject=The%20venue%20contract&body=Dear%20Jane%2C']);
  });

  it('sets the native theme from Settings at start, and again when Settings change it', () => {
    expect(report.themeSaved).toBe(true);
    expect(report.themes).toEqual(['system', 'dark']);
  });

  it('denies every permission request and check', () => {
    expect(report.permission).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('serves index.html with the Content-Security-Policy, and 404 to traversal, encoded paths, NUL and other hosts', () => {
    const { 'app://follow-through/index.html': index, ...attacks } = report.protocol;
    expect(index!.status).toBe(200);
    expect(index!.csp).toContain("default-src 'none'");
    expect(index!.csp).toContain("script-src 'self'");
    expect(index!.csp).not.toContain('unsafe-inline');
    expect(index!.csp).not.toContain('unsafe-eval');
    expect(Object.keys(attacks)).toHaveLength(8);
    for (const [url, answer] of Object.entries(attacks)) expect(answer, url).toEqual({ status: 404, csp: null });
  });
});

describe('the test hooks (data folder, clock and locale from the environment)', () => {
  const hooks = (folder: string) => ({
    FOLLOW_THROUGH_USER_DATA: folder,
    FOLLOW_THROUGH_TEST_NOW: '2031-03-04T10:00:00Z',
    FOLLOW_THROUGH_TEST_LOCALE: 'fr-FR',
  });

  it('are obeyed by the unpackaged app the end-to-end suite starts', () => {
    const folder = path.join(home, 'hooked');
    const hooked = drive(hooks(folder));
    expect(hooked.userData).toBe(folder);
    expect(hooked.switches).toContainEqual(['lang', 'fr-FR']);
    expect(hooked.asOf).toMatch(/^2031-03-04T10:00/);
    expect(hooked.settableClock).toBe(true);
  });

  it('are ignored by a packaged app: its data stays in its own folder, on today’s date', () => {
    const packaged = drive({ ...hooks(path.join(home, 'elsewhere')), STAND_IN_PACKAGED: '1' });
    expect(packaged.userData).toBeNull();
    expect(packaged.switches).not.toContainEqual(['lang', 'fr-FR']);
    expect(Math.abs(Date.parse(packaged.asOf ?? '') - Date.now())).toBeLessThan(5 * 60_000);
    expect(packaged.settableClock).toBe(false);
    expect(existsSync(path.join(home, 'elsewhere'))).toBe(false);
  });
});
