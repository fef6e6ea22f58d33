import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { useRequestBusy } from './useRequestBusy';

/** The boss can answer at any time, parked or not; the answer to the client is then the next step. */
export function DecisionForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string) => void }) {
  const [decision, setDecision] = useState('');
  const [missing, setMissing] = useState(false);
  const record = useCommand('recordDecision', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const save = async () => {
    if (!decision.trim()) return setMissing(true);
    setMissing(false);
    if (await record.run({ id: view.id, version: view.version, decision })) {
      onDone(`Decision recorded. The next step is to send ${view.clientName} the answer.`);
    }
  };
  const error = missing ? 'Write down what the boss decided.' : record.error;
  return (
    <>
      <label htmlFor="decision">What did the boss decide?</label>
      <textarea
        id="decision"
        rows={2}
        value={decision}
        onChange={(e) => setDecision(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && void save()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'decision-error' : undefined}
      />
      {error && (
        <div className="field-error" id="decision-error" role="alert">
          {error}
        </div>
      )}
      <CommandButton pending={record.pending} busy={busy} pendingLabel="Recording…" onClick={() => void save()}>
        Record decision
      </CommandButton>
    </>
  );
}
