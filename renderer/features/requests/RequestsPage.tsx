import type { Overview } from '../../../shared/ipc/contract';
import { DUE_LABELS } from '../../../shared/rules/due-items';
import { routeHref } from '../../app/route';
import { dueLabel, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { ChasesBeatenFigure } from './ChasesBeatenFigure';

/** The queue of open requests, most urgent next step first (the service sorts it). */
export function RequestsPage({ overview }: { overview: Overview }) {
  const open = overview.requests.filter((r) => r.status !== 'closed');
  return (
    <section aria-labelledby="requests-title">
      <header className="page-header">
        <h1 id="requests-title">Requests</h1>
        <p className="muted">
          {open.length === 0 ? 'Nothing is waiting.' : `${open.length} open, most urgent first`}
        </p>
        <ChasesBeatenFigure score={overview.chasesBeaten} />
      </header>
      {open.length === 0 ? (
        <div className="empty">
          <p>No open requests. When a client asks for something only the boss can decide, log it here.</p>
          <a className="button primary" href={routeHref({ page: 'new' })}>
            Log a request
          </a>
        </div>
      ) : (
        <table className="queue">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Topic</th>
              <th scope="col">Strikes</th>
              <th scope="col">Status</th>
              <th scope="col">Waited</th>
              <th scope="col">Next step</th>
            </tr>
          </thead>
          <tbody>
            {open.map((r) => (
              <tr key={r.id} data-testid="queue-row">
                <td>
                  <a className="row-link" href={routeHref({ page: 'request', id: r.id })}>
                    {r.clientName}
                  </a>
                  {r.company && <div className="muted small">{r.company}</div>}
                </td>
                <td>{r.topic}</td>
                <td>
                  <StrikeDots strikes={r.strikes} limit={r.strikeLimit} />
                  {r.round > 1 && <div className="muted small">round {r.round}</div>}
                </td>
                <td>
                  <StatusBadge status={r.status} />
                  {r.due.map((d) => (
                    <span key={d.kind} className="badge due">
                      {DUE_LABELS[d.kind]}
                    </span>
                  ))}
                </td>
                <td>{waited(r.contactAt, overview.asOf)}</td>
                <td>
                  {r.nextStep && (
                    <>
                      <div>{r.nextStep.action}</div>
                      <div className="muted small">{dueLabel(r.nextStep.due, overview.asOf)}</div>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
