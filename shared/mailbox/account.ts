import type { ClientMessageKind } from '../domain/events';

/**
 * The assistant's mailbox, as the app connects to it: IMAP to read (the inbox, Sent, Drafts)
 * and SMTP to send. A setting of this computer, not of the data: it is not in Settings, an
 * export or a backup, and its password is kept apart, encrypted by the operating system.
 */

/** How a connection is secured: TLS from the start (993, 465), upgraded with STARTTLS (143, 587), or none (a server on this computer only). */
export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

/**
 * How the app signs in. Only a password (or an app password) today; 'oauth2' (XOAUTH2 for
 * Microsoft 365 and Gmail) will be a second value with its own token store, so every account
 * already says which it uses.
 */
export const MAIL_AUTH = ['password'] as const;
export type MailAuth = (typeof MAIL_AUTH)[number];

export interface MailServer {
  host: string;
  port: number;
  security: MailSecurity;
}

export interface MailboxAccount {
  /** The address mail is sent from and clients write to. */
  address: string;
  /** The sign-in name, often the address itself. */
  user: string;
  auth: MailAuth;
  imap: MailServer;
  smtp: MailServer;
  /**
   * A client's email found in the inbox is logged as a contact at once (a reply falls due), as
   * Log as contact would; off, each is offered on Today first. Off in files from before it existed.
   */
  logAutomatically: boolean;
  /**
   * Emails from senders who are neither clients with an open request nor bosses are listed on
   * Today (sender, subject and date only) to start a new request from. Off unless chosen.
   */
  offerNewSenders: boolean;
}

/** The usual port for each protocol and security, offered when the user picks one. */
export const DEFAULT_PORTS: Record<'imap' | 'smtp', Record<MailSecurity, number>> = {
  imap: { tls: 993, starttls: 143, none: 143 },
  smtp: { tls: 465, starttls: 587, none: 25 },
};

/** The stage of a connection that failed, so the message can say what to check. */
export const MAIL_FAILURES = ['dns', 'connect', 'tls', 'login', 'folder', 'timeout', 'unavailable'] as const;
export type MailFailure = (typeof MAIL_FAILURES)[number];

export type ServerCheck = { ok: true; detail: string } | { ok: false; failure: MailFailure; message: string };

/** What Test connection found, for each server. */
export interface MailboxCheck {
  imap: ServerCheck;
  smtp: ServerCheck;
}

/** What Settings shows: the account (never its password), whether a password is kept, and how the mailbox is doing. */
export interface MailboxStatus {
  account: MailboxAccount | null;
  hasPassword: boolean;
  /** The mailbox file is there but could not be read: what to do, in words; null when it is fine or absent. */
  damaged: string | null;
  /** False where the operating system offers no encryption for secrets: then no password is kept. */
  canKeepPassword: boolean;
}

/** A client's email found in the inbox, offered to be logged as a contact on their open request. */
export interface MailOffer {
  id: string;
  requestId: string;
  /** The request's version as the offer was listed: logging it is refused if the request changed since. */
  version: number;
  clientName: string;
  topic: string;
  /** ISO instant the email was sent (its Date), never later than when it was found. */
  at: string;
  subject: string;
  /** The first lines of what they wrote, without the quoted history; empty when it could not be read. */
  firstLines: string;
}

/** A draft the app proposed that the Sent folder shows went out from the mail program: offered to be marked as sent. */
export interface SentOffer {
  id: string;
  requestId: string;
  version: number;
  clientName: string;
  topic: string;
  kind: ClientMessageKind;
  subject: string;
  /** When it really went out (ISO), from the message's Date. */
  sentAt: string;
}

/** The boss's reply to an ask emailed from the app, offered to be recorded as the decision. */
export interface BossReply {
  id: string;
  requestId: string;
  version: number;
  bossName: string;
  clientName: string;
  topic: string;
  /** When the boss sent it (ISO). */
  at: string;
  /** What the boss wrote, without the quoted ask or the signature; empty when it could not be read. */
  text: string;
}

/** A client's email the app logged as a contact by itself (Log automatically on): Today says so, the day it was logged. */
export interface LoggedMail {
  id: string;
  requestId: string;
  clientName: string;
  topic: string;
  /** When the client sent it (ISO). */
  at: string;
  subject: string;
}

/** An email from a new sender (Offer emails from new senders on): only its envelope has been read. */
export interface NewSenderMail {
  id: string;
  fromName: string;
  from: string;
  subject: string;
  /** When it was sent (ISO). */
  at: string;
}

/** What the inbox check found, and how the mailbox is doing. */
export interface MailOffers {
  offers: MailOffer[];
  sent: SentOffer[];
  replies: BossReply[];
  /** Logged automatically today. */
  logged: LoggedMail[];
  /** The newest emails from new senders, when the account offers them; empty otherwise. */
  newSenders: NewSenderMail[];
  /** When the inbox was last read without trouble (ISO); null before the first time. */
  checkedAt: string | null;
  /** Why the last check failed, in words; null when it worked. The window is never blocked by it. */
  problem: string | null;
}
