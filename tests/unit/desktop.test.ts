import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../electron/menu/app-menu';
import { desktopEntry, loginItem, startedAtLogin } from '../../electron/login/start-at-login';
import { placeWindow } from '../../electron/window-state/window-placement';

const noActions = { command: () => {}, openEmail: () => {}, openLogFolder: () => {} };
const names = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role ?? i.type);
const sub = (items: MenuItemConstructorOptions[], name: string) =>
  items.find((i) => (i.label ?? i.role) === name)!.submenu as MenuItemConstructorOptions[];

describe('the application menu on each platform', () => {
  it('macOS: the app menu first (Settings… on Cmd+,), a Window menu, Cmd accelerators, Close in File', () => {
    const menu = appMenuTemplate('darwin', true, noActions);
    expect(names(menu)).toEqual(['Follow-Through', 'File', 'Edit', 'View', 'Go', 'windowMenu', 'Help']);
    const appMenu = sub(menu, 'Follow-Through');
    expect(appMenu.find((i) => i.label === 'Settings…')?.accelerator).toBe('Cmd+,');
    expect(names(appMenu)).toContain('quit');
    expect(sub(menu, 'File').map((i) => i.accelerator ?? i.role ?? i.type)).toEqual(['Cmd+N', 'Cmd+O', 'separator', 'close']);
    expect(sub(menu, 'Go').flatMap((i) => (i.accelerator ? [i.accelerator] : []))).toEqual([
      'Cmd+1',
      'Cmd+2',
      'Cmd+3',
      'Cmd+4',
      'Cmd+K',
      'Cmd+[',
    ]);
    // About lives in the app menu on a Mac, not in Help.
    expect(names(sub(menu, 'Help'))).toEqual(['Keyboard shortcuts', 'Open the log folder']);
  });

  it('Windows: Alt access keys on the menu names, Exit in File, About in Help', () => {
    const menu = appMenuTemplate('win32', true, noActions);
    expect(names(menu)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    expect(sub(menu, '&File').at(-1)).toMatchObject({ role: 'quit', label: 'Exit' });
    expect(sub(menu, '&Help').at(-1)).toMatchObject({ role: 'about' });
  });

  it('sends the command of the item clicked', () => {
    const sent: string[] = [];
    const menu = appMenuTemplate('linux', true, { ...noActions, command: (c) => sent.push(c) });
    const today = sub(menu, '&Go').find((i) => i.id === 'go-today')!;
    (today.click as () => void)();
    expect(sent).toEqual(['go-today']);
  });
});

describe('where the window opens', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1040 };

  it('at the default size the first time, and when the remembered state is damaged', () => {
    for (const saved of [
      undefined,
      null,
      'big',
      { bounds: { x: 0, y: 0, width: -5, height: 700 }, maximized: false },
      { bounds: { x: 0 } },
    ]) {
      expect(placeWindow(saved, [screen])).toEqual({ width: 1200, height: 800, maximized: false });
    }
  });

  it('where it was, maximised if it was', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(placeWindow(saved, [screen])).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
  });

  it('not where its title bar cannot be reached; never smaller than the minimum, nor larger than the screen', () => {
    expect(placeWindow({ bounds: { x: 1880, y: 50, width: 1000, height: 700 }, maximized: false }, [screen])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(placeWindow({ bounds: { x: 100, y: -300, width: 1000, height: 700 }, maximized: false }, [screen])).not.toHaveProperty('x');
    expect(placeWindow({ bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false }, [screen])).toMatchObject({
      width: 760,
      height: 520,
    });
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 4000, height: 3000 }, maximized: false }, [screen])).toMatchObject({
      width: 1920,
      height: 1040,
    });
  });
});

describe('start at login', () => {
  it('writes an autostart entry whose Exec line survives spaces, quotes, dollars, backslashes and percent signs', () => {
    const entry = desktopEntry('/opt/Follow Through/follow-through', ['--at-login']);
    expect(entry).toContain('Exec="/opt/Follow Through/follow-through" "--at-login"\n');
    expect(desktopEntry('/home/o\'neill/$HOME/a"b\\c%d.AppImage', [])).toContain(
      `Exec="/home/o'neill/\\\\$HOME/a\\\\"b\\\\\\\\c%%d.AppImage"`,
    );
  });

  it('on Windows, registers the executable with the login argument, and reads it back with the same', async () => {
    const calls: unknown[] = [];
    let open = false;
    const app = {
      isPackaged: true,
      getAppPath: () => 'C:\\app',
      getLoginItemSettings: (options?: unknown) => (calls.push(['get', options]), { openAtLogin: open }),
      setLoginItemSettings: (settings: { openAtLogin: boolean }) => {
        calls.push(['set', settings]);
        open = settings.openAtLogin;
      },
    };
    const files = { exists: () => Promise.resolve(false), write: () => Promise.resolve(), remove: () => Promise.resolve() };
    const item = loginItem({ os: 'win32', app: app as never, executable: 'C:\\FT\\Follow-Through.exe', configHome: '', files });
    expect(await item.set(true)).toEqual({ enabled: true, supported: true });
    expect(calls).toEqual([
      ['set', { path: 'C:\\FT\\Follow-Through.exe', args: ['--at-login'], openAtLogin: true }],
      ['get', { path: 'C:\\FT\\Follow-Through.exe', args: ['--at-login'] }],
    ]);
  });

  it('knows it was started at login from its argument, or on macOS from the system', () => {
    const notAtLogin = { getLoginItemSettings: () => ({ wasOpenedAtLogin: false }) } as never;
    const atLogin = { getLoginItemSettings: () => ({ wasOpenedAtLogin: true }) } as never;
    expect(startedAtLogin('linux', ['/opt/ft', '--at-login'], notAtLogin)).toBe(true);
    expect(startedAtLogin('linux', ['/opt/ft'], atLogin)).toBe(false);
    expect(startedAtLogin('darwin', ['/Applications/FT.app'], atLogin)).toBe(true);
    expect(startedAtLogin('darwin', ['/Applications/FT.app'], notAtLogin)).toBe(false);
  });
});
