import type { ClientMessageKind } from '../../../shared/domain/events';
import type { Settings } from '../../../shared/domain/settings';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useRequestView } from '../../api/queries';
import { routeHref } from '../../app/route';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatCalendarDay } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { BossReplies } from './BossReplies';
import { NextStepPanel, useShownWork } from './NextStepPanel';
import { OtherActions } from './OtherActions';
import { RequestFacts } from './RequestFacts';
import { Timeline } from './Timeline';

/**
 * One request, arranged around its next step: who and what at the top, then what is due and
 * the work for it, then everything else folded, then the conversation with the facts beside it.
 */
export function RequestDetailPage({
  id,
  settings,
  draft,
  agree,
}: {
  id: string;
  settings: Settings;
  draft?: ClientMessageKind | undefined;
  /** Opened from a passed deadline's "Agree a new date": that form is open. */
  agree?: 'deadline' | undefined;
}) {
  const query = useRequestView(id);
  const view = query.data;
  if (!view) {
    return query.error ? <ErrorBanner message={query.error.message} /> : <p className="muted">Loading…</p>;
  }
  return <RequestPage view={view} settings={settings} draft={draft} agree={agree} error={query.error?.message ?? null} />;
}

function RequestPage({
  view,
  settings,
  draft,
  agree,
  error,
}: {
  view: RequestDetailView;
  settings: Settings;
  draft: ClientMessageKind | undefined;
  agree: 'deadline' | undefined;
  error: string | null;
}) {
  const works = useShownWork(view, draft);
  const { client, deadline } = view.state.details;
  const open = view.status === 'waiting' || view.status === 'parked';

  return (
    <article aria-labelledby="request-title" className="request">
      <a className="back" href={routeHref({ page: 'requests' })}>
        ← All requests
      </a>
      <header className="page-header">
        <p className="request-client">{[client.name, client.company].filter(Boolean).join(' · ')}</p>
        <h1 id="request-title">{view.topic}</h1>
        <p className="muted">{[client.email, client.phone].filter(Boolean).join(' · ')}</p>
        <div className="header-badges" role="group" aria-label="Status">
          <StatusBadge status={view.status} />
          {open && <StrikeDots strikes={view.strikes} limit={view.strikeLimit} />}
          {view.round > 1 && <span className="muted">Round {view.round}</span>}
          {deadline && open && (
            <span className={`deadline-chip${view.deadlinePassed ? ' passed' : ''}`}>
              {view.deadlinePassed ? 'Deadline passed' : 'Deadline'} {formatCalendarDay(deadline)}
            </span>
          )}
        </div>
      </header>
      <ErrorBanner message={error} />
      <BossReplies view={view} />
      <NextStepPanel view={view} settings={settings} works={works} draft={draft} />
      <OtherActions view={view} settings={settings} shown={works} initial={agree ? 'deadline' : null} />
      <div className="request-body">
        <Timeline entries={view.state.timeline} />
        <RequestFacts view={view} />
      </div>
    </article>
  );
}
