import { useState } from 'react';
import { CONTACT_CHANNEL_LABELS } from '../../../shared/domain/contact-channel';
import type { ClientMessageKind } from '../../../shared/domain/events';
import type { Settings } from '../../../shared/domain/settings';
import { pendingAction } from '../../../shared/copy/pending';
import { sentenceCase } from '../../../shared/copy/case';
import { useRequestView } from '../../api/queries';
import { useCommand } from '../../api/use-command';
import { routeHref } from '../../app/route';
import { CommandButton } from '../../ui/CommandButton';
import { DueBadges } from '../../ui/DueBadges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueLabel, formatCalendarDay, formatDateTime, waited } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { StrikeDots } from '../../ui/StrikeDots';
import { DraftComposer } from '../drafts/DraftComposer';
import { BossPanel } from './BossPanel';
import { ClientPanel } from './ClientPanel';
import { ClientStepPanel } from './ClientStepPanel';
import { CorrectDetailsForm } from './CorrectDetailsForm';
import { DeleteRequest } from './DeleteRequest';
import { DecisionForm } from './DecisionForm';
import { NotesPanel } from './NotesPanel';
import { Timeline } from './Timeline';
import { useRequestBusy } from './useRequestBusy';
import { WithdrawForm } from './WithdrawForm';

export function RequestDetailPage({ id, settings, draft }: { id: string; settings: Settings; draft?: ClientMessageKind | undefined }) {
  const query = useRequestView(id);
  const busy = useRequestBusy(id);
  const reopen = useCommand('reopen', { requestId: id });
  const [editing, setEditing] = useState<'details' | 'withdraw' | null>(null);
  const view = query.data;
  if (!view) {
    return query.error ? <ErrorBanner message={query.error.message} /> : <p className="muted">Loading…</p>;
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
        <div className="header-badges" role="group" aria-label="Status">
          <StatusBadge status={view.status} />
          <DueBadges due={view.due} />
          {open && <StrikeDots strikes={view.strikes} limit={view.strikeLimit} />}
          {view.round > 1 && <span className="muted">Round {view.round}</span>}
        </div>
        <div className="actions wrap header-actions">
          {state.status === 'closed' && (
            <CommandButton
              pending={reopen.pending}
              busy={busy}
              pendingLabel="Reopening…"
              onClick={() => void reopen.run({ id, version: view.version })}
            >
              Reopen
            </CommandButton>
          )}
          <button type="button" className="button" disabled={busy || editing !== null} onClick={() => setEditing('details')}>
            Correct details
          </button>
          {state.status !== 'closed' && (
            <>
              <button type="button" className="button" disabled={busy || editing !== null} onClick={() => setEditing('withdraw')}>
                Withdraw…
              </button>
              <DeleteRequest view={view} disabled={busy || editing !== null} />
            </>
          )}
        </div>
      </header>
      <ErrorBanner message={query.error?.message ?? reopen.error} />
      {editing === 'withdraw' && <WithdrawForm view={view} onDone={() => setEditing(null)} />}
      {editing === 'details' && <CorrectDetailsForm view={view} settings={settings} onDone={() => setEditing(null)} />}

      <dl className="facts">
        {state.withdrawn && (
          <>
            <dt>Withdrawn</dt>
            <dd>
              {state.withdrawn.reason} <span className="muted">· {formatDateTime(state.withdrawn.at)}</span>
            </dd>
          </>
        )}
        <dt>Reached us</dt>
        <dd>
          {CONTACT_CHANNEL_LABELS[contact.channel]}, {formatDateTime(contact.at)}{' '}
          <span className="muted">(waited {waited(contact.at, view.asOf)})</span>
        </dd>
        <dt>Decides</dt>
        <dd>{sentenceCase(view.bossName)}</dd>
        {deadline && (
          <>
            <dt>Client&apos;s deadline</dt>
            <dd className={`deadline${view.deadlinePassed ? ' passed' : ''}`}>
              {formatCalendarDay(deadline)}
              {view.deadlinePassed && <span className="badge late">Passed</span>}
            </dd>
          </>
        )}
        {view.nextStep && (
          <>
            <dt>Next step</dt>
            <dd>
              {pendingAction(view.nextStep, { client: view.clientName, boss: view.bossName }, view.strikeLimit)}{' '}
              <span className="muted">· {dueLabel(view.nextStep.dueAt, view.asOf)}</span>
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

      <DraftComposer view={view} settings={settings} initialKind={draft} />

      <div className="panels">
        <BossPanel view={view} />
        {open && <DecisionForm view={view} />}
        {state.decision && (
          <section className="panel" aria-labelledby="decision-title">
            <h2 id="decision-title">The boss decided</h2>
            <p className="pre">{state.decision.text}</p>
            <p className="muted small">Recorded {formatDateTime(state.decision.at)}</p>
          </section>
        )}
        <ClientPanel view={view} />
        <ClientStepPanel view={view} />
        <NotesPanel view={view} />
      </div>

      <Timeline entries={state.timeline} />
    </article>
  );
}
