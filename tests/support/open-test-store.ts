import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Conf from 'conf';
import { SettableClock } from '../../electron/clock';
import { createHandlers, type HandlerTable } from '../../electron/ipc/handlers';
import type { SystemPorts } from '../../electron/ipc/system-ports';
import { FollowThroughService } from '../../electron/service';
import { RequestStore } from '../../electron/store/request-store';
import { confOptionsFor, type StoreData } from '../../electron/store/store-schema';

/** The operating system as the tests see it: a clipboard in memory, links recorded, files in a folder. */
export class TestSystem implements SystemPorts {
  copied = '';
  opened: string[] = [];
  saved: string[] = [];
  /** Set to false to play a user who cancels the save dialog. */
  acceptSave = true;

  constructor(private readonly exportDir: string) {}

  clipboard = { writeText: (text: string) => void (this.copied = text) };

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

/**
 * The app's main-process stack on a folder of the test's choosing: electron-store's own base
 * class `conf` with the options electron-store would pass it, the real service and the real
 * handler table. Only Electron itself is missing, because its binary cannot run here.
 */
export function openTestStack(dir: string, clock: SettableClock, system = new TestSystem(path.join(dir, 'exports'))) {
  const file = new Conf<StoreData>(confOptionsFor(dir));
  const store = new RequestStore(file);
  const service = new FollowThroughService({ store, clock, newId: randomUUID });
  const handlers: HandlerTable = createHandlers({ service, system });
  return { file, store, service, system, handlers };
}
