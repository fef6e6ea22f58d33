import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { MailboxAccount, MailboxStatus } from '../../shared/mailbox/account';
import { mailboxAccountSchema } from '../../shared/ipc/schemas';
import { writeFileAtomic } from '../store/atomic-write';
import type { SecretBox } from '../ipc/system-ports';

/** The mailbox file in the data folder: not a data file, so in no backup and no export. */
export const MAILBOX_FILE = 'mailbox.json';

export const MAILBOX_DAMAGED =
  'The mailbox settings on this computer could not be read (the file is damaged), so the mailbox is not connected. Enter the account again in Settings → Mailbox.';

interface OnDisk {
  account: MailboxAccount;
  /** The password as the operating system encrypted it (base64); null when none is kept. */
  password: string | null;
}

/** Where the emails marked Not a request are listed in the file, and how many are remembered. */
const NOT_REQUESTS = 'notRequests';
const NOT_REQUESTS_KEPT = 500;

/** What a newer version wrote that this one does not know: in the file and in its account. Written back unchanged. */
interface Unknown {
  file: Record<string, unknown>;
  account: Record<string, unknown>;
}

const ACCOUNT_FIELDS = new Set(Object.keys(mailboxAccountSchema.shape));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const split = (record: Record<string, unknown>, known: (key: string) => boolean) => {
  const mine: Record<string, unknown> = {};
  const theirs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) (known(key) ? mine : theirs)[key] = value;
  return [mine, theirs] as const;
};

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

  /** Whether the file is there but unreadable: said on Today and in Settings, not taken for "never connected". */
  private damaged = false;

  private read(): (OnDisk & { unknown: Unknown }) | null {
    this.damaged = false;
    if (!existsSync(this.file)) return null;
    this.damaged = true;
    try {
      const raw: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (!isRecord(raw) || !isRecord(raw.account)) throw new Error('not a mailbox file');
      const [, file] = split(raw, (key) => key === 'account' || key === 'password');
      const [known, account] = split(raw.account, (key) => ACCOUNT_FIELDS.has(key));
      // A file from before a field existed reads with that field's default.
      const parsed = mailboxAccountSchema.safeParse({ logAutomatically: false, offerNewSenders: false, ...known });
      if (!parsed.success) {
        this.log?.('The mailbox file could not be read; the mailbox is not connected.');
        return null;
      }
      this.damaged = false;
      return { account: parsed.data, password: typeof raw.password === 'string' ? raw.password : null, unknown: { file, account } };
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
      damaged: this.damaged ? MAILBOX_DAMAGED : null,
    };
  }

  /** MAILBOX_DAMAGED when the file is there but unreadable, else null. */
  problem(): string | null {
    this.read();
    return this.damaged ? MAILBOX_DAMAGED : null;
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
    const unknown = before?.unknown ?? { file: {}, account: {} };
    const onDisk = { ...unknown.file, account: { ...unknown.account, ...account }, password: kept };
    writeFileAtomic(this.file, `${JSON.stringify(onDisk, null, 2)}\n`);
    return this.status();
  }

  /** New senders' emails marked Not a request, by offer id (a hash of the Message-ID, not an address). */
  notRequests(): Set<string> {
    const list = this.read()?.unknown.file[NOT_REQUESTS];
    return new Set(Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);
  }

  /** Remembers that a new sender's email is not a request: the newest NOT_REQUESTS_KEPT are kept. */
  markNotRequest(id: string): void {
    const saved = this.read();
    if (!saved) return;
    const list = [...this.notRequests()].filter((known) => known !== id);
    const onDisk = {
      ...saved.unknown.file,
      [NOT_REQUESTS]: [...list, id].slice(-NOT_REQUESTS_KEPT),
      account: { ...saved.unknown.account, ...saved.account },
      password: saved.password,
    };
    writeFileAtomic(this.file, `${JSON.stringify(onDisk, null, 2)}\n`);
  }

  forget(): MailboxStatus {
    rmSync(this.file, { force: true });
    this.sessionPassword = null;
    return this.status();
  }
}
