import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Conf from 'conf';
import { SettableClock } from '../../electron/clock';
import { openAppStack } from '../../electron/app-stack';
import type { SystemPorts } from '../../electron/ipc/system-ports';
import { confOptionsFor, type OpenStoreFile } from '../../electron/store/store-files';
import type { AppEvent, AppEvents } from '../../shared/ipc/contract';
import { parseWorkerPath } from './parse-worker';

/** The operating system as the tests see it: a clipboard in memory, links recorded, files in a folder. */
export class TestSystem implements SystemPorts {
  copied = '';
  opened: string[] = [];
  saved: string[] = [];
  /** Set to false to play a user who cancels the save dialog. */
  acceptSave = true;

  /** What main pushed to the window (an import's progress), in order. */
  pushed: { event: AppEvent; payload: unknown }[] = [];
  /** Set to forward each push to a window (the UI tests' page). */
  onPush: (<E extends AppEvent>(event: E, payload: AppEvents[E]) => void) | null = null;

  push = <E extends AppEvent>(event: E, payload: AppEvents[E]): void => {
    this.pushed.push({ event, payload });
    this.onPush?.(event, payload);
  };

  /** The system's login-item list, as far as this app is concerned. */
  startsAtLogin = false;

  constructor(private readonly exportDir: string) {}

  loginItem = {
    get: () => Promise.resolve({ enabled: this.startsAtLogin, supported: true }),
    set: (enabled: boolean) => {
      this.startsAtLogin = enabled;
      return this.loginItem.get();
    },
  };

  clipboard = { writeText: (text: string) => void (this.copied = text) };

  /** Set to false to play a Linux machine with no keyring: no real encryption for the mailbox password. */
  canEncrypt = true;

  /**
   * The operating system's secret encryption, played by a reversible scrambling with a marker:
   * enough that a test grepping the data folder for the password finds it only if the app wrote
   * it in the clear.
   */
  secrets = {
    available: () => this.canEncrypt,
    encrypt: (text: string) => Buffer.concat([Buffer.from('sealed:'), Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)]),
    decrypt: (data: Uint8Array) => {
      const buffer = Buffer.from(data);
      if (!buffer.subarray(0, 7).equals(Buffer.from('sealed:'))) throw new Error('Not sealed here.');
      return Buffer.from(buffer.subarray(7).map((b) => b ^ 0x5a)).toString('utf8');
    },
  };

  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }

  async chooseSavePath(defaultName: string): Promise<string | null> {
    if (!this.acceptSave) return null;
    await mkdir(this.exportDir, { recursive: true });
    return path.join(this.exportDir, defaultName);
  }

  async writeFile(file: string, content: string | Uint8Array): Promise<void> {
    await writeFile(file, content);
    this.saved.push(file);
  }
}

/** Opens data files the way electron-store would, through its base class conf. */
export const confFiles =
  (dir: string): OpenStoreFile =>
  (name) =>
    new Conf<Record<string, unknown>>(confOptionsFor(dir, name));

/**
 * The app's main-process stack on a folder of the test's choosing: electron-store's own base
 * class `conf` with the options electron-store would pass it, and main's own stack (data folder,
 * backups, service, handler table). Only Electron itself is missing, because its binary cannot
 * run here.
 */
export function openTestStack(
  dir: string,
  clock: SettableClock,
  system = new TestSystem(path.join(dir, 'exports')),
  openFile = confFiles(dir),
  log?: (message: string) => void,
  /** A mailbox check's bound, shorter for the tests that stall a server. */
  mailCheckSeconds?: number,
) {
  const stack = openAppStack({
    ...(mailCheckSeconds !== undefined && { mailCheckSeconds }),
    folder: dir,
    openFile,
    clock,
    system,
    newId: randomUUID,
    parseWorker: parseWorkerPath,
    push: system.push,
    log,
  });
  stack.data.backUpAtStart(clock.now(), stack.service.requestCount());
  return { ...stack, store: stack.data.store, system };
}
