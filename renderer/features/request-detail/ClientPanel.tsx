import { useState } from 'react';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS, type ContactChannel } from '../../../shared/domain/contact-channel';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { CONTACT_NEEDS, type ContactNeeds } from '../../../shared/domain/events';

const NEEDS_LABELS: Record<ContactNeeds, string> = {
  reply: 'A reply (a chase, or their answer to us)',
  acknowledgement: 'An acknowledgement (a new question)',
  none: 'No answer (“thanks, that’s fine”)',
};
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { dueLabel, formatDateTime, formatDay, toDateTimeLocal, waited } from '../../ui/format';
import { useRequestBusy } from './useRequestBusy';
import { AddressingForm } from './AddressingForm';

/**
 * The client side at a glance: first response, when they would chase, when the next update is
 * due; and one form to log that they got in touch again, which resets their clock.
 */
export function ClientPanel({ view }: { view: RequestDetailView }) {
  const { state, acknowledgement } = view;
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [when, setWhen] = useState(() => toDateTimeLocal(view.asOf));
  const [note, setNote] = useState('');
  const [needs, setNeeds] = useState<ContactNeeds>('reply');
  const [badTime, setBadTime] = useState(false);
  const logged = useCommand('logClientContact', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const open = state.status !== 'closed';
  const error = badTime ? 'Enter the date and time they got in touch.' : logged.error;

  const logContact = async () => {
    const at = new Date(when);
    setBadTime(Number.isNaN(at.getTime()));
    if (Number.isNaN(at.getTime())) return;
    if (await logged.run({ id: view.id, version: view.version, channel, contactAt: at.toISOString(), note, needs })) {
      setNote('');
      setNeeds('reply');
    }
  };

  return (
    <section className="panel" aria-labelledby="client-title">
      <h2 id="client-title">The client</h2>
      <AddressingForm key={JSON.stringify(view.profile)} view={view} />
      {acknowledgement ? (
        <FirstResponseCallout kind="acknowledgement" due={acknowledgement} view={view} />
      ) : view.reply ? (
        <FirstResponseCallout kind="reply" due={view.reply} view={view} />
      ) : (
        state.acknowledgedAt && <p className="muted">Acknowledged {formatDateTime(state.acknowledgedAt)}.</p>
      )}
      {view.nextClientUpdateDue && (
        <dl className="mini-facts">
          <dt>Next update due</dt>
          <dd>{dueLabel(view.nextClientUpdateDue, view.asOf)}</dd>
          <dt>Would chase about</dt>
          <dd>{view.expectedChase ? formatDay(view.expectedChase) : '—'}</dd>
          <dt>Usual gap</dt>
          <dd>{view.clientGapDays} days between contacts</dd>
        </dl>
      )}
      {open && (
        <fieldset className="compact">
          <legend>They got in touch again</legend>
          <div className="inline-form">
            <label className="sr-only" htmlFor="contact-channel">
              How
            </label>
            <select id="contact-channel" value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}>
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CONTACT_CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor="contact-when">
              When
            </label>
            <input id="contact-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
          </div>
          <label className="sr-only" htmlFor="contact-note">
            What they said (optional)
          </label>
          <input id="contact-note" placeholder="What they said (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
          <label htmlFor="contact-needs">Their message needs</label>
          <select id="contact-needs" value={needs} onChange={(e) => setNeeds(e.target.value as ContactNeeds)}>
            {CONTACT_NEEDS.map((n) => (
              <option key={n} value={n}>
                {NEEDS_LABELS[n]}
              </option>
            ))}
          </select>
          {error && (
            <div className="field-error" role="alert">
              {error}
            </div>
          )}
          <CommandButton pending={logged.pending} busy={busy} pendingLabel="Logging…" onClick={() => void logContact()}>
            Log client contact
          </CommandButton>
        </fieldset>
      )}
    </section>
  );
}

type FirstResponse = NonNullable<RequestDetailView['acknowledgement']>;

/** What an acknowledgement or a reply owed looks like: due with its aim and limit, or late. */
function FirstResponseCallout({ kind, due, view }: { kind: 'acknowledgement' | 'reply'; due: FirstResponse; view: RequestDetailView }) {
  const waitedFor = waited(due.since, view.asOf);
  const ack = kind === 'acknowledgement';
  if (due.late) {
    return (
      <p className="callout late">
        <strong>{ack ? 'Late:' : 'Reply late:'}</strong> the {due.limitHours}-hour limit passed on {formatDateTime(due.latestBy)}.{' '}
        {view.clientName} has waited {waitedFor}
        {ack ? '; acknowledge them now.' : ' for an answer to their message; reply now.'}
      </p>
    );
  }
  return (
    <p className="callout due">
      {ack
        ? `Acknowledgement due: ${view.clientName} has waited ${waitedFor}.`
        : `Reply due: ${view.clientName} got in touch ${formatDateTime(due.since)} and has waited ${waitedFor}.`}{' '}
      Aim to reply by {formatDateTime(due.aimBy)}; at the latest {formatDateTime(due.latestBy)}.
    </p>
  );
}
