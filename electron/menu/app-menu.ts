import type { MenuItemConstructorOptions } from 'electron';
import { GLOBAL_SHORTCUTS, type AppCommand, type Platform } from '../../shared/keyboard/shortcuts';

export interface MenuActions {
  /** Sends a command to the window, as the same key pressed there would. */
  command(command: AppCommand): void;
  /** File > Open email…: choose an .eml or .msg and fill New request from it. */
  openEmail(): void;
  openLogFolder(): void;
}

/**
 * The application menu: File, Edit, View, Go, Help on every platform, with the app menu first
 * and a Window menu on macOS, as its guidelines ask. The accelerators come from the shortcut
 * table the window answers. In Electron the page sees a key first; a menu accelerator fires only
 * for a key the page did not take, so no command runs twice.
 */
export function appMenuTemplate(os: NodeJS.Platform, packaged: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = os === 'darwin';
  const platform: Platform = mac ? 'mac' : 'other';
  const item = (command: AppCommand, label?: string): MenuItemConstructorOptions => {
    const shortcut = GLOBAL_SHORTCUTS.find((s) => s.command === command)!;
    return {
      id: command,
      label: label ?? shortcut.label,
      accelerator: shortcut.accelerator[platform],
      click: () => actions.command(command),
    };
  };
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Follow-Through',
    submenu: [
      { role: 'about' },
      sep,
      // macOS puts Settings here, on Cmd+,; Go > Settings keeps Cmd+4 as on the other platforms.
      { id: 'settings', label: 'Settings…', accelerator: 'Cmd+,', click: () => actions.command('go-settings') },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      item('new-request', 'New request'),
      { id: 'open-email', label: 'Open email…', accelerator: mac ? 'Cmd+O' : 'Ctrl+O', click: () => actions.openEmail() },
      sep,
      mac ? { role: 'close' } : { role: 'quit', label: os === 'win32' ? 'Exit' : 'Quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      // Reloading and the developer tools are for a developer's build only.
      ...(packaged ? [] : ([{ role: 'reload' }, { role: 'toggleDevTools' }, sep] as MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: mac ? 'Go' : '&Go',
    submenu: [item('go-today'), item('go-requests'), item('go-parked'), item('go-settings'), sep, item('search'), sep, item('back')],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      item('show-shortcuts'),
      { id: 'open-log-folder', label: 'Open the log folder', click: () => actions.openLogFolder() },
      ...(mac ? [] : [sep, { role: 'about', label: 'About Follow-Through' } as MenuItemConstructorOptions]),
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    { label: mac ? 'Edit' : '&Edit', role: 'editMenu' },
    view,
    go,
    ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    help,
  ];
}
