import { addDays, format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { describedBy, Field } from '../../ui/Field';
import { formatCalendarDay } from '../../ui/format';
import { useRequestBusy } from './useRequestBusy';

/**
 * The client agreed a new date: their deadline moves, and the history keeps the old one beside
 * it. Every date the app works out (asks, updates, promises) follows the new day from then on.
 */
export function AgreeDeadlineForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string | null) => void }) {
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState('');
  const agree = useCommand('agreeDeadline', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const dateError = agree.fieldErrors.deadline ?? agree.error ?? undefined;
  const current = view.state.details.deadline;

  return (
    <form
      className="form"
      aria-label="Agree a new date"
      // The app's own message, beside the field, rather than the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void agree
          .run({ id: view.id, version: view.version, deadline, note })
          .then((done) => done && onDone(`New date recorded: ${view.clientName} needs it by ${formatCalendarDay(deadline)}.`));
      }}
    >
      {current && <p className="muted small">Their deadline was {formatCalendarDay(current)}.</p>}
      <Field id="agree-deadline" label="New date they agreed" error={dateError}>
        <input
          id="agree-deadline"
          ref={input}
          type="date"
          value={deadline}
          min={format(addDays(new Date(view.asOf), 1), 'yyyy-MM-dd')}
          onChange={(e) => setDeadline(e.target.value)}
          {...describedBy('agree-deadline', dateError)}
        />
      </Field>
      <Field id="agree-note" label="What was agreed (optional)">
        <input id="agree-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Agreed by phone." />
      </Field>
      <div className="actions">
        <CommandButton type="submit" className="button primary" pending={agree.pending} busy={busy} pendingLabel="Recording…">
          Record new date
        </CommandButton>
        <button type="button" className="button" onClick={() => onDone(null)} disabled={agree.pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
