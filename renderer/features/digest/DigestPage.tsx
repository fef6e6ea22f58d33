import { useCallback, useEffect, useState } from 'react';
import type { DigestItem } from '../../../shared/drafts/boss-drafts';
import type { Draft } from '../../../shared/drafts/draft';
import type { Overview } from '../../../shared/ipc/contract';
import { call } from '../../api/api';
import { routeHref } from '../../app/route';
import { userLocale } from '../../ui/format';
import { HandOff } from '../drafts/HandOff';
import { StatusMessage } from '../../ui/StatusMessage';

/**
 * One message to one boss about everything waiting on them, oldest first. Untick what should
 * not be in it; marking it sent records one ask on each request it lists.
 */
export function DigestPage({ bossId, overview, reload }: { bossId: string; overview: Overview; reload: () => Promise<void> }) {
  const boss = overview.settings.bosses.find((b) => b.id === bossId);
  const [items, setItems] = useState<DigestItem[]>([]);
  const [ticked, setTicked] = useState<string[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(
    async (only: string[] | null) => {
      const result = await call('draftDigest', { bossId, locale: userLocale(), only });
      if (!result.ok) {
        setDraft(null);
        setMessage(result.error);
        return;
      }
      const { items: listed, ...rest } = result.value;
      if (only === null) setItems(listed);
      setDraft(rest);
      setMessage(null);
    },
    [bossId],
  );

  useEffect(() => {
    let live = true;
    void call('draftDigest', { bossId, locale: userLocale(), only: null }).then((result) => {
      if (!live) return;
      if (!result.ok) return setMessage(result.error);
      const { items: listed, ...rest } = result.value;
      setItems(listed);
      setTicked(listed.map((i) => i.requestId));
      setDraft(rest);
    });
    return () => {
      live = false;
    };
  }, [bossId]);

  const toggle = (id: string) => {
    const next = (ticked ?? []).includes(id) ? (ticked ?? []).filter((t) => t !== id) : [...(ticked ?? []), id];
    setTicked(next);
    if (next.length) void load(next);
    else setDraft(null);
  };

  const markSent = async () => {
    if (!ticked?.length) return null;
    const result = await call('markDigestSent', { bossId, requestIds: ticked });
    if (!result.ok) {
      setMessage(result.error);
      return null;
    }
    await reload();
    setMessage(`Recorded an ask on ${result.value.asked} request${result.value.asked === 1 ? '' : 's'}.`);
    setItems([]);
    setDraft(null);
    return null;
  };

  return (
    <section aria-labelledby="digest-title" className="narrow">
      <a className="back" href={routeHref({ page: 'today' })}>
        ← Today
      </a>
      <header className="page-header">
        <h1 id="digest-title">Digest for {boss?.name ?? 'the boss'}</h1>
        <p className="muted">Everything waiting on them, oldest first. Untick what should wait.</p>
      </header>
      {items.length > 0 && (
        <fieldset className="compact digest-items">
          <legend>In this digest</legend>
          {items.map((item) => (
            <label key={item.requestId} className="checkbox">
              <input type="checkbox" checked={(ticked ?? []).includes(item.requestId)} onChange={() => toggle(item.requestId)} />
              <span className="pre">{item.line.replace(/^\d+\.\s*/, '')}</span>
            </label>
          ))}
        </fieldset>
      )}
      {draft && (
        <div className="panel">
          <label htmlFor="digest-subject">Subject</label>
          <input id="digest-subject" value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
          <label htmlFor="digest-body">Message</label>
          <textarea id="digest-body" rows={14} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          <HandOff mail={draft} sentLabel="Mark digest sent" onSent={markSent} />
        </div>
      )}
      <StatusMessage message={message} />
    </section>
  );
}
