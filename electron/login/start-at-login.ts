import path from 'node:path';
import type { App } from 'electron';
import type { StartAtLogin } from '../../shared/ipc/contract';

/** Given to the app when the system starts it at login: it opens minimised. */
export const AT_LOGIN_ARG = '--at-login';

export interface LoginItemDeps {
  os: NodeJS.Platform;
  app: Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings' | 'isPackaged' | 'getAppPath'>;
  /** The program to start: the AppImage itself when run from one, else Electron's executable. */
  executable: string;
  /** $XDG_CONFIG_HOME, or ~/.config: where Linux desktops look for autostart entries. */
  configHome: string;
  files: {
    exists(file: string): Promise<boolean>;
    write(file: string, content: string): Promise<void>;
    remove(file: string): Promise<void>;
  };
}

export interface LoginItem {
  get(): Promise<StartAtLogin>;
  set(enabled: boolean): Promise<StartAtLogin>;
}

/**
 * Start at login, minimised. macOS and Windows keep their own login-item list, which Electron
 * writes; Linux desktops read an autostart entry (the XDG Autostart spec), which is written here.
 * The system's list is the truth, so it is read back rather than kept in Settings: a user who
 * removes the app in the system's own settings sees the box unticked.
 */
export function loginItem({ os, app, executable, configHome, files }: LoginItemDeps): LoginItem {
  // An unpackaged app is Electron plus the app's folder; a packaged one is just its executable.
  const args = app.isPackaged ? [AT_LOGIN_ARG] : [app.getAppPath(), AT_LOGIN_ARG];
  const autostart = path.join(configHome, 'autostart', 'follow-through.desktop');

  if (os === 'linux') {
    const get = async (): Promise<StartAtLogin> => ({ enabled: await files.exists(autostart), supported: true });
    return {
      get,
      set: async (enabled) => {
        if (enabled) await files.write(autostart, desktopEntry(executable, args));
        else await files.remove(autostart);
        return get();
      },
    };
  }
  if (os === 'darwin' || os === 'win32') {
    // Windows matches the entry by its arguments, so reading passes the same ones as writing.
    const options = os === 'win32' ? { path: executable, args } : {};
    const get = (): Promise<StartAtLogin> => Promise.resolve({ enabled: app.getLoginItemSettings(options).openAtLogin, supported: true });
    return {
      get,
      set: (enabled) => {
        app.setLoginItemSettings({ ...options, openAtLogin: enabled });
        return get();
      },
    };
  }
  const unsupported = (): Promise<StartAtLogin> => Promise.resolve({ enabled: false, supported: false });
  return { get: unsupported, set: unsupported };
}

/** Whether this start was the system's, at login: the window then opens minimised. */
export function startedAtLogin(os: NodeJS.Platform, argv: readonly string[], app: Pick<App, 'getLoginItemSettings'>): boolean {
  if (argv.includes(AT_LOGIN_ARG)) return true;
  // macOS cannot pass arguments to a login item, but says when it opened one.
  return os === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

/**
 * An XDG autostart entry. The Desktop Entry spec quotes each argument (escaping " ` $ and \),
 * then escapes backslashes once more as for any string value, and doubles % (a field code).
 */
export function desktopEntry(executable: string, args: readonly string[]): string {
  const quote = (arg: string) => `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
  const exec = [executable, ...args].map(quote).join(' ').replaceAll('\\', '\\\\').replaceAll('%', '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Follow-Through',
    'Comment=Opens Follow-Through minimised when you log in',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
