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
  /** The operating system's encryption for secrets (the mailbox password): Electron's safeStorage in the app. */
  secrets: SecretBox;
}

export interface SecretBox {
  /** False where the system has no real encryption (on Linux without a keyring Electron falls back to a fixed key). */
  available(): boolean;
  encrypt(text: string): Uint8Array;
  /** Throws when the data was encrypted elsewhere or is damaged. */
  decrypt(data: Uint8Array): string;
}
