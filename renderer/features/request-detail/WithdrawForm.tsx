import { useEffect, useRef, useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { describedBy, Field } from '../../ui/Field';

/** Closing a request the client no longer needs: the reason is asked for, kept in the history, and shown. */
export function WithdrawForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string | null) => void }) {
  const [reason, setReason] = useState('');
  const withdraw = useCommand('withdraw', { requestId: view.id });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const message = withdraw.fieldErrors.reason ?? withdraw.error ?? undefined;

  return (
    <form
      className="withdraw form"
      aria-label="Withdraw the request"
      onSubmit={(event) => {
        event.preventDefault();
        void withdraw
          .run({ id: view.id, version: view.version, reason })
          .then(
            (done) =>
              done && onDone('Request withdrawn. It has left Today and the queue; a closing note to the client is ready under Next step.'),
          );
      }}
    >
      <Field id="withdraw-reason" label="Why the client no longer needs it" error={message}>
        <input
          id="withdraw-reason"
          ref={input}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="e.g. They found another venue."
          {...describedBy('withdraw-reason', message)}
        />
      </Field>
      <p className="muted small">
        It leaves Today and the queue, and a short closing note to the client is offered. Reopen it from its page if it is needed again.
      </p>
      <div className="actions">
        <CommandButton type="submit" className="button danger" pending={withdraw.pending} pendingLabel="Withdrawing…">
          Withdraw request
        </CommandButton>
        <button type="button" className="button" onClick={() => onDone(null)} disabled={withdraw.pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
