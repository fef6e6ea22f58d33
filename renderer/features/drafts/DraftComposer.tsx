import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { CLIENT_MESSAGE_LABELS, type ClientMessageKind } from '../../../shared/domain/events';
import { UNKNOWN_REASON, type Settings } from '../../../shared/domain/settings';
import { NO_EMAIL_ADVICE, UNSIGNED_ADVICE, type ClientDraftOptions } from '../../../shared/drafts/client-drafts';
import type { Medium } from '../../../shared/domain/draft-templates';
import type { ProposedDraft } from '../../../shared/ipc/contract';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { fetchOrThrow } from '../../api/api';
import { useMailbox, useWordingCheck } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { userLocale } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { useRequestBusy } from '../request-detail/useRequestBusy';
import { Advice } from './Advice';
import { HandOff } from './HandOff';
import { ScriptHandOff } from './ScriptHandOff';
import { SignAsForm } from './SignAsForm';
import { useDebounced } from './useDebounced';

const withInvite = (kind: ClientMessageKind, medium: Medium) =>
  (kind === 'update' || kind === 'acknowledgement' || kind === 'reply') && medium !== 'voicemail';

/** The messages whose templates carry {{deadlineNote}}, and so the offer chosen for a deadline that will pass first. */
const DEADLINE_NOTE_KINDS: readonly ClientMessageKind[] = ['acknowledgement', 'reply', 'update'];

const MEDIUM_LABELS: Record<Medium, string> = { email: 'Email', call: 'Call script', voicemail: 'Voicemail script' };
const LOG_LABELS: Record<Medium, string> = { email: 'Mark as sent', call: 'Log call made', voicemail: 'Log voicemail left' };
const DONE_WORDS: Record<Medium, string> = {
  email: 'marked as sent',
  call: 'logged as a call made',
  voicemail: 'logged as a voicemail left',
};

/**
 * Drafts a message to the client, lets the assistant edit it, and hands it off: copy, open in
 * the mail program, or save as an .eml. "Mark as sent" records the touch. For a client who
 * phoned, the same message comes as a call or voicemail script, logged as a call made or a
 * voicemail left. The never-blame warnings are main's: those it sent with the draft, and its
 * check of the text as edited. Opened from a Today row, it starts with that draft made; otherwise on
 * the message the request's next step is.
 */
export function DraftComposer({
  view,
  settings,
  initialKind,
  startOn,
  onSent,
}: {
  view: RequestDetailView;
  settings: Settings;
  /** Drafted at once: the message a Today button asked for. */
  initialKind?: ClientMessageKind | undefined;
  /** The tab to start on, not yet drafted: the message the request's next step is. */
  startOn?: ClientMessageKind | undefined;
  /** Says what Mark as sent did where it outlives the composer (the next step may no longer be a message). */
  onSent?: ((notice: string) => void) | undefined;
}) {
  const kinds = view.drafts.map((c) => c.kind);
  const [kind, setKind] = useState<ClientMessageKind | null>(initialKind ?? startOn ?? kinds[0] ?? null);
  const [chosenMedium, setMedium] = useState<Medium | null>(null);
  const [reason, setReason] = useState<string>('');
  const [expectedDays, setExpectedDays] = useState('');
  const [invite, setInvite] = useState(true);
  const [offer, setOffer] = useState<string>(settings.deadlineOffers[0] ?? '');
  const [optionError, setOptionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A message sent is no longer offered: the composer moves on to what the next step now is.
  const current = kind && kinds.includes(kind) ? kind : startOn && kinds.includes(startOn) ? startOn : (kinds[0] ?? null);
  const media = view.drafts.find((c) => c.kind === current)?.media ?? ['email'];
  const medium = chosenMedium && media.includes(chosenMedium) ? chosenMedium : media[0]!;
  const parked = view.state.status === 'parked';
  // Main says whether the client's deadline will pass first; the draft then says so and offers one of these.
  const saysDeadline = (k: ClientMessageKind) => view.deadlineRisk !== null && DEADLINE_NOTE_KINDS.includes(k);
  // A Today row asks for its draft straight away; otherwise the draft is made on request. The
  // first view may be a cached one from before the row's item came due, so the draft waits
  // (`enabled` below) until the view offers that kind, rather than being dropped.
  const [options, setOptions] = useState<ClientDraftOptions | null>(() =>
    initialKind
      ? {
          kind: initialKind,
          medium,
          locale: userLocale(),
          reason: null,
          expectedBusinessDays: null,
          invite: withInvite(initialKind, medium),
        }
      : null,
  );
  const [edited, setEdited] = useState<ProposedDraft | null>(null);
  const draft = useQuery({
    queryKey: keys.clientDraft(view.id, view.version, options),
    queryFn: () => fetchOrThrow('draftForClient', { id: view.id, ...options! }),
    enabled: options !== null && options.kind === current && options.medium === medium,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const markSent = useCommand('markSent', { requestId: view.id });
  const sendMail = useCommand('sendMessage', { requestId: view.id });
  const mailboxStatus = useMailbox().data;
  const mailboxReady = Boolean(mailboxStatus?.account && mailboxStatus.hasPassword);
  const busy = useRequestBusy(view.id);
  const shown = options?.kind === current && options.medium === medium ? (edited ?? draft.data ?? null) : null;
  const changed = shown !== null && draft.data !== undefined && (shown.subject !== draft.data.subject || shown.body !== draft.data.body);
  const checkedText = useDebounced(changed && shown ? `${shown.subject}\n${shown.body}` : null);
  const check = useWordingCheck(view.id, checkedText);
  const warnings = changed ? (check.data?.warnings ?? draft.data?.warnings ?? []) : (draft.data?.warnings ?? []);
  // Asked for by the Draft button (disabled while the draft is made): the draft itself is where to go next.
  const draftId = draft.data?.proposalId;
  const focusDraft = useRef(false);
  useEffect(() => {
    if (!draftId || !focusDraft.current) return;
    focusDraft.current = false;
    requestAnimationFrame(() => document.getElementById('draft-body')?.focus());
  }, [draftId]);

  if (!current) {
    // Closed: nothing more is owed. Still confirm what the last click did.
    return notice ? (
      <p className="status-message panel composer" role="status">
        {notice} The request is closed.
      </p>
    ) : null;
  }

  const make = () => {
    const days = expectedDays.trim() === '' ? null : Number(expectedDays);
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > 60)) {
      setOptionError('Enter the business days you expect as a whole number from 1 to 60, or leave it empty.');
      return;
    }
    setOptionError(null);
    setEdited(null);
    setNotice(null);
    focusDraft.current = true;
    const next: ClientDraftOptions = {
      kind: current,
      medium,
      locale: userLocale(),
      reason: current === 'update' && reason ? reason : null,
      expectedBusinessDays: current === 'update' && !parked ? days : null,
      invite: invite && withInvite(current, medium),
      ...(saysDeadline(current) ? { offer: offer || null } : {}),
    };
    // The same options again means "start again from the template": read it afresh.
    if (JSON.stringify(next) === JSON.stringify(options)) void draft.refetch();
    setOptions(next);
  };

  const send = async () => {
    if (!shown) return null;
    const used = { subject: shown.subject, body: shown.body, proposalId: draft.data?.proposalId ?? null };
    if (!(await markSent.run({ id: view.id, version: view.version, kind: current, medium, used }))) return null;
    setOptions(null);
    setEdited(null);
    const said = `${CLIENT_MESSAGE_LABELS[current]} ${DONE_WORDS[medium]}.`;
    if (onSent) onSent(said);
    else setNotice(said);
    return null;
  };

  const sendNow = async () => {
    if (!shown) return null;
    const used = { subject: shown.subject, body: shown.body, proposalId: draft.data?.proposalId ?? null };
    const sent = await sendMail.run({ id: view.id, version: view.version, kind: current, used });
    if (!sent) return null;
    setOptions(null);
    setEdited(null);
    const said = `${CLIENT_MESSAGE_LABELS[current]} sent to ${shown.to}.${sent.mailNote ? ` ${sent.mailNote}` : ''}`;
    if (onSent) onSent(said);
    else setNotice(said);
    return null;
  };

  return (
    <section className="panel composer" aria-labelledby="composer-title">
      <h3 id="composer-title">Message to {view.clientName}</h3>
      <div className="tabs" role="tablist" aria-label="Kind of message">
        {kinds.map((k) => (
          <button
            key={k}
            id={`composer-tab-${k}`}
            type="button"
            role="tab"
            aria-controls="composer-panel"
            aria-selected={k === current}
            className={`tab${k === current ? ' selected' : ''}`}
            onClick={() => {
              setKind(k);
              setOptions(null);
              setEdited(null);
              setNotice(null);
            }}
          >
            {CLIENT_MESSAGE_LABELS[k]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="composer-panel" aria-labelledby={`composer-tab-${current}`}>
        {media.length > 1 && (
          <div className="segmented" role="radiogroup" aria-label="Send as">
            {media.map((m) => (
              <label key={m} className={m === medium ? 'selected' : undefined}>
                <input
                  type="radio"
                  name="draft-medium"
                  value={m}
                  checked={m === medium}
                  onChange={() => {
                    setMedium(m);
                    setOptions(null);
                    setEdited(null);
                    setNotice(null);
                  }}
                />
                {MEDIUM_LABELS[m]}
              </label>
            ))}
          </div>
        )}

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
            {parked ? (
              <p className="hint">While it is parked, the update promises nothing but the date of the next update.</p>
            ) : (
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
            )}
          </div>
        )}
        {saysDeadline(current) && (
          <div className="options">
            <label>
              {view.deadlineRisk === 'passed'
                ? 'The client’s deadline has passed. Offer them'
                : 'The client’s deadline may pass first. Offer them'}
              <select value={offer} onChange={(e) => setOffer(e.target.value)}>
                {settings.deadlineOffers.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
                <option value="">Nothing: just say so</option>
              </select>
            </label>
          </div>
        )}
        {withInvite(current, medium) && (
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
          <button type="button" className={`button${shown ? '' : ' primary'}`} disabled={draft.isFetching} onClick={make}>
            {shown
              ? 'Start again from the template'
              : `Draft ${CLIENT_MESSAGE_LABELS[current].toLowerCase()}${medium === 'email' ? '' : ` ${MEDIUM_LABELS[medium].toLowerCase()}`}`}
          </button>
        </div>
        <ErrorBanner message={draft.error?.message ?? null} />

        {shown && medium !== 'email' && (
          <>
            <label htmlFor="draft-body">{MEDIUM_LABELS[medium]}</label>
            <textarea
              id="draft-body"
              className="script"
              rows={10}
              value={shown.body}
              onChange={(e) => setEdited({ ...shown, body: e.target.value })}
              aria-describedby="script-length"
            />
            {draft.data?.spokenSeconds && (
              <p id="script-length" className="muted small">
                About {draft.data.spokenSeconds} seconds spoken{edited ? ', as drafted' : ''}.
              </p>
            )}
            <Advice advice={shown.advice} />
            {warnings.length > 0 && (
              <ul className="warnings" aria-label="Never-blame check">
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <ScriptHandOff script={shown.body} logLabel={LOG_LABELS[medium]} logging={markSent.pending} busy={busy} onLog={send} />
            <ErrorBanner message={markSent.error} />
          </>
        )}
        {shown && medium === 'email' && (
          <>
            <label htmlFor="draft-subject">Subject</label>
            <input id="draft-subject" value={shown.subject} onChange={(e) => setEdited({ ...shown, subject: e.target.value })} />
            <label htmlFor="draft-body">Message</label>
            <textarea id="draft-body" rows={13} value={shown.body} onChange={(e) => setEdited({ ...shown, body: e.target.value })} />
            {/* HandOff says itself when there is no address to send to; SignAsForm, that there is no name. */}
            <Advice advice={shown.advice.filter((a) => a !== NO_EMAIL_ADVICE && a !== UNSIGNED_ADVICE)} />
            {shown.advice.includes(UNSIGNED_ADVICE) && (
              <SignAsForm
                settings={settings}
                onSigned={(name) => {
                  // An edited draft keeps its edits: the name goes under its sign-off. An unedited one is drafted again.
                  if (!edited) return;
                  const unsigned = /Kind regards,\s*$/.test(edited.body);
                  const body = unsigned ? `${edited.body.trimEnd()}\n${name}` : edited.body;
                  setEdited({ ...edited, body, advice: edited.advice.filter((a) => a !== UNSIGNED_ADVICE) });
                }}
              />
            )}
            {warnings.length > 0 && (
              <ul className="warnings" aria-label="Never-blame check">
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <HandOff
              mail={shown}
              sentLabel="Mark as sent"
              sending={markSent.pending}
              busy={busy}
              inviteFor={current === 'call-proposal' ? view.id : undefined}
              onSent={send}
              // A call proposal goes with its invitation as an .eml; the rest can go from here.
              mailbox={
                mailboxReady && current !== 'call-proposal' ? { onSend: shown.to ? sendNow : null, sending: sendMail.pending } : null
              }
            />
            <ErrorBanner message={markSent.error ?? sendMail.error} />
          </>
        )}
      </div>
      <StatusMessage message={notice} />
    </section>
  );
}
