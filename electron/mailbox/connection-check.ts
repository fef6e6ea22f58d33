import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { MailboxAccount, MailFailure, MailServer, ServerCheck } from '../../shared/mailbox/account';

/** Long enough for a slow server across the world; short enough that Test connection answers while the user waits. */
export const CHECK_SECONDS = 20;

const where = (server: MailServer) => `${server.host}:${server.port}`;

/**
 * Says in words what went wrong connecting to a mail server, by the stage that failed, so the
 * user knows what to change: the server name (DNS), the port or the network (connect), the
 * security choice (TLS), the user name or password (login), or the folders (folder).
 */
export function mailFailure(error: unknown, server: MailServer, protocol: 'IMAP' | 'SMTP'): { failure: MailFailure; message: string } {
  const e = (error ?? {}) as {
    code?: string;
    /** nodemailer keeps the system's code (ECONNREFUSED) here and puts its own stage (ESOCKET) in `code`. */
    originalCode?: string;
    response?: string;
    authenticationFailed?: boolean;
    tlsFailed?: boolean;
    responseCode?: number;
    message?: string;
  };
  const code = e.originalCode ?? e.code ?? '';
  const text = String(e.message ?? '');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EDNS' || /getaddrinfo/.test(text)) {
    return {
      failure: 'dns',
      message: `No mail server called ${server.host} could be found. Check the ${protocol} server name, and that this computer is online.`,
    };
  }
  if (
    e.authenticationFailed ||
    code === 'EAUTH' ||
    e.responseCode === 535 ||
    /AUTHENTICATIONFAILED|authentication failed|invalid credentials/i.test(text)
  ) {
    return {
      failure: 'login',
      message: `${protocol} sign-in was refused for this user name and password. Check both; with two-step sign-in, use an app password.`,
    };
  }
  if (
    e.tlsFailed ||
    code === 'ETLS' ||
    /^ERR_SSL|^ERR_TLS|CERT|SELF_SIGNED/.test(code) ||
    /wrong version number|ssl|tls|certificate/i.test(text)
  ) {
    return {
      failure: 'tls',
      message: `The secure connection to ${where(server)} failed. Check the security setting for ${protocol}: TLS usually goes with port ${protocol === 'IMAP' ? 993 : 465}, STARTTLS with ${protocol === 'IMAP' ? 143 : 587}.`,
    };
  }
  if (code === 'CONNECT_TIMEOUT' || code === 'ETIMEDOUT' || code === 'ETIMEOUT' || /timed? ?out/i.test(text)) {
    return {
      failure: 'timeout',
      message: `${where(server)} did not answer within ${CHECK_SECONDS} seconds. Check the port, and any firewall or VPN.`,
    };
  }
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/.test(text)) {
    return { failure: 'connect', message: `Nothing answered for ${protocol} at ${where(server)}. Check the port number.` };
  }
  if (code === 'ECONNRESET' || code === 'ECONNECTION' || code === 'EPIPE' || /closed unexpectedly|socket hang up/i.test(text)) {
    return {
      failure: 'connect',
      message: `${where(server)} answered, then closed the connection. Check the port and the security setting for ${protocol}; if they are right, the server may be busy: try again in a while.`,
    };
  }
  // It answered, but not as expected: its own words say more than any guess.
  const said = (e.response ?? text).replace(/\s+/g, ' ').trim().slice(0, 300);
  return {
    failure: 'connect',
    message: `${protocol} at ${where(server)} answered in a way the app did not expect: “${said || 'no reason given'}”.`,
  };
}

export function imapOptions(account: MailboxAccount, password: string) {
  const { host, port, security } = account.imap;
  return {
    host,
    port,
    secure: security === 'tls',
    // STARTTLS when chosen is required, never skipped if the server stops offering it.
    doSTARTTLS: security === 'starttls' ? true : security === 'none' ? false : undefined,
    auth: { user: account.user, pass: password },
    logger: false as const,
    connectionTimeout: CHECK_SECONDS * 1000,
    greetingTimeout: CHECK_SECONDS * 1000,
    // A line that stops passing data is given up within a minute; the inbox listener, which waits
    // in IDLE on purpose, sets its own.
    socketTimeout: 60 * 1000,
    // A message or response larger than this is not read: the mailbox is someone's real inbox.
    maxLiteralSize: 64 * 1024 * 1024,
    maxResponseSize: 96 * 1024 * 1024,
  };
}

export function smtpTransport(account: MailboxAccount, password: string) {
  const { host, port, security } = account.smtp;
  return nodemailer.createTransport({
    host,
    port,
    secure: security === 'tls',
    requireTLS: security === 'starttls',
    ignoreTLS: security === 'none',
    auth: { user: account.user, pass: password },
    connectionTimeout: CHECK_SECONDS * 1000,
    greetingTimeout: CHECK_SECONDS * 1000,
    socketTimeout: 60 * 1000,
  });
}

/** Signs in to IMAP and finds the inbox, Sent and Drafts; signs out again. */
export async function checkImap(account: MailboxAccount, password: string): Promise<ServerCheck> {
  const client = new ImapFlow(imapOptions(account, password));
  // A connection that fails after connect() resolved emits 'error'; without a listener it would throw in main.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    return { ok: false, ...mailFailure(error, account.imap, 'IMAP') };
  }
  try {
    const folders = await client.list();
    const sent = folders.find((f) => f.specialUse === '\\Sent');
    const drafts = folders.find((f) => f.specialUse === '\\Drafts');
    const missing = [!sent && 'Sent', !drafts && 'Drafts'].filter(Boolean);
    if (missing.length) {
      return {
        ok: false,
        failure: 'folder',
        message: `Signed in, but this mailbox marks no ${missing.join(' or ')} folder, so sent mail and drafts cannot be found. Create it in your mail program, then test again.`,
      };
    }
    return { ok: true, detail: `Signed in; inbox, ${sent!.path} and ${drafts!.path} found.` };
  } catch (error) {
    return { ok: false, ...mailFailure(error, account.imap, 'IMAP') };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** Connects to SMTP and signs in, sending nothing. */
export async function checkSmtp(account: MailboxAccount, password: string): Promise<ServerCheck> {
  const transport = smtpTransport(account, password);
  try {
    await transport.verify();
    return { ok: true, detail: 'Signed in; ready to send.' };
  } catch (error) {
    return { ok: false, ...mailFailure(error, account.smtp, 'SMTP') };
  } finally {
    transport.close();
  }
}
