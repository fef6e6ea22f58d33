import { useState } from 'react';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS, type ContactChannel } from '../../../shared/domain/contact-channel';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import { dueLabel, formatDateTime, formatDay, toDateTimeLocal, waited } from '../../ui/format';
import type { Act } from './act';

/**
 * The client side at a glance: first response, when they would chase, when the next update is
 * due; and one form to log that they got in touch again, which resets their clock.
 */
export function ClientPanel({ view, busy, act }: { view: RequestDetailView; busy: boolean; act: Act }) {
  const { state, acknowledgement } = view;
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [when, setWhen] = useState(() => toDateTimeLocal(view.asOf));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = state.status !== 'closed';

  const logContact = async () => {
    const at = new Date(when);
    if (Number.isNaN(at.getTime())) {
      setError('Enter the date and time they got in touch.');
      return;
    }
    setError(null);
    if (await act(() => call('logClientContact', { id: view.id, channel, contactAt: at.toISOString(), note }))) setNote('');
  };

  return (
    <section className="panel" aria-labelledby="client-title">
      <h2 id="client-title">The client</h2>
      {acknowledgement ? (
        <p className="callout due" data-testid="ack-status">
          Acknowledgement due: {view.clientName} has waited {waited(acknowledgement.since, view.asOf)}. Aim to reply by{' '}
          {formatDateTime(acknowledgement.aimBy)}; at the latest {formatDateTime(acknowledgement.latestBy)}.
        </p>
      ) : (
        state.acknowledgedAt && (
          <p className="muted" data-testid="ack-status">
            Acknowledged {formatDateTime(state.acknowledgedAt)}.
          </p>
        )
      )}
      {view.nextClientUpdateDue && (
        <dl className="mini-facts" data-testid="client-clock">
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
          {error && (
            <div className="field-error" role="alert">
              {error}
            </div>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => void logContact()}>
            Log client contact
          </button>
        </fieldset>
      )}
    </section>
  );
}
