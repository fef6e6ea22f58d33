import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import type { DigestItem } from '../../../shared/drafts/boss-drafts';
import type { Draft } from '../../../shared/drafts/draft';
import type { DigestSent } from '../../../shared/ipc/contract';
import { CommandButton } from '../../ui/CommandButton';
import { listOf } from '../../ui/list-of';
import { count } from '../../../shared/copy/plural';
import { fetchOrThrow } from '../../api/api';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { routeHref } from '../../app/route';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatCalendarDay, formatDay, userLocale } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { HandOff } from '../drafts/HandOff';

const digestQuery = (bossId: string, only: string[] | null) => ({
  queryKey: keys.digest(bossId, only),
  queryFn: () => fetchOrThrow('draftDigest', { bossId, locale: userLocale(), only }),
  refetchOnWindowFocus: false,
  retry: false,
});

/**
 * One message to one boss about everything waiting on them, oldest first. Untick what should
 * not be in it; a request whose next ask is not due yet (the ask spacing) starts unticked, with the day it is due. Before it is
 * marked sent it says which requests that ask will park; after, it names what it did, and one
 * Undo takes the whole digest back.
 */
export function DigestPage({ bossId, settings }: { bossId: string; settings: Settings }) {
  const boss = settings.bosses.find((b) => b.id === bossId);
  const bossLabel = boss?.name.trim() || 'the boss';
  const all = useQuery(digestQuery(bossId, null));
  // What the assistant changed from main's default (everything whose next ask is due): request id -> ticked.
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const [edited, setEdited] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [sent, setSent] = useState<DigestSent | null>(null);
  const items = all.data?.items ?? [];
  const isTicked = (i: DigestItem) => choices[i.requestId] ?? i.listed;
  const ticked = items.filter(isTicked);
  const only = Object.keys(choices).length ? ticked.map((i) => i.requestId) : null;
  const parks = ticked.filter((i) => i.parks);
  const selection = useQuery({ ...digestQuery(bossId, only), enabled: ticked.length > 0 && only !== null });
  const draft = only === null ? all.data : selection.data;
  const shown = edited ?? draft ?? null;
  const markSent = useCommand('markDigestSent', {
    invalidates: () => [keys.today, keys.requests(), keys.counts, keys.digest(), ['request']],
  });

  const undo = useCommand('undoDigest', {
    invalidates: () => [keys.today, keys.requests(), keys.counts, keys.digest(), ['request']],
  });

  const toggle = (item: DigestItem) => {
    setEdited(null);
    setChoices((current) => ({ ...current, [item.requestId]: !isTicked(item) }));
  };

  const send = async () => {
    const result = await markSent.run({ bossId, requests: ticked.map((i) => ({ id: i.requestId, version: i.version })) });
    if (!result) return null;
    setEdited(null);
    setChoices({});
    setSent(result);
    const parked = result.parked.length ? ` Parked after the last ask of the round: ${listOf(result.parked)}.` : '';
    setMessage(`Recorded an ask on ${count(result.asked.length, 'request', 'requests')}: ${listOf(result.asked)}.${parked}`);
    return null;
  };

  const undoAll = async () => {
    if (!sent || !(await undo.run({ requests: sent.undo }))) return;
    setSent(null);
    setMessage(`Took back the digest: ${count(sent.undo.length, 'ask', 'asks')} undone.`);
  };

  return (
    <section aria-labelledby="digest-title" className="narrow">
      <a className="back" href={routeHref({ page: 'today' })}>
        ← Today
      </a>
      <header className="page-header">
        <h1 id="digest-title">Digest for {bossLabel}</h1>
        <p className="muted">Everything waiting on them, oldest first. Untick what should wait.</p>
      </header>
      {items.length > 0 && (
        <fieldset className="compact digest-items">
          <legend>In this digest</legend>
          {items.map((item) => (
            <label key={item.requestId} className="checkbox">
              <input type="checkbox" checked={isTicked(item)} onChange={() => toggle(item)} />
              <span className="pre">
                {item.line.replace(/^\d+\.\s*/, '')}
                {item.askDueOn && <span className="muted"> · Next ask due {formatDay(item.askDueOn)}: left out unless you tick it.</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {all.data?.bossAway && (
        <p className="notice" role="note">
          {bossLabel} is away until {formatCalendarDay(all.data.bossAway.until)}: their asks wait until{' '}
          {formatCalendarDay(all.data.bossAway.back)}. A digest sent now still counts an ask on each request ticked.
        </p>
      )}
      {items.length > 0 && ticked.length === 0 && !sent && !all.data?.bossAway && (
        <p className="muted">
          Nothing needs asking today: each request waiting on {bossLabel} was asked recently. Tick one to ask about it anyway.
        </p>
      )}
      <ErrorBanner message={markSent.error ?? (message ? null : (all.error?.message ?? selection.error?.message ?? null))} />
      {shown && ticked.length > 0 && (
        <div className="panel">
          <label htmlFor="digest-subject">Subject</label>
          <input id="digest-subject" value={shown.subject} onChange={(e) => setEdited({ ...shown, subject: e.target.value })} />
          <label htmlFor="digest-body">Message</label>
          <textarea id="digest-body" rows={14} value={shown.body} onChange={(e) => setEdited({ ...shown, body: e.target.value })} />
          {parks.length > 0 && (
            <p className="warning-text" role="note">
              {parks.length === ticked.length
                ? parks.length === 1
                  ? 'This reaches'
                  : 'These reach'
                : parks.length === 1
                  ? 'One of these reaches'
                  : `${parks.length} of these reach`}{' '}
              the last ask of the round and will be parked: {listOf(parks.map((p) => p.label))}.
            </p>
          )}
          <HandOff mail={shown} sentLabel="Mark digest sent" sending={markSent.pending} onSent={send} />
        </div>
      )}
      <StatusMessage message={message} />
      {sent && (
        <div className="actions">
          <CommandButton className="button" pending={undo.pending} pendingLabel="Undoing…" onClick={() => void undoAll()}>
            Undo the whole digest
          </CommandButton>
        </div>
      )}
      <ErrorBanner message={undo.error} />
    </section>
  );
}
