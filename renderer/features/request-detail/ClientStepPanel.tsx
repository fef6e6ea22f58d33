import { format } from 'date-fns';
import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { dueLabel, formatDateTime } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { useRequestBusy } from './useRequestBusy';

/** What the client owes us (sign, confirm, send) and the day we may follow up; a proposed call. */
export function ClientStepPanel({ view }: { view: RequestDetailView }) {
  const { state } = view;
  const [what, setWhat] = useState('');
  const [chaseOn, setChaseOn] = useState('');
  const [callAt, setCallAt] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [message, setMessage] = useState<string | null>(null);
  const setStep = useCommand('setClientStep', { requestId: view.id });
  const completeStep = useCommand('completeClientStep', { requestId: view.id });
  const propose = useCommand('proposeCall', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  if (state.status === 'closed') return null;

  const record = async () => {
    if (!what.trim() || !chaseOn) {
      setMessage('Say what the client owes and pick the day you may follow up.');
      return;
    }
    setMessage(null);
    if (await setStep.run({ id: view.id, version: view.version, what, chaseOn })) {
      setWhat('');
      setChaseOn('');
    }
  };
  const proposeCall = async () => {
    const at = new Date(callAt);
    if (Number.isNaN(at.getTime())) {
      setMessage('Pick the day and time of the call.');
      return;
    }
    setMessage(null);
    await propose.run({ id: view.id, version: view.version, startsAt: at.toISOString(), minutes: Number(minutes) });
  };
  const saveInvite = async () => {
    const result = await call('saveCallInvite', { id: view.id });
    setMessage(result.ok ? (result.value ? `Saved ${result.value.path}` : null) : result.error);
  };

  return (
    <section className="panel" aria-labelledby="steps-title">
      <h2 id="steps-title">Client's step and calls</h2>
      {state.clientStep ? (
        <div className="callout">
          {view.clientName} is to {state.clientStep.what}. Follow up: {dueLabel(state.clientStep.chaseOn, view.asOf)}.{' '}
          <CommandButton
            className="button link"
            pending={completeStep.pending}
            busy={busy}
            pendingLabel="Recording…"
            onClick={() => void completeStep.run({ id: view.id, version: view.version })}
          >
            They did it
          </CommandButton>
        </div>
      ) : (
        <fieldset className="compact">
          <legend>The client owes us something</legend>
          <label htmlFor="step-what">What they owe</label>
          <input id="step-what" placeholder="e.g. send the signed contract" value={what} onChange={(e) => setWhat(e.target.value)} />
          <label htmlFor="step-chase">Follow up on</label>
          <input
            id="step-chase"
            type="date"
            value={chaseOn}
            min={format(new Date(view.asOf), 'yyyy-MM-dd')}
            onChange={(e) => setChaseOn(e.target.value)}
          />
          <CommandButton pending={setStep.pending} busy={busy} pendingLabel="Recording…" onClick={() => void record()}>
            Record client step
          </CommandButton>
        </fieldset>
      )}
      {state.call ? (
        <div className="callout">
          Call proposed for {formatDateTime(state.call.startsAt)} ({state.call.minutes} minutes).{' '}
          <button type="button" className="button link" onClick={() => void saveInvite()}>
            Save invitation (.ics)
          </button>
        </div>
      ) : null}
      <fieldset className="compact">
        <legend>{state.call ? 'Move the call' : 'Propose a call (no phone tag)'}</legend>
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
        <CommandButton pending={propose.pending} busy={busy} pendingLabel="Proposing…" onClick={() => void proposeCall()}>
          Propose call
        </CommandButton>
      </fieldset>
      <StatusMessage message={message ?? setStep.error ?? completeStep.error ?? propose.error} />
    </section>
  );
}
