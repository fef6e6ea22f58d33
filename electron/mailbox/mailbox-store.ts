import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { MailboxAccount, MailboxStatus } from '../../shared/mailbox/account';
import { mailboxAccountSchema } from '../../shared/ipc/schemas';
import { writeFileAtomic } from '../store/atomic-write';
import type { SecretBox } from '../ipc/system-ports';

/** The mailbox file in the data folder: not a data file, so in no backup and no export. */
export const MAILBOX_FILE = 'mailbox.json';

interface OnDisk {
  account: MailboxAccount;
  /** The password as the operating system encrypted it (base64); null when none is kept. */
  password: string | null;
}

/**
 * The mailbox account of this computer, and its password encrypted by the operating system
 * (Electron's safeStorage: the Keychain, DPAPI, or the Secret Service on Linux). The password is
 * decrypted only when a connection needs it and never written anywhere else. Where the system
 * offers no encryption, no password is kept: the user types it again after a restart.
 */
export class MailboxStore {
  private readonly file: string;
  /** Where the system cannot encrypt: the password typed this session, in memory only. */
  private sessionPassword: string | null = null;

  constructor(
    folder: string,
    private readonly secrets: SecretBox,
    private readonly log?: (message: string) => void,
  ) {
    this.file = path.join(folder, MAILBOX_FILE);
  }

  private read(): OnDisk | null {
    if (!existsSync(this.file)) return null;
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as { account?: unknown; password?: unknown };
      const account = mailboxAccountSchema.safeParse(raw.account);
      if (!account.success) {
        this.log?.('The mailbox file could not be read; the mailbox is not connected.');
        return null;
      }
      return { account: account.data, password: typeof raw.password === 'string' ? raw.password : null };
    } catch {
      this.log?.('The mailbox file could not be read; the mailbox is not connected.');
      return null;
    }
  }

  status(): MailboxStatus {
    const saved = this.read();
    return {
      account: saved?.account ?? null,
      hasPassword: saved !== null && (saved.password !== null || this.sessionPassword !== null),
      canKeepPassword: this.secrets.available(),
    };
  }

  account(): MailboxAccount | null {
    return this.read()?.account ?? null;
  }

  /** The saved password, decrypted; null when none is kept or it cannot be decrypted (another user, a new keyring). */
  password(): string | null {
    const saved = this.read();
    if (!saved) return null;
    if (saved.password === null) return this.sessionPassword;
    try {
      return this.secrets.decrypt(Buffer.from(saved.password, 'base64'));
    } catch {
      this.log?.('The saved mailbox password could not be decrypted; it must be entered again.');
      return null;
    }
  }

  /** `password` null keeps the one saved. */
  save(account: MailboxAccount, password: string | null): MailboxStatus {
    const before = this.read();
    let kept = before?.password ?? null;
    if (password !== null) {
      if (this.secrets.available()) {
        kept = Buffer.from(this.secrets.encrypt(password)).toString('base64');
        this.sessionPassword = null;
      } else {
        kept = null;
        this.sessionPassword = password;
      }
    }
    writeFileAtomic(this.file, `${JSON.stringify({ account, password: kept } satisfies OnDisk, null, 2)}\n`);
    return this.status();
  }

  forget(): MailboxStatus {
    rmSync(this.file, { force: true });
    this.sessionPassword = null;
    return this.status();
  }
}
