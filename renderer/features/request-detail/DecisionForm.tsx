import { useState } from 'react';
import { call } from '../../api/api';
import type { Act } from './act';

/** The boss can answer at any time, parked or not. */
export function DecisionForm({ id, busy, act }: { id: string; busy: boolean; act: Act }) {
  const [decision, setDecision] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!decision.trim()) {
      setError('Write down what the boss decided.');
      return;
    }
    setError(null);
    if (await act(() => call('recordDecision', { id, decision }))) setDecision('');
  };
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
      <button type="button" className="button" disabled={busy} onClick={() => void save()}>
        Record decision
      </button>
    </section>
  );
}
