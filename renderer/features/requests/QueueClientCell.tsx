import type { RequestSummary } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { routeHref } from '../../app/route';
import { goTo } from '../../app/useRoute';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { rowKeys } from '../../ui/row-keys';

/**
 * The request list's first cell: the client, linking to the request, and their company. The
 * link is the row's selection: ↑ ↓ move it, Enter opens, A asks the boss, U drafts the update.
 */
export function QueueClientCell({ request }: { request: RequestSummary }) {
  const ask = useCommand('askBoss', { requestId: request.id });
  const keys = rowKeys({
    ask: () => ask.run({ id: request.id, version: request.version, note: '' }),
    update: () => goTo({ page: 'request', id: request.id, draft: 'update' }),
  });
  return (
    <>
      <a className="row-link" href={routeHref({ page: 'request', id: request.id })} onKeyDown={keys} aria-busy={ask.pending || undefined}>
        {request.clientName}
      </a>
      {request.company && <div className="muted small">{request.company}</div>}
      {ask.pending && <div className="muted small">Recording the ask…</div>}
      <ErrorBanner message={ask.error} />
    </>
  );
}
