import { ImapFlow } from 'imapflow';
import type { MailboxAccount } from '../../shared/mailbox/account';
import { imapOptions } from './connection-check';

/** How long after a lost connection the listener tries again; the regular check goes on meanwhile. */
export const RECONNECT_SECONDS = 60;
/** New mail often comes in bursts (a thread, a forward): one check after the last of them. */
const SETTLE_MS = 1500;

/**
 * Keeps one connection open on the inbox and says when new mail arrives, so a client's email is
 * offered within seconds instead of at the next regular check. The server's IDLE is used where
 * it offers it (imapflow starts it whenever the connection is quiet); where it does not,
 * imapflow asks with NOOP every two minutes instead. Nothing is read here: the check that
 * follows does the reading, with all its rules. A connection that fails or drops is tried
 * again after RECONNECT_SECONDS, quietly: the check's status line is what the user sees.
 */
export class InboxListener {
  private client: ImapFlow | null = null;
  private wanted = false;
  private retry: NodeJS.Timeout | null = null;
  private settle: NodeJS.Timeout | null = null;
  private opened: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      connection: () => { account: MailboxAccount; password: string } | null;
      onNewMail: () => void;
      log?: (message: string) => void;
    },
  ) {}

  /** Listens with the account as it is now; a connection already open is closed first. */
  start(): void {
    this.wanted = true;
    this.close();
    const connection = this.deps.connection();
    if (!connection) return;
    const client = new ImapFlow({
      ...imapOptions(connection.account, connection.password),
      // IDLE is silent by design until mail comes; it is renewed every maxIdleTime.
      socketTimeout: 5 * 60_000,
      autoIdleDelay: 1000,
      maxIdleTime: 2 * 60_000,
      missingIdleCommand: 'NOOP',
    });
    this.client = client;
    client.on('error', () => {});
    client.on('exists', (update: { count: number; prevCount: number }) => {
      if (update.count > update.prevCount) this.newMail();
    });
    client.on('close', () => {
      if (this.client !== client) return;
      this.client = null;
      this.later();
    });
    this.opened = (async () => {
      try {
        await client.connect();
        await client.mailboxOpen('INBOX', { readOnly: true });
      } catch (error) {
        this.deps.log?.(
          `Listening for new mail failed; trying again in ${RECONNECT_SECONDS} s: ${String((error as Error)?.message ?? error)}`,
        );
        client.close();
      }
    })();
  }

  /** Resolves once the inbox is open (or opening failed): the tests deliver mail after it. */
  ready(): Promise<void> {
    return this.opened;
  }

  stop(): void {
    this.wanted = false;
    this.close();
  }

  private newMail(): void {
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      this.deps.onNewMail();
    }, SETTLE_MS);
    this.settle.unref();
  }

  private later(): void {
    if (!this.wanted || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.wanted) this.start();
    }, RECONNECT_SECONDS * 1000);
    this.retry.unref();
  }

  private close(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    if (client) void client.logout().catch(() => client.close());
  }
}
