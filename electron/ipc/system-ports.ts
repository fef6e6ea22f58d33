import type { LoginItem } from '../login/start-at-login';

/**
 * What the handlers need from the operating system. Main wires these to Electron's
 * clipboard, shell and save dialog; the UI tests wire them to memory and a temp folder.
 */
export interface SystemPorts {
  clipboard: { writeText(text: string): void };
  /** Only ever called with a mailto: link the app built. */
  openExternal(url: string): Promise<void>;
  /** Asks the user where to save; null when they cancel. */
  chooseSavePath(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  /** Whether the system starts the app at login (minimised). */
  loginItem: LoginItem;
}
