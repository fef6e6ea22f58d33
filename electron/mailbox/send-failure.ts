import type { MailServer } from '../../shared/mailbox/account';
import { mailFailure } from './connection-check';

/** How far a send got before it failed: what can be said of it depends on that alone. */
export type SendStage = 'connecting' | 'envelope' | 'data';

/** Why a send failed, in words, and whether the message may have gone all the same. */
export interface SendFailure {
  message: string;
  /** The line went while the message itself was being handed over: it may have been delivered. */
  unknown: boolean;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

/**
 * A failed send in words, as a mail program says it. A server that answered with a refusal is
 * quoted (its own sentence, without the numbers), and whose refusal it was (the recipient, the
 * sender or the message) is said by the command it answered. A 4xx is temporary: the app does
 * not send again by itself, so the user is told to. A line lost after the message started to
 * go is not "not sent": nobody knows, and the user is told where to look before sending again.
 * `idleSeconds`: how long the line may stay silent, said when it did.
 */
export function sendFailure(error: unknown, server: MailServer, stage: SendStage, idleSeconds: number): SendFailure {
  const e = (error ?? {}) as SmtpError;
  const code = e.responseCode;
  // A refused sign-in is about the settings, said as Test connection says it.
  if (e.code === 'EAUTH' || e.command?.startsWith('AUTH'))
    return { message: `Not sent: ${mailFailure(error, server, 'SMTP').message}`, unknown: false };
  if (code && code >= 400 && code < 600) {
    const said = serverSentence(e.response ?? '');
    const quoted = said ? ` The server said: “${said}”` : '';
    if (code >= 500) {
      const whose =
        e.command === 'RCPT TO'
          ? 'refused the recipient’s address'
          : e.command === 'MAIL FROM'
            ? 'refused your address as the sender'
            : e.command?.startsWith('AUTH')
              ? 'refused the sign-in'
              : 'refused the message';
      return { message: `Not sent: the mail server ${whose}.${quoted}`, unknown: false };
    }
    return {
      message: `Not sent: the mail server turned it away for now (a temporary refusal).${quoted} The app does not try again by itself: send it again later.`,
      unknown: false,
    };
  }
  if (stage === 'data') {
    const why =
      e.code === 'ETIMEDOUT' ? `${server.host} stopped answering for ${idleSeconds} seconds` : `the connection to ${server.host} was lost`;
    return {
      message: `It is not known whether this message went: ${why} while it was being handed over. Look in your Sent folder, or ask the client, before sending it again.`,
      unknown: true,
    };
  }
  if (e.code === 'ETIMEDOUT' && stage === 'envelope') {
    return { message: `Not sent: ${server.host} stopped answering for ${idleSeconds} seconds. Try again in a while.`, unknown: false };
  }
  return { message: `Not sent: ${mailFailure(error, server, 'SMTP').message}`, unknown: false };
}

/** "550 5.1.1 <a@b>: Recipient address rejected" → "<a@b>: Recipient address rejected": the words, not the codes. */
function serverSentence(response: string): string {
  return response
    .split(/\r?\n/)
    .map((line) => line.replace(/^\d{3}[ -]?(\d\.\d{1,3}\.\d{1,3}\s+)?/, '').trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 300);
}
