import type { Clock } from '../shared/domain/clock';
import { createHandlers, type HandlerDeps, type HandlerTable } from './ipc/handlers';
import { UntrustedParser } from './untrusted/untrusted-parser';
import type { SystemPorts } from './ipc/system-ports';
import { FollowThroughService } from './service';
import { DataFolder } from './store/data-folder';
import { MailboxStore } from './mailbox/mailbox-store';
import { MailWatcher } from './mailbox/mail-watcher';
import type { OpenStoreFile } from './store/store-files';

export interface AppStack {
  data: DataFolder;
  service: FollowThroughService;
  handlers: HandlerTable;
  mailbox: MailboxStore;
  watcher: MailWatcher;
}

/**
 * Main's stack on a data folder: the files opened and checked, the service, and the handler
 * table. The start-up backup is the caller's next step (`backUpAtStart`), made once the
 * window is showing so that copying the files never delays the first screen. The app and the tests build it here alike; only how a file is opened
 * (electron-store in the app, its base class conf in Node) and the system ports differ.
 */
export function openAppStack(deps: {
  folder: string;
  openFile: OpenStoreFile;
  clock: Clock;
  system: SystemPorts;
  newId: () => string;
  /** The bundled parse worker (out/main/parse-worker.cjs in the app), or how to get it on first use. */
  parseWorker: string | (() => string);
  push?: HandlerDeps['push'];
  log?: (message: string) => void;
  /** How long a mailbox check may take (MailWatcher's CHECK_DEADLINE_SECONDS unless set). */
  mailCheckSeconds?: number;
}): AppStack {
  const data = new DataFolder(deps.folder, deps.openFile, deps.clock.now());
  for (const notice of data.notices) deps.log?.(notice);
  const service = new FollowThroughService({ store: data.store, clock: deps.clock, newId: deps.newId, log: deps.log });
  const parser = new UntrustedParser(deps.parseWorker, deps.log);
  const mailbox = new MailboxStore(deps.folder, deps.system.secrets, deps.log);
  const watcher = new MailWatcher({
    mailbox,
    service,
    parser,
    push: deps.push,
    log: deps.log,
    ...(deps.mailCheckSeconds !== undefined && { deadlineSeconds: deps.mailCheckSeconds }),
  });
  const handlers = createHandlers({ service, data, system: deps.system, parser, mailbox, watcher, push: deps.push, log: deps.log });
  return { data, service, handlers, mailbox, watcher };
}
