import { ExportCsvButton } from './ExportCsvButton';
import { DeletedThisSession } from './DeletedThisSession';
import { useCallback, useDeferredValue, useState } from 'react';
import { pendingAction } from '../../../shared/copy/pending';
import { STATUS_LABELS } from '../../../shared/copy/labels';
import type { RequestStatus } from '../../../shared/domain/request';
import type { Settings } from '../../../shared/domain/settings';
import type { StatusFilter } from '../../../shared/ipc/contract';
import { useRequestList } from '../../api/queries';
import { routeHref } from '../../app/route';
import { BossFilter } from '../../ui/BossFilter';
import { RequestTable, type Column } from '../../ui/RequestTable';
import { DueBadges } from '../../ui/DueBadges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueLabel, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { ChasesBeatenFigure } from './ChasesBeatenFigure';
import { QueueClientCell } from './QueueClientCell';

const COLUMNS: Column[] = [
  { header: 'Client', cell: (r) => <QueueClientCell request={r} /> },
  { header: 'Topic', cell: (r) => r.topic },
  {
    header: 'Strikes',
    cell: (r) => (
      <>
        <StrikeDots strikes={r.strikes} limit={r.strikeLimit} />
        {r.round > 1 && <div className="muted small">round {r.round}</div>}
      </>
    ),
  },
  {
    header: 'Status',
    cell: (r) => (
      <>
        <StatusBadge status={r.status} />
        <DueBadges due={r.due} />
      </>
    ),
  },
  { header: 'Waited', cell: (r, asOf) => waited(r.contactAt, asOf) },
  {
    header: 'Next step',
    cell: (r, asOf) =>
      r.nextStep && (
        <>
          <div>{pendingAction(r.nextStep, { client: r.clientName, boss: r.bossName }, r.strikeLimit)}</div>
          <div className="muted small">{dueLabel(r.nextStep.dueAt, asOf)}</div>
        </>
      ),
  },
];

/**
 * Every request, most urgent next step first, searched, filtered and paged by main.
 * `focusSearch`: Ctrl/Cmd+K or / asked for the search box; `onSearchFocused` says it has the cursor.
 */
export function RequestsPage(props: { settings: Settings; focusSearch: boolean; onSearchFocused: () => void }) {
  const { settings, focusSearch, onSearchFocused } = props;
  const [text, setText] = useState('');
  // The box appears only once the list has loaded, so focusing waits for it to exist.
  const searchBox = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input || !focusSearch) return;
      input.focus();
      input.select();
      onSearchFocused();
    },
    [focusSearch, onSearchFocused],
  );
  const [status, setStatus] = useState<StatusFilter>('open');
  const [bossId, setBossId] = useState('');
  const filter = { status, bossId: bossId || null, text: useDeferredValue(text) };
  const list = useRequestList(filter);
  if (!list.data) return <ErrorBanner message={list.error?.message ?? null} />;
  const { matching, total, chasesBeaten } = list.data;
  const filtered = status !== 'open' || text.trim() !== '' || bossId !== '';

  return (
    <section aria-labelledby="requests-title">
      <header className="page-header">
        <h1 id="requests-title">Requests</h1>
        <ChasesBeatenFigure score={chasesBeaten} />
        {total > 0 && <ExportCsvButton filter={{ status, bossId: bossId || null, text }} />}
      </header>
      <ErrorBanner message={list.error?.message ?? null} />
      <DeletedThisSession />
      {total > 0 && (
        <div className="toolbar">
          <div className="filter grow">
            <label htmlFor="request-search">Search</label>
            <input
              id="request-search"
              ref={searchBox}
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
      {matching === 0 && !filtered ? (
        <div className="empty">
          <p>No open requests. When a client asks for something only the boss can decide, log it here.</p>
          <a className="button primary" href={routeHref({ page: 'new' })}>
            Log a request
          </a>
        </div>
      ) : matching === 0 ? (
        <div className="empty">
          <p>Nothing matches. Try fewer words, or another status or boss.</p>
        </div>
      ) : (
        <RequestTable labelledBy="requests-title" filter={filter} matching={matching} columns={COLUMNS} />
      )}
    </section>
  );
}
