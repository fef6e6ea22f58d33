import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import type { Draft } from '../../../shared/drafts/draft';
import { count } from '../../../shared/copy/plural';
import { fetchOrThrow } from '../../api/api';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { routeHref } from '../../app/route';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { userLocale } from '../../ui/format';
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
 * not be in it; marking it sent records one ask on each request it lists.
 */
export function DigestPage({ bossId, settings }: { bossId: string; settings: Settings }) {
  const boss = settings.bosses.find((b) => b.id === bossId);
  const bossLabel = boss?.name.trim() || 'the boss';
  const all = useQuery(digestQuery(bossId, null));
  const [unticked, setUnticked] = useState<string[]>([]);
  const [edited, setEdited] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const items = all.data?.items ?? [];
  const ticked = items.filter((i) => !unticked.includes(i.requestId));
  const only = unticked.length ? ticked.map((i) => i.requestId) : null;
  const selection = useQuery({ ...digestQuery(bossId, only), enabled: ticked.length > 0 && only !== null });
  const draft = only === null ? all.data : selection.data;
  const shown = edited ?? draft ?? null;
  const markSent = useCommand('markDigestSent', {
    invalidates: () => [keys.today, keys.requests(), keys.counts, keys.digest(), ['request']],
  });

  const toggle = (id: string) => {
    setEdited(null);
    setUnticked((current) => (current.includes(id) ? current.filter((t) => t !== id) : [...current, id]));
  };

  const send = async () => {
    const result = await markSent.run({ bossId, requests: ticked.map((i) => ({ id: i.requestId, version: i.version })) });
    if (!result) return null;
    setEdited(null);
    setUnticked([]);
    setMessage(`Recorded an ask on ${count(result.asked, 'request', 'requests')}.`);
    return null;
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
              <input type="checkbox" checked={!unticked.includes(item.requestId)} onChange={() => toggle(item.requestId)} />
              <span className="pre">{item.line.replace(/^\d+\.\s*/, '')}</span>
            </label>
          ))}
        </fieldset>
      )}
      <ErrorBanner message={markSent.error ?? (message ? null : (all.error?.message ?? selection.error?.message ?? null))} />
      {shown && ticked.length > 0 && (
        <div className="panel">
          <label htmlFor="digest-subject">Subject</label>
          <input id="digest-subject" value={shown.subject} onChange={(e) => setEdited({ ...shown, subject: e.target.value })} />
          <label htmlFor="digest-body">Message</label>
          <textarea id="digest-body" rows={14} value={shown.body} onChange={(e) => setEdited({ ...shown, body: e.target.value })} />
          <HandOff mail={shown} sentLabel="Mark digest sent" sending={markSent.pending} onSent={send} />
        </div>
      )}
      <StatusMessage message={message} />
    </section>
  );
}
