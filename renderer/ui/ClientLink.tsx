import type { RequestSummary } from '../../shared/views/request-view';
import { routeHref } from '../app/route';

/** The first cell of every request table: the client, linking to the request, and their company. */
export function ClientLink({ request }: { request: Pick<RequestSummary, 'id' | 'clientName' | 'company'> }) {
  return (
    <>
      <a className="row-link" href={routeHref({ page: 'request', id: request.id })}>
        {request.clientName}
      </a>
      {request.company && <div className="muted small">{request.company}</div>}
    </>
  );
}
