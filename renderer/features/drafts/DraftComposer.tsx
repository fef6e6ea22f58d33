import { useEffect, useRef, useState } from 'react';
import { CLIENT_MESSAGE_LABELS, type ClientMessageKind } from '../../../shared/domain/events';
import { UNKNOWN_REASON, type Settings } from '../../../shared/domain/settings';
import type { Draft } from '../../../shared/drafts/draft';
import { blameWarnings } from '../../../shared/drafts/never-blame';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import { userLocale } from '../../ui/format';
import type { Act } from '../request-detail/act';
import { HandOff } from './HandOff';
import { StatusMessage } from '../../ui/StatusMessage';

/** The messages this request can use now, most pressing first. */
export function availableKinds(view: RequestDetailView): ClientMessageKind[] {
  const { state } = view;
  const kinds: ClientMessageKind[] = [];
  if (state.status === 'closed') return kinds;
  if (state.status === 'decided') kinds.push('answer');
  if (!state.acknowledgedAt) kinds.push('acknowledgement');
  if (state.status === 'waiting' || state.status === 'parked') kinds.push('update');
  if (state.clientStep) kinds.push('follow-up');
  if (state.call) kinds.push('call-proposal');
  return kinds;
}

/**
 * Drafts a message to the client, lets the assistant edit it, and hands it off: copy, open in
 * the mail program, or save as an .eml. "Mark as sent" records the touch. The never-blame
 * check runs again on every edit. Opened from a Today row, it starts with that draft made.
 */
export function DraftComposer({
  view,
  settings,
  act,
  initialKind,
}: {
  view: RequestDetailView;
  settings: Settings;
  act: Act;
  initialKind?: ClientMessageKind | undefined;
}) {
  const kinds = availableKinds(view);
  const [kind, setKind] = useState<ClientMessageKind | null>(initialKind ?? kinds[0] ?? null);
  const [reason, setReason] = useState<string>('');
  const [expectedDays, setExpectedDays] = useState('');
  const [invite, setInvite] = useState(true);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [optionError, setOptionError] = useState<string | null>(null);
  const current = kind && kinds.includes(kind) ? kind : (kinds[0] ?? null);

  const make = async (which: ClientMessageKind) => {
    const days = expectedDays.trim() === '' ? null : Number(expectedDays);
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > 60)) {
      setOptionError('Enter the business days you expect as a whole number from 1 to 60, or leave it empty.');
      return;
    }
    setOptionError(null);
    const result = await call('draftForClient', {
      id: view.id,
      kind: which,
      locale: userLocale(),
      reason: which === 'update' && reason ? reason : null,
      expectedBusinessDays: which === 'update' ? days : null,
      invite: invite && (which === 'update' || which === 'acknowledgement'),
    });
    if (result.ok) setDraft(result.value);
    setNotice(result.ok ? null : result.error);
  };

  // A Today row asked for this draft: make it once, straight away.
  const madeInitial = useRef(false);
  useEffect(() => {
    if (!initialKind || madeInitial.current || !kinds.includes(initialKind)) return;
    madeInitial.current = true;
    void call('draftForClient', {
      id: view.id,
      kind: initialKind,
      locale: userLocale(),
      reason: null,
      expectedBusinessDays: null,
      invite: initialKind === 'update' || initialKind === 'acknowledgement',
    }).then((result) => (result.ok ? setDraft(result.value) : setNotice(result.error)));
  }, [initialKind, kinds, view.id]);

  if (!current) {
    // Closed: nothing more is owed. Still confirm what the last click did.
    return notice ? (
      <p className="status-message panel composer" role="status">
        {notice} The request is closed.
      </p>
    ) : null;
  }

  const warnings = draft
    ? blameWarnings(`${draft.subject}\n${draft.body}`, [view.clientName, view.topic, view.state.decision?.text ?? ''])
    : [];
  const markSent = async () => {
    if (!draft) return null;
    if (!(await act(() => call('markSent', { id: view.id, kind: current, subject: draft.subject })))) return null;
    setDraft(null);
    setNotice(`${CLIENT_MESSAGE_LABELS[current]} marked as sent.`);
    return null;
  };

  return (
    <section className="panel composer" aria-labelledby="composer-title">
      <h2 id="composer-title">Message to {view.clientName}</h2>
      <div className="tabs" role="tablist" aria-label="Kind of message">
        {kinds.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === current}
            className={`tab${k === current ? ' selected' : ''}`}
            onClick={() => {
              setKind(k);
              setDraft(null);
              setNotice(null);
            }}
          >
            {CLIENT_MESSAGE_LABELS[k]}
          </button>
        ))}
      </div>

      {current === 'update' && (
        <div className="options">
          <label>
            Reason for the wait
            <select value={reason} onChange={(e) => setReason(e.target.value)}>
              <option value="">No reason given</option>
              {settings.holdUpReasons.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
              <option value={UNKNOWN_REASON}>{UNKNOWN_REASON}</option>
            </select>
          </label>
          <label>
            Answer expected in (business days)
            <input
              inputMode="numeric"
              value={expectedDays}
              onChange={(e) => setExpectedDays(e.target.value)}
              placeholder="leave empty if unsure"
              aria-invalid={optionError ? true : undefined}
            />
          </label>
        </div>
      )}
      {(current === 'update' || current === 'acknowledgement') && (
        <label className="checkbox">
          <input type="checkbox" checked={invite} onChange={(e) => setInvite(e.target.checked)} />
          Invite them to get in touch in the coming week
        </label>
      )}
      {optionError && (
        <div className="field-error" role="alert">
          {optionError}
        </div>
      )}
      <div className="actions">
        <button type="button" className={`button${draft ? '' : ' primary'}`} onClick={() => void make(current)}>
          {draft ? 'Start again from the template' : `Draft ${CLIENT_MESSAGE_LABELS[current].toLowerCase()}`}
        </button>
      </div>

      {draft && (
        <>
          <label htmlFor="draft-subject">Subject</label>
          <input id="draft-subject" value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
          <label htmlFor="draft-body">Message</label>
          <textarea id="draft-body" rows={13} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          {warnings.length > 0 && (
            <ul className="warnings" aria-label="Never-blame check">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <HandOff mail={draft} sentLabel="Mark as sent" onSent={markSent} />
        </>
      )}
      <StatusMessage message={notice} />
    </section>
  );
}
