import { useEffect, useRef } from 'react';
import type { TodayRow } from '../../../shared/rules/today';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { selectRowOf } from '../../ui/row-keys';
import { pageHeading } from '../../ui/focus-if-lost';

/** An ask just made from Today: where its row was, for ten seconds, with Undo. */
export interface AskedOnToday {
  row: TodayRow;
  /** The request as the ask left it: the undo carries its version. */
  view: RequestDetailView;
  section: string;
  index: number;
}

export const UNDO_SECONDS = 10;

export function AskUndo({ asked, onDone }: { asked: AskedOnToday; onDone: () => void }) {
  const undo = useCommand('undoAsk', { requestId: asked.row.requestId });
  // Ten seconds from when the line first shows, however often Today refreshes meanwhile.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    const timer = setTimeout(() => done.current(), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, []);
  const { view, row } = asked;
  const parked = view.status === 'parked';
  return (
    <li className="undo-row">
      <p role="status">
        Asked {row.bossName} about {row.topic} for {row.clientName} (asked {view.strikes} of {view.strikeLimit})
        {parked ? ': parked after the last strike.' : '.'}
      </p>
      <CommandButton
        className="button"
        pending={undo.pending}
        pendingLabel="Undoing…"
        aria-label={`Undo the ask for ${row.clientName}`}
        onClick={() =>
          void undo.run({ id: view.id, version: view.version }).then((done) => {
            if (!done) return;
            onDone();
            // The line goes and the row comes back in its place: the row is the selection again.
            selectRowOf(view.id, pageHeading);
          })
        }
      >
        Undo
      </CommandButton>
      {undo.error && <ErrorBanner message={undo.error} />}
    </li>
  );
}
