import { useEffect, useRef } from 'react';
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
import { firstControl, focusIfLost } from '../../ui/focus-if-lost';

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
  // A command that changed the request may have taken its own button with it (a park choice,
  // Bring it back now, Reopen): focus goes on to the next step's first control, or the heading.
  // On opening, the route decides where focus starts (App); this is for the changes after.
  const shownVersion = useRef(view.version);
  useEffect(() => {
    if (shownVersion.current === view.version) return;
    shownVersion.current = view.version;
    // Its controls may be disabled for a frame or two while the command finishes. A frame late,
    // so that what the click said (StatusMessage) or the button itself (CommandButton) comes first.
    requestAnimationFrame(() =>
      focusIfLost(
        () =>
          document.querySelector<HTMLElement>('main .status-message[role="status"]') ??
          firstControl(document.querySelector('main .next-step')),
        10,
        () => document.getElementById('request-title'),
      ),
    );
  }, [view.version]);
  const { client, deadline } = view.state.details;
  const open = view.status === 'waiting' || view.status === 'parked';

  return (
    <article aria-labelledby="request-title" className="request">
      <a className="back" href={routeHref({ page: 'requests' })}>
        ← All requests
      </a>
      <header className="page-header">
        <p className="request-client">{[client.name, client.company].filter(Boolean).join(' · ')}</p>
        <h1 id="request-title" tabIndex={-1}>
          {view.topic}
        </h1>
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
