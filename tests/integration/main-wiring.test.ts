import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { GLOBAL_SHORTCUTS } from '../../shared/keyboard/shortcuts';
import { driveMain } from '../support/drive-main';

const COMMANDS = Object.fromEntries(GLOBAL_SHORTCUTS.map((s) => [s.command, s]));

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
  windowCalls: string[];
  menu: MenuItem[];
  menuCommands: string[];
  openedPaths: string[];
  trayAtStart: TrayView;
  trayWithDue: TrayView;
  trayCommands: string[];
  windowTitle: string;
  emailsOpened: { fileName: string; bytes: number }[];
  messageBoxes: string[];
  login: {
    before: unknown;
    on: unknown;
    off: unknown;
    autostart: string | null;
    autostartAfterOff: boolean;
    refused: { ok: boolean; code?: string; fieldErrors?: Record<string, string> };
  };
}
interface MenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
}
interface TrayView {
  image: string;
  template: boolean;
  title: string;
  toolTip: string;
  menu: MenuItem[];
}

let home: string;
let report: Report;

/** Runs the bundled main on the stand-in with extra environment variables (and command-line arguments), and returns its report. */
const drive = (env: Record<string, string>, args: string[] = []) => driveMain<Report>(home, env, args);

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

  it('serves index.html with the Content-Security-Policy, 404 to traversal, encoded paths, NUL and other hosts, and 400 to a malformed escape', () => {
    const { 'app://follow-through/index.html': index, ...attacks } = report.protocol;
    expect(index!.status).toBe(200);
    expect(index!.csp).toContain("default-src 'none'");
    expect(index!.csp).toContain("script-src 'self'");
    expect(index!.csp).not.toContain('unsafe-inline');
    expect(index!.csp).not.toContain('unsafe-eval');
    const { 'app://follow-through/%': strayPercent, 'app://follow-through/%E0%A4%A.js': brokenEscape, ...notFound } = attacks;
    expect(Object.keys(notFound)).toHaveLength(8);
    for (const [url, answer] of Object.entries(notFound)) expect(answer, url).toEqual({ status: 404, csp: null });
    // A malformed percent escape is a bad request, answered, never a throw out of the handler.
    expect(strayPercent).toEqual({ status: 400, csp: null });
    expect(brokenEscape).toEqual({ status: 400, csp: null });
  });
});

describe('the test hooks (data folder, clock and locale from the environment)', { timeout: 30_000 }, () => {
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

// Each test here starts the bundled main once or more, as a process: allow what one start may take (drive's own limit).
describe('the desktop parts: application menu, tray, window state, start at login, emails opened with the app', { timeout: 30_000 }, () => {
  const labels = (items: MenuItem[] | undefined) => (items ?? []).map((i) => i.label ?? i.role ?? i.type);
  const submenu = (label: string) => report.menu.find((m) => m.label === label)?.submenu;

  it('sets File, Edit, View, Go and Help, with the accelerators of the shortcut table', () => {
    expect(labels(report.menu)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    expect(submenu('&File')).toEqual([
      { id: 'new-request', label: 'New request', accelerator: 'Ctrl+N' },
      { id: 'open-email', label: 'Open email…', accelerator: 'Ctrl+O' },
      { type: 'separator' },
      { role: 'quit', label: 'Quit' },
    ]);
    expect(report.menu.find((m) => m.label === '&Edit')?.role).toBe('editMenu');
    const go = submenu('&Go')!.filter((i) => i.id);
    expect(go.map((i) => [i.label, i.accelerator])).toEqual([
      ['Today', 'Ctrl+1'],
      ['Requests', 'Ctrl+2'],
      ['Parked', 'Ctrl+3'],
      ['Settings', 'Ctrl+4'],
      ['Search requests', 'Ctrl+K'],
      ['Back', 'Alt+Left'],
    ]);
    for (const item of [...go, ...submenu('&File')!, ...submenu('&Help')!].filter((i) => i.id && i.id in COMMANDS)) {
      expect(item.accelerator, item.id).toBe(COMMANDS[item.id!]!.accelerator.other);
    }
    expect(labels(submenu('&Help'))).toEqual(['Keyboard shortcuts', 'Open the log folder', 'separator', 'About Follow-Through']);
    // A developer's build can reload and open the developer tools; the installed app cannot.
    expect(labels(submenu('&View'))).toContain('toggleDevTools');
  });

  it('sends each menu command to the window, as its key would; the log folder opens in the file manager', () => {
    expect(report.menuCommands).toEqual([
      'new-request',
      'go-today',
      'go-requests',
      'go-parked',
      'go-settings',
      'search',
      'back',
      'show-shortcuts',
    ]);
    expect(report.openedPaths).toEqual([path.join(home, 'userData', 'logs')]);
  });

  it('shows the due count in the tray and the title, and offers Open Today and New request', () => {
    expect(report.trayAtStart).toMatchObject({ image: 'tray.png', toolTip: 'Follow-Through: nothing due' });
    expect(labels(report.trayAtStart.menu)).toEqual([
      'Nothing due',
      'separator',
      'Open Today',
      'New request…',
      'separator',
      'Quit Follow-Through',
    ]);
    expect(report.trayAtStart.menu[0]!.enabled).toBe(false);
    // One request logged this morning: it waits for its acknowledgement and its first ask.
    expect(report.trayWithDue).toMatchObject({ image: 'tray-due.png', toolTip: 'Follow-Through: 2 items due' });
    expect(report.trayWithDue.menu[0]!.label).toBe('2 items due');
    expect(report.windowTitle).toBe('Follow-Through (2 due)');
    // Open Today, New request, then a click on the icon itself (Windows and Linux open the app).
    expect(report.trayCommands).toEqual(['go-today', 'new-request', 'go-today']);
  });

  it('leaves developer items out of the installed app’s menu', () => {
    const packaged = drive({ STAND_IN_PACKAGED: '1' });
    const view = packaged.menu.find((m) => m.label === '&View')?.submenu;
    expect(labels(view)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('remembers the window’s size, place and maximised state; a place on a screen since unplugged is not used', () => {
    const folder = path.join(home, 'window-state');
    const first = drive({
      FOLLOW_THROUGH_USER_DATA: folder,
      STAND_IN_LEAVE_WINDOW: JSON.stringify({ bounds: { x: 140, y: 90, width: 1000, height: 700 }, maximized: true }),
    });
    expect(first.windows[0]!.options).toMatchObject({ width: 1200, height: 800, minWidth: 760, minHeight: 520 });
    expect(first.windows[0]!.options).not.toHaveProperty('x');
    expect(first.windowCalls).toEqual(['show']);

    const second = drive({
      FOLLOW_THROUGH_USER_DATA: folder,
      STAND_IN_LEAVE_WINDOW: JSON.stringify({ bounds: { x: 2100, y: 60, width: 1400, height: 900 }, maximized: false }),
    });
    expect(second.windows[0]!.options).toMatchObject({ x: 140, y: 90, width: 1000, height: 700 });
    expect(second.windowCalls).toEqual(['maximize', 'show']);

    // Left on a second screen, which is there the next time, then unplugged the time after.
    const twoScreens = JSON.stringify([
      { x: 0, y: 0, width: 1920, height: 1040 },
      { x: 1920, y: 0, width: 1280, height: 1000 },
    ]);
    const third = drive({ FOLLOW_THROUGH_USER_DATA: folder, STAND_IN_DISPLAYS: twoScreens });
    expect(third.windows[0]!.options).toMatchObject({ x: 2100, y: 60, width: 1280, height: 900 });
    const oneScreen = JSON.stringify([{ x: 0, y: 0, width: 1366, height: 728 }]);
    const fourth = drive({ FOLLOW_THROUGH_USER_DATA: folder, STAND_IN_DISPLAYS: oneScreen });
    expect(fourth.windows[0]!.options).not.toHaveProperty('x');
    expect(fourth.windows[0]!.options).toMatchObject({ width: 1366, height: 728 });
    expect(fourth.windowCalls).toEqual(['show']);
  });

  it('starts minimised when the system starts it at login, and writes and removes the login item (Linux: an autostart entry)', () => {
    expect(report.login.before).toEqual({ enabled: false, supported: true });
    expect(report.login.on).toEqual({ enabled: true, supported: true });
    expect(report.login.autostart).toContain('[Desktop Entry]');
    expect(report.login.autostart).toContain(`Exec="${process.execPath}" "${process.cwd()}" "--at-login"`);
    expect(report.login.off).toEqual({ enabled: false, supported: true });
    expect(report.login.autostartAfterOff).toBe(false);
    expect(report.login.refused).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { enabled: 'Say whether to start at login: true or false.' },
    });

    const atLogin = drive({}, ['--at-login']);
    expect(atLogin.windowCalls).toEqual(['minimize']);
  });

  it('hands an email file opened with the app to the window; says what is wrong with one it cannot read', () => {
    const eml = path.join(home, 'venue.eml');
    const content = 'From: Jane Doe <jane@acme.example>\r\nSubject: The venue\r\n\r\nHello';
    writeFileSync(eml, content);
    const opened = drive({}, [eml, path.join(home, 'notes.txt'), path.join(home, 'gone.eml')]);
    expect(opened.emailsOpened).toEqual([{ fileName: 'venue.eml', bytes: content.length }]);
    expect(opened.messageBoxes).toEqual(['“gone.eml” could not be read. Check that it still exists and that you may open it.']);
  });
});
