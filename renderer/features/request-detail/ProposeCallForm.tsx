import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { formatDateTime } from '../../ui/format';
import { useRequestBusy } from './useRequestBusy';

/** A set time for a call instead of phone tag; moving it replaces the one proposed. */
export function ProposeCallForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string) => void }) {
  const [callAt, setCallAt] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [badTime, setBadTime] = useState(false);
  const propose = useCommand('proposeCall', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const moving = view.state.call !== null;

  const proposeCall = async () => {
    const at = new Date(callAt);
    setBadTime(Number.isNaN(at.getTime()));
    if (Number.isNaN(at.getTime())) return;
    if (await propose.run({ id: view.id, version: view.version, startsAt: at.toISOString(), minutes: Number(minutes) })) {
      onDone(
        `Call ${moving ? 'moved to' : 'proposed for'} ${formatDateTime(at.toISOString())}. To tell ${view.clientName}, draft the call proposal in the message to them.`,
      );
    }
  };
  const error = badTime ? 'Pick the day and time of the call.' : propose.error;

  return (
    <fieldset className="compact">
      <legend>{moving ? 'Move the call' : 'Propose a call (no phone tag)'}</legend>
      <div className="inline-form">
        <label className="sr-only" htmlFor="call-at">
          Call time
        </label>
        <input id="call-at" type="datetime-local" value={callAt} onChange={(e) => setCallAt(e.target.value)} />
        <label className="sr-only" htmlFor="call-minutes">
          Minutes
        </label>
        <select id="call-minutes" value={minutes} onChange={(e) => setMinutes(e.target.value)}>
          {['15', '30', '45', '60'].map((m) => (
            <option key={m} value={m}>
              {m} min
            </option>
          ))}
        </select>
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <CommandButton pending={propose.pending} busy={busy} pendingLabel="Proposing…" onClick={() => void proposeCall()}>
        Propose call
      </CommandButton>
    </fieldset>
  );
}
