import { useState } from 'react';
import { STATUS_LABELS, type RequestStatus } from '../../../shared/domain/request';
import type { Overview } from '../../../shared/ipc/contract';
import { DUE_LABELS } from '../../../shared/rules/due-items';
import { matchesSearch } from '../../../shared/views/request-view';
import { routeHref } from '../../app/route';
import { ClientCell } from '../../ui/ClientCell';
import { BossFilter } from '../../ui/BossFilter';
import { dueLabel, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { ChasesBeatenFigure } from './ChasesBeatenFigure';

type StatusFilter = 'open' | 'all' | RequestStatus;

/** Every request, most urgent next step first (the service sorts), with search and filters. */
export function RequestsPage({ overview }: { overview: Overview }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [bossId, setBossId] = useState('');
  const shown = overview.requests.filter(
    (r) =>
      (status === 'all' || (status === 'open' ? r.status !== 'closed' : r.status === status)) &&
      (!bossId || r.bossId === bossId) &&
      matchesSearch(r, query),
  );
  const anyRequests = overview.requests.length > 0;

  return (
    <section aria-labelledby="requests-title">
      <header className="page-header">
        <h1 id="requests-title">Requests</h1>
        <ChasesBeatenFigure score={overview.chasesBeaten} />
      </header>
      {anyRequests && (
        <div className="toolbar">
          <label className="filter grow">
            <span className="sr-only">Search</span>
            <input
              type="search"
              placeholder="Search client, company, topic, details, notes"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <div className="filter">
            <label htmlFor="status-filter">Status</label>
            <select id="status-filter" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
              <option value="open">Open</option>
              {(Object.keys(STATUS_LABELS) as RequestStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
              <option value="all">All</option>
            </select>
          </div>
          <BossFilter bosses={overview.settings.bosses} value={bossId} onChange={setBossId} />
        </div>
      )}
      {!anyRequests || (status === 'open' && !query && !bossId && shown.length === 0) ? (
        <div className="empty">
          <p>No open requests. When a client asks for something only the boss can decide, log it here.</p>
          <a className="button primary" href={routeHref({ page: 'new' })}>
            Log a request
          </a>
        </div>
      ) : shown.length === 0 ? (
        <div className="empty">
          <p>Nothing matches. Try fewer words, or another status or boss.</p>
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
            {shown.map((r) => (
              <tr key={r.id} data-testid="queue-row">
                <ClientCell request={r} />
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
