import { CONTACT_CHANNEL_LABELS } from '../../../shared/domain/contact-channel';
import { routeHref } from '../../app/route';
import { formatCalendarDay, formatDateTime, dueLabel, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { ClientUpdateDraft } from '../drafts/ClientUpdateDraft';
import { BossPanel } from './BossPanel';
import { DecisionForm } from './DecisionForm';
import { Timeline } from './Timeline';
import { useRequest } from './useRequest';

export function RequestDetailPage({ id, onChanged }: { id: string; onChanged: () => Promise<void> }) {
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
        <p className="muted">
          {[client.name, client.company, client.email, client.phone].filter(Boolean).join(' · ')}
        </p>
        <div className="header-badges">
          <StatusBadge status={view.status} />
          {view.askDue && <span className="badge due">Ask due</span>}
          {open && <StrikeDots strikes={view.strikes} limit={view.strikeLimit} />}
          {view.round > 1 && <span className="muted">Round {view.round}</span>}
        </div>
      </header>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}

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
        {open && <ClientUpdateDraft id={id} />}
      </div>

      <Timeline entries={state.timeline} />
    </article>
  );
}
