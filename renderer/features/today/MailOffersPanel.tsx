import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CLIENT_MESSAGE_LABELS } from '../../../shared/domain/events';
import type { BossReply, LoggedMail, MailOffer, NewSenderMail, SentOffer } from '../../../shared/mailbox/account';
import type { EmailSource } from '../../../shared/ipc/contract';
import { routeHref } from '../../app/route';
import { useMailbox, useMailOffers } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';

/**
 * Clients' emails the inbox check found, each one click from being logged as a contact on its
 * request (a reply then falls due). Shown only with a mailbox connected. A mailbox that is down
 * says so in one calm line, with when it last worked: it never blocks the rest of Today.
 */
export function MailOffersPanel({ openEmail }: { openEmail: (source: EmailSource) => void }) {
  const status = useMailbox().data;
  const connected = Boolean(status?.account && status.hasPassword);
  const offers = useMailOffers(connected);
  const check = useCommand('checkMailNow', { invalidates: () => [keys.mailOffers] });
  const [said, setSaid] = useState<string | null>(null);
  // An email logged automatically (by this check or main's own every few minutes) changes what
  // is due: Today's rows and the counts are read again when the list of them changes.
  const queryClient = useQueryClient();
  const loggedIds = offers.data?.logged.map((l) => l.id).join(' ') ?? '';
  useEffect(() => {
    if (!loggedIds) return;
    for (const queryKey of [keys.today, keys.counts, keys.requests()]) void queryClient.invalidateQueries({ queryKey });
  }, [loggedIds, queryClient]);
  if (status?.damaged) {
    return (
      <section className="mail-offers" aria-labelledby="mail-offers-title">
        <h2 id="mail-offers-title">From your mailbox</h2>
        <p className="mail-problem" role="status">
          {status.damaged} <a href={routeHref({ page: 'settings' })}>Open Settings</a>
        </p>
      </section>
    );
  }
  if (!connected || !offers.data) return null;
  const { offers: list, sent, replies, logged, newSenders, checkedAt, problem } = offers.data;
  const found = list.length + sent.length + replies.length + newSenders.length;
  const last = checkedAt ? `Last read ${formatDateTime(checkedAt)}.` : 'Not read yet.';
  return (
    <section className="mail-offers" aria-labelledby="mail-offers-title">
      <div className="mail-offers-head">
        <h2 id="mail-offers-title">From your mailbox {found > 0 && <span className="count">{found}</span>}</h2>
        <CommandButton pending={check.pending} pendingLabel="Reading…" onClick={() => void check.run(undefined)}>
          Check mail now
        </CommandButton>
      </div>
      {problem ? (
        <p className="mail-problem" role="status">
          The mailbox could not be read: {problem} {last}
        </p>
      ) : (
        found === 0 && logged.length === 0 && <p className="muted small">Nothing new from clients or bosses. {last}</p>
      )}
      <ul className="mail-offer-list" aria-labelledby="mail-offers-title">
        {list.map((offer) => (
          <Offer key={offer.id} offer={offer} onLogged={setSaid} />
        ))}
        {sent.map((offer) => (
          <Sent key={offer.id} offer={offer} onMarked={setSaid} />
        ))}
        {replies.map((reply) => (
          <Reply key={reply.id} reply={reply} />
        ))}
        {logged.map((mail) => (
          <Logged key={mail.id} mail={mail} />
        ))}
        {newSenders.map((mail) => (
          <NewSender key={mail.id} mail={mail} openEmail={openEmail} />
        ))}
      </ul>
      <ErrorBanner message={check.error} />
      <StatusMessage message={said} />
    </section>
  );
}

function Offer({ offer, onLogged }: { offer: MailOffer; onLogged: (said: string) => void }) {
  const log = useCommand('logMailOffer', { requestId: offer.requestId, invalidates: () => [keys.mailOffers] });
  return (
    <li className="mail-offer">
      <div>
        <p className="mail-offer-title">
          New message from {offer.clientName} about “{offer.topic}”
        </p>
        <p className="muted small">
          {formatDateTime(offer.at)} · {offer.subject}
        </p>
        {offer.firstLines && <p className="mail-offer-lines">{offer.firstLines}</p>}
      </div>
      <CommandButton
        className="button primary"
        pending={log.pending}
        pendingLabel="Logging…"
        onClick={() =>
          void log.run({ offerId: offer.id, version: offer.version }).then((view) => {
            if (view) onLogged(`Logged: ${offer.clientName}’s email of ${formatDateTime(offer.at)}. A reply is now due.`);
          })
        }
      >
        Log as contact
      </CommandButton>
      <ErrorBanner message={log.error} />
    </li>
  );
}

/** A draft the Sent folder shows went out from the mail program. */
function Sent({ offer, onMarked }: { offer: SentOffer; onMarked: (said: string) => void }) {
  const mark = useCommand('markSentFromMailbox', { requestId: offer.requestId, invalidates: () => [keys.mailOffers] });
  const label = CLIENT_MESSAGE_LABELS[offer.kind];
  return (
    <li className="mail-offer">
      <div>
        <p className="mail-offer-title">
          You sent “{offer.subject}” to {offer.clientName} from your mail program
        </p>
        <p className="muted small">
          {formatDateTime(offer.sentAt)} · {label} about {offer.topic}
        </p>
      </div>
      <CommandButton
        className="button primary"
        pending={mark.pending}
        pendingLabel="Recording…"
        onClick={() =>
          void mark.run({ offerId: offer.id, version: offer.version }).then((view) => {
            if (view) onMarked(`${label} to ${offer.clientName} marked as sent at ${formatDateTime(offer.sentAt)}.`);
          })
        }
      >
        Mark as sent
      </CommandButton>
      <ErrorBanner message={mark.error} />
    </li>
  );
}

/** A boss answered an ask by email: it is read, and recorded, on the request's page. */
function Reply({ reply }: { reply: BossReply }) {
  return (
    <li className="mail-offer">
      <div>
        <p className="mail-offer-title">
          {reply.bossName || 'The boss'} replied about “{reply.topic}”
        </p>
        <p className="muted small">
          {formatDateTime(reply.at)} · {reply.clientName}’s request
        </p>
      </div>
      <a className="button" href={routeHref({ page: 'request', id: reply.requestId })}>
        Read the reply
      </a>
    </li>
  );
}

/** Logged by the app itself (Settings → Mailbox → Log clients’ emails automatically), listed the day it was. */
function Logged({ mail }: { mail: LoggedMail }) {
  return (
    <li className="mail-offer">
      <div>
        <p className="mail-offer-title">
          Logged automatically: {mail.clientName}’s email about “{mail.topic}”; a reply is now due
        </p>
        <p className="muted small">
          {formatDateTime(mail.at)} · {mail.subject}
        </p>
      </div>
      <a className="button" href={routeHref({ page: 'request', id: mail.requestId })}>
        Open the request
      </a>
    </li>
  );
}

/** An email from someone who is not a client or a boss: only its envelope is known until it is picked. */
function NewSender({ mail, openEmail }: { mail: NewSenderMail; openEmail: (source: EmailSource) => void }) {
  const open = useCommand('openMailOffer');
  const dismiss = useCommand('dismissMailOffer', { invalidates: () => [keys.mailOffers] });
  const sender = mail.fromName || mail.from;
  return (
    <li className="mail-offer">
      <div>
        <p className="mail-offer-title">
          New email from {sender}: “{mail.subject || '(no subject)'}”
        </p>
        <p className="muted small">
          {formatDateTime(mail.at)}
          {mail.fromName ? ` · ${mail.from}` : ''}
        </p>
      </div>
      <div className="actions">
        <CommandButton
          className="button primary"
          pending={open.pending}
          busy={dismiss.pending}
          pendingLabel="Fetching…"
          onClick={() =>
            void open.run({ offerId: mail.id }).then((source) => {
              if (source) openEmail(source);
            })
          }
        >
          New request from this email
        </CommandButton>
        <CommandButton
          pending={dismiss.pending}
          busy={open.pending}
          pendingLabel="Hiding…"
          onClick={() => void dismiss.run({ offerId: mail.id })}
        >
          Not a request
        </CommandButton>
      </div>
      <ErrorBanner message={open.error ?? dismiss.error} />
    </li>
  );
}
