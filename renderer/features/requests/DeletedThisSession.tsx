import { useDeletedRequests } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { selectRowOf } from '../../ui/row-keys';
import { pageHeading } from '../../ui/focus-if-lost';

/** When the request brought back is not in the list shown: another Undo delete, or the page's heading. */
const nextUndoOrHeading = () => document.querySelector<HTMLElement>('main .deleted button:not([disabled])') ?? pageHeading();

/** Requests deleted since the app started, each with its undo; the list ends when the app quits. */
export function DeletedThisSession() {
  const deleted = useDeletedRequests();
  const undo = useCommand('undoDelete', { invalidates: () => [keys.deleted, keys.requests(), keys.today, keys.counts, keys.digest()] });
  if (!deleted.data?.length) return null;
  return (
    <section className="panel deleted" aria-labelledby="deleted-title">
      <h2 id="deleted-title">Deleted this session</h2>
      <ErrorBanner message={undo.error} />
      <ul className="notes">
        {deleted.data.map((request) => (
          <li key={request.id} className="deleted-row">
            <span>
              {request.topic}{' '}
              <span className="muted">
                · {request.clientName} · deleted {formatDateTime(request.deletedAt)}
              </span>
            </span>
            <CommandButton
              pending={undo.pending && undo.args?.id === request.id}
              disabled={undo.pending}
              pendingLabel="Bringing back…"
              onClick={() => void undo.run({ id: request.id }).then((back) => back && selectRowOf(request.id, nextUndoOrHeading))}
            >
              Undo delete
            </CommandButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
