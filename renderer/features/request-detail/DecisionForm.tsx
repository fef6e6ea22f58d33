import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { useRequestBusy } from './useRequestBusy';

/** The boss can answer at any time, parked or not. */
export function DecisionForm({ view }: { view: RequestDetailView }) {
  const [decision, setDecision] = useState('');
  const [missing, setMissing] = useState(false);
  const record = useCommand('recordDecision', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const save = async () => {
    if (!decision.trim()) return setMissing(true);
    setMissing(false);
    if (await record.run({ id: view.id, version: view.version, decision })) setDecision('');
  };
  const error = missing ? 'Write down what the boss decided.' : record.error;
  return (
    <section className="panel" aria-labelledby="decide-title">
      <h2 id="decide-title">The boss answered?</h2>
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
    </section>
  );
}
