import { CONTACT_CHANNEL_LABELS } from '../../../shared/domain/contact-channel';
import type { ClientMessageKind } from '../../../shared/domain/events';
import type { Settings } from '../../../shared/domain/settings';
import { DUE_LABELS } from '../../../shared/rules/due-items';
import { call } from '../../api/api';
import { routeHref } from '../../app/route';
import { dueLabel, formatCalendarDay, formatDateTime, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { DraftComposer } from '../drafts/DraftComposer';
import { BossPanel } from './BossPanel';
import { ClientPanel } from './ClientPanel';
import { ClientStepPanel } from './ClientStepPanel';
import { DecisionForm } from './DecisionForm';
import { NotesPanel } from './NotesPanel';
import { Timeline } from './Timeline';
import { useRequest } from './useRequest';
import { ErrorBanner } from '../../ui/ErrorBanner';

export function RequestDetailPage({
  id,
  settings,
  onChanged,
  draft,
}: {
  id: string;
  settings: Settings;
  onChanged: () => Promise<void>;
  draft?: ClientMessageKind | undefined;
}) {
  const { view, error, busy, act } = useRequest(id, onChanged);
  if (!view) {
    return <p className={error ? 'banner error' : 'muted'}>{error ?? 'Loading…'}</p>;
  }
  const { state } = view;
  const { client, contact, details, deadline } = state.details;
  const open = state.status === 'waiting' || state.status === 'parked';

  return (
    <article aria-labelledby="request-title" className="request">
      <a className="back" href={routeHref({ page: 'requests' })}>
        ← All requests
      </a>
      <header className="page-header">
        <h1 id="request-title">{view.topic}</h1>
        <p className="muted">{[client.name, client.company, client.email, client.phone].filter(Boolean).join(' · ')}</p>
        <div className="header-badges">
          <StatusBadge status={view.status} />
          {view.due.map((d) => (
            <span key={d.kind} className="badge due">
              {DUE_LABELS[d.kind]}
            </span>
          ))}
          {open && <StrikeDots strikes={view.strikes} limit={view.strikeLimit} />}
          {view.round > 1 && <span className="muted">Round {view.round}</span>}
          {state.status === 'closed' && (
            <button type="button" className="button" disabled={busy} onClick={() => void act(() => call('reopen', { id }))}>
              Reopen
            </button>
          )}
        </div>
      </header>
      <ErrorBanner message={error} />

      <dl className="facts">
        <dt>Reached us</dt>
        <dd>
          {CONTACT_CHANNEL_LABELS[contact.channel]}, {formatDateTime(contact.at)}{' '}
          <span className="muted">(waited {waited(contact.at, view.asOf)})</span>
        </dd>
        <dt>Decides</dt>
        <dd>{view.bossName}</dd>
        {deadline && (
          <>
            <dt>Client's deadline</dt>
            <dd className="deadline">{formatCalendarDay(deadline)}</dd>
          </>
        )}
        {view.nextStep && (
          <>
            <dt>Next step</dt>
            <dd data-testid="next-step">
              {view.nextStep.action} <span className="muted">· {dueLabel(view.nextStep.due, view.asOf)}</span>
            </dd>
          </>
        )}
        {details && (
          <>
            <dt>Details</dt>
            <dd className="pre">{details}</dd>
          </>
        )}
      </dl>

      <DraftComposer view={view} settings={settings} act={act} initialKind={draft} />

      <div className="panels">
        <BossPanel view={view} busy={busy} act={act} />
        {open && <DecisionForm id={id} busy={busy} act={act} />}
        {state.decision && (
          <section className="panel" aria-labelledby="decision-title">
            <h2 id="decision-title">The boss decided</h2>
            <p className="pre">{state.decision.text}</p>
            <p className="muted small">Recorded {formatDateTime(state.decision.at)}</p>
          </section>
        )}
        <ClientPanel view={view} busy={busy} act={act} />
        <ClientStepPanel view={view} busy={busy} act={act} />
        <NotesPanel view={view} busy={busy} act={act} />
      </div>

      <Timeline entries={state.timeline} />
    </article>
  );
}
