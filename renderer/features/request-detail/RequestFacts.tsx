import { useState } from 'react';
import { sentenceCase } from '../../../shared/copy/case';
import { CONTACT_CHANNEL_LABELS } from '../../../shared/domain/contact-channel';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { dueLabel, formatCalendarDay, formatDateTime, formatDay, waited } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { AddressingForm } from './AddressingForm';
import { useRequestBusy } from './useRequestBusy';
import { owedAction } from '../../../shared/copy/owed-action';

/**
 * What is known about the request, beside its conversation: how and when it came, who decides,
 * the client's clock, what the client owes us, the call, the decision, and the research notes.
 */
export function RequestFacts({ view }: { view: RequestDetailView }) {
  const { state } = view;
  const { contact, details, deadline } = state.details;
  return (
    <aside className="panel request-facts" aria-labelledby="facts-title">
      <h2 id="facts-title">Facts</h2>
      <FirstResponse view={view} />
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
        {view.nextClientUpdateDue && (
          <>
            <dt>Next update due</dt>
            <dd>{dueLabel(view.nextClientUpdateDue, view.asOf)}</dd>
            <dt>Would chase about</dt>
            <dd>{view.expectedChase ? formatDay(view.expectedChase) : '—'}</dd>
            <dt>Usual gap</dt>
            <dd>{view.clientGapDays} days between contacts</dd>
          </>
        )}
        <ClientStep view={view} />
        <Call view={view} />
        {details && (
          <>
            <dt>Details</dt>
            <dd className="pre">{details}</dd>
          </>
        )}
      </dl>
      {state.decision && (
        <section aria-labelledby="decision-title">
          <h3 id="decision-title">The boss decided</h3>
          <p className="pre">{state.decision.text}</p>
          <p className="muted small">Recorded {formatDateTime(state.decision.at)}</p>
        </section>
      )}
      {state.notes.length > 0 && (
        <section aria-labelledby="notes-title">
          <h3 id="notes-title">Research notes</h3>
          <ul className="notes" aria-labelledby="notes-title">
            {state.notes.map((n, i) => (
              <li key={`${n.at}-${i}`}>
                {n.inCaseOnly && <span className="badge in-case">Asked only in case, not decided</span>}
                <div className="pre">{n.text}</div>
                <div className="muted small">
                  {[n.askedWhom && `Asked ${n.askedWhom}`, n.onBehalfOf && `on behalf of ${n.onBehalfOf}`, formatDateTime(n.at)]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AddressingForm key={JSON.stringify(view.profile)} view={view} />
    </aside>
  );
}

/** What the client is owed first (an acknowledgement, or a reply to a later message): due with its aim and limit, or late. */
function FirstResponse({ view }: { view: RequestDetailView }) {
  const { acknowledgement, reply } = view;
  const due = acknowledgement ?? reply;
  if (!due) {
    return view.state.acknowledgedAt ? <p className="muted">Acknowledged {formatDateTime(view.state.acknowledgedAt)}.</p> : null;
  }
  const ack = acknowledgement !== null;
  const waitedFor = waited(due.since, view.asOf);
  if (due.late) {
    return (
      <p className="callout late">
        <strong>{ack ? 'Late:' : 'Reply late:'}</strong> the {due.limitHours}-hour limit passed on {formatDateTime(due.latestBy)}.{' '}
        {view.clientName} has waited {waitedFor}
        {ack ? '; acknowledge them now.' : ' for an answer to their message; reply now.'}
      </p>
    );
  }
  return (
    <p className="callout due">
      {ack
        ? `Acknowledgement due: ${view.clientName} has waited ${waitedFor}.`
        : `Reply due: ${view.clientName} got in touch ${formatDateTime(due.since)} and has waited ${waitedFor}.`}{' '}
      Aim to reply by {formatDateTime(due.aimBy)}; at the latest {formatDateTime(due.latestBy)}.
    </p>
  );
}

function ClientStep({ view }: { view: RequestDetailView }) {
  const step = view.state.clientStep;
  const complete = useCommand('completeClientStep', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  if (!step || view.state.status === 'closed') return null;
  return (
    <>
      <dt>The client owes us</dt>
      <dd>
        {view.clientName} is to {owedAction(step.what)}. Follow up: {dueLabel(step.chaseOn, view.asOf)}.{' '}
        <CommandButton
          className="button link"
          pending={complete.pending}
          busy={busy}
          pendingLabel="Recording…"
          onClick={() => void complete.run({ id: view.id, version: view.version })}
        >
          They did it
        </CommandButton>
        <StatusMessage message={complete.error} />
      </dd>
    </>
  );
}

function Call({ view }: { view: RequestDetailView }) {
  const proposed = view.state.call;
  const [message, setMessage] = useState<string | null>(null);
  if (!proposed || view.state.status === 'closed') return null;
  const saveInvite = async () => {
    const result = await call('saveCallInvite', { id: view.id });
    setMessage(result.ok ? (result.value ? `Saved ${result.value.path}` : null) : result.error);
  };
  return (
    <>
      <dt>Call</dt>
      <dd>
        {formatDateTime(proposed.startsAt)} ({proposed.minutes} minutes){' '}
        <button type="button" className="button link" onClick={() => void saveInvite()}>
          Save invitation (.ics)
        </button>
        <StatusMessage message={message} />
      </dd>
    </>
  );
}
