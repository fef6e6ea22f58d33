import { useDeferredValue, useState } from 'react';
import { pendingAction } from '../../../shared/copy/pending';
import { STATUS_LABELS } from '../../../shared/copy/labels';
import type { RequestStatus } from '../../../shared/domain/request';
import type { Settings } from '../../../shared/domain/settings';
import type { StatusFilter } from '../../../shared/ipc/contract';
import { useRequestList } from '../../api/queries';
import { routeHref } from '../../app/route';
import { BossFilter } from '../../ui/BossFilter';
import { ClientCell } from '../../ui/ClientCell';
import { DueBadges } from '../../ui/DueBadges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueLabel, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { ChasesBeatenFigure } from './ChasesBeatenFigure';

/** Every request, most urgent next step first, searched and filtered by main. */
export function RequestsPage({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [bossId, setBossId] = useState('');
  const query = { status, bossId: bossId || null, text: useDeferredValue(text) };
  const list = useRequestList(query);
  if (!list.data) return <ErrorBanner message={list.error?.message ?? null} />;
  const { requests, total, asOf, chasesBeaten } = list.data;
  const filtered = status !== 'open' || text.trim() !== '' || bossId !== '';

  return (
    <section aria-labelledby="requests-title">
      <header className="page-header">
        <h1 id="requests-title">Requests</h1>
        <ChasesBeatenFigure score={chasesBeaten} />
      </header>
      <ErrorBanner message={list.error?.message ?? null} />
      {total > 0 && (
        <div className="toolbar">
          <div className="filter grow">
            <label htmlFor="request-search">Search</label>
            <input
              id="request-search"
              type="search"
              placeholder="Client, company, topic, details, notes"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
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
          <BossFilter bosses={settings.bosses} value={bossId} onChange={setBossId} />
        </div>
      )}
      {requests.length === 0 && !filtered ? (
        <div className="empty">
          <p>No open requests. When a client asks for something only the boss can decide, log it here.</p>
          <a className="button primary" href={routeHref({ page: 'new' })}>
            Log a request
          </a>
        </div>
      ) : requests.length === 0 ? (
        <div className="empty">
          <p>Nothing matches. Try fewer words, or another status or boss.</p>
        </div>
      ) : (
        <table className="queue" aria-labelledby="requests-title">
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
            {requests.map((r) => (
              <tr key={r.id}>
                <ClientCell request={r} />
                <td>{r.topic}</td>
                <td>
                  <StrikeDots strikes={r.strikes} limit={r.strikeLimit} />
                  {r.round > 1 && <div className="muted small">round {r.round}</div>}
                </td>
                <td>
                  <StatusBadge status={r.status} />
                  <DueBadges due={r.due} />
                </td>
                <td>{waited(r.contactAt, asOf)}</td>
                <td>
                  {r.nextStep && (
                    <>
                      <div>{pendingAction(r.nextStep, { client: r.clientName, boss: r.bossName }, r.strikeLimit)}</div>
                      <div className="muted small">{dueLabel(r.nextStep.dueAt, asOf)}</div>
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
