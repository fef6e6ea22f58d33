import { randomUUID } from 'node:crypto';
import Conf from 'conf';
import { SettableClock } from '../../electron/clock';
import { createHandlers, type HandlerTable } from '../../electron/ipc/handlers';
import { FollowThroughService } from '../../electron/service';
import { RequestStore } from '../../electron/store/request-store';
import { confOptionsFor, type StoreData } from '../../electron/store/store-schema';

/**
 * The app's main-process stack on a folder of the test's choosing: electron-store's own base
 * class `conf` with the app's store options, the real service and the real handler table.
 * Only Electron itself is missing, because its binary cannot run here.
 */
export function openTestStack(dir: string, clock: SettableClock) {
  const file = new Conf<StoreData>(confOptionsFor(dir));
  const store = new RequestStore(file);
  const service = new FollowThroughService({ store, clock, newId: randomUUID });
  const clipboard = { text: '', writeText(text: string) { this.text = text; } };
  const handlers: HandlerTable = createHandlers({ service, clipboard });
  return { file, store, service, clipboard, handlers };
}
