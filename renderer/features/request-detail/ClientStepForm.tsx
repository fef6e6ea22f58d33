import { format } from 'date-fns';
import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { formatCalendarDay } from '../../ui/format';
import { useRequestBusy } from './useRequestBusy';
import { owedAction } from '../../../shared/copy/owed-action';

/** What the client owes us (sign, confirm, send) and the day we may follow up: it comes due on Today then. */
export function ClientStepForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string) => void }) {
  const [what, setWhat] = useState('');
  const [chaseOn, setChaseOn] = useState('');
  const [missing, setMissing] = useState(false);
  const setStep = useCommand('setClientStep', { requestId: view.id });
  const busy = useRequestBusy(view.id);

  const record = async () => {
    setMissing(!what.trim() || !chaseOn);
    if (!what.trim() || !chaseOn) return;
    if (await setStep.run({ id: view.id, version: view.version, what, chaseOn })) {
      onDone(`Recorded: ${view.clientName} is to ${owedAction(what)}. Follow up on ${formatCalendarDay(chaseOn)}.`);
    }
  };
  const error = missing ? 'Say what the client owes and pick the day you may follow up.' : setStep.error;

  return (
    <fieldset className="compact">
      <legend>The client owes us something</legend>
      <label htmlFor="step-what">What they owe</label>
      <input
        id="step-what"
        placeholder="e.g. the signed contract, or confirm the numbers"
        aria-describedby="step-what-reads"
        value={what}
        onChange={(e) => setWhat(e.target.value)}
      />
      <p id="step-what-reads" className="hint">
        {what.trim() ? `The email will ask: “could you ${owedAction(what)}?”` : 'A thing they will send, or what they will do.'}
      </p>
      <label htmlFor="step-chase">Follow up on</label>
      <input
        id="step-chase"
        type="date"
        value={chaseOn}
        min={format(new Date(view.asOf), 'yyyy-MM-dd')}
        onChange={(e) => setChaseOn(e.target.value)}
      />
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <CommandButton pending={setStep.pending} busy={busy} pendingLabel="Recording…" onClick={() => void record()}>
        Record client step
      </CommandButton>
    </fieldset>
  );
}
