import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { useRequestBusy } from './useRequestBusy';

/**
 * The proposed call is over: how did it go? Held, it counts as a touch to the client (their
 * clock starts again from the call); not held, the call leaves Today and the assistant can
 * propose another time. What was said goes into the history either way.
 */
export function LogCallForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string) => void }) {
  const [note, setNote] = useState('');
  const log = useCommand('logCall', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const call = view.state.call;
  if (!call) return null;
  const record = async (held: boolean) => {
    if (!(await log.run({ id: view.id, version: view.version, held, note }))) return;
    onDone(
      held
        ? `Call logged: ${view.clientName} has heard from you today.`
        : 'Logged: the call did not happen. To try again, propose another time under Other actions.',
    );
  };
  return (
    <section className="panel log-call" aria-labelledby="log-call-title">
      <h3 id="log-call-title">How did the call go?</h3>
      <p className="muted">
        The call with {view.clientName} was set for {formatDateTime(call.startsAt)} ({call.minutes} minutes).
      </p>
      <label htmlFor="call-note">What was said, or what happened (for the history)</label>
      <textarea id="call-note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="actions wrap">
        <CommandButton
          className="button primary"
          pending={log.pending && log.args?.held === true}
          busy={busy || log.pending}
          pendingLabel="Logging…"
          onClick={() => void record(true)}
        >
          We spoke
        </CommandButton>
        <CommandButton
          pending={log.pending && log.args?.held === false}
          busy={busy || log.pending}
          pendingLabel="Logging…"
          onClick={() => void record(false)}
        >
          It did not happen
        </CommandButton>
      </div>
      <ErrorBanner message={log.error} />
    </section>
  );
}
