import { format } from 'date-fns';
import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import { dueLabel, formatDateTime } from '../../ui/format';
import type { Act } from './act';
import { StatusMessage } from '../../ui/StatusMessage';

/** What the client owes us (sign, confirm, send) and the day we may follow up; a proposed call. */
export function ClientStepPanel({ view, busy, act }: { view: RequestDetailView; busy: boolean; act: Act }) {
  const { state } = view;
  const [what, setWhat] = useState('');
  const [chaseOn, setChaseOn] = useState('');
  const [callAt, setCallAt] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [message, setMessage] = useState<string | null>(null);
  if (state.status === 'closed') return null;

  const record = async () => {
    if (!what.trim() || !chaseOn) {
      setMessage('Say what the client owes and pick the day you may follow up.');
      return;
    }
    setMessage(null);
    if (await act(() => call('setClientStep', { id: view.id, what, chaseOn }))) {
      setWhat('');
      setChaseOn('');
    }
  };
  const propose = async () => {
    const at = new Date(callAt);
    if (Number.isNaN(at.getTime())) {
      setMessage('Pick the day and time of the call.');
      return;
    }
    setMessage(null);
    await act(() => call('proposeCall', { id: view.id, startsAt: at.toISOString(), minutes: Number(minutes) }));
  };
  const saveInvite = async () => {
    const result = await call('saveCallInvite', { id: view.id });
    setMessage(result.ok ? (result.value ? `Saved ${result.value.path}` : null) : result.error);
  };

  return (
    <section className="panel" aria-labelledby="steps-title">
      <h2 id="steps-title">Client's step and calls</h2>
      {state.clientStep ? (
        <div className="callout" data-testid="client-step">
          {view.clientName} is to {state.clientStep.what}. Follow up: {dueLabel(state.clientStep.chaseOn, view.asOf)}.{' '}
          <button
            type="button"
            className="button link"
            disabled={busy}
            onClick={() => void act(() => call('completeClientStep', { id: view.id }))}
          >
            They did it
          </button>
        </div>
      ) : (
        <fieldset className="compact">
          <legend>The client owes us something</legend>
          <label htmlFor="step-what">What they owe</label>
          <input id="step-what" placeholder="e.g. send the signed contract" value={what} onChange={(e) => setWhat(e.target.value)} />
          <label htmlFor="step-chase">Follow up on</label>
          <input id="step-chase" type="date" value={chaseOn} min={format(new Date(view.asOf), 'yyyy-MM-dd')} onChange={(e) => setChaseOn(e.target.value)} />
          <button type="button" className="button" disabled={busy} onClick={() => void record()}>
            Record client step
          </button>
        </fieldset>
      )}
      {state.call ? (
        <div className="callout" data-testid="call">
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
        <button type="button" className="button" disabled={busy} onClick={() => void propose()}>
          Propose call
        </button>
      </fieldset>
      <StatusMessage message={message} />
    </section>
  );
}
