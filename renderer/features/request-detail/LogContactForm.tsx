import { useState } from 'react';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS, type ContactChannel } from '../../../shared/domain/contact-channel';
import { CONTACT_NEEDS, type ContactNeeds } from '../../../shared/domain/events';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { formatDateTime, toDateTimeLocal } from '../../ui/format';
import { useRequestBusy } from './useRequestBusy';

const NEEDS_LABELS: Record<ContactNeeds, string> = {
  reply: 'A reply (a chase, or their answer to us)',
  acknowledgement: 'An acknowledgement (a new question)',
  none: 'No answer (“thanks, that’s fine”)',
};

/** The client got in touch again: logging it resets their clock, and what it needs falls due. */
export function LogContactForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string) => void }) {
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [when, setWhen] = useState(() => toDateTimeLocal(view.asOf));
  const [note, setNote] = useState('');
  const [needs, setNeeds] = useState<ContactNeeds>('reply');
  const [badTime, setBadTime] = useState(false);
  const logged = useCommand('logClientContact', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const error = badTime ? 'Enter the date and time they got in touch.' : logged.error;

  const logContact = async () => {
    const at = new Date(when);
    setBadTime(Number.isNaN(at.getTime()));
    if (Number.isNaN(at.getTime())) return;
    if (await logged.run({ id: view.id, version: view.version, channel, contactAt: at.toISOString(), note, needs })) {
      onDone(
        `Logged: ${view.clientName} got in touch (${CONTACT_CHANNEL_LABELS[channel].toLowerCase()}, ${formatDateTime(at.toISOString())}).`,
      );
    }
  };

  return (
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
  );
}
