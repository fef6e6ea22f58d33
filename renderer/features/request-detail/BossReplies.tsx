import { useState } from 'react';
import type { BossReply } from '../../../shared/mailbox/account';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useMailbox, useMailOffers } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { useRequestBusy } from './useRequestBusy';

/**
 * The boss's emailed replies to asks sent from the app, as main found them in the inbox. Each is
 * one click from being the decision, and never becomes it without that click.
 */
export function BossReplies({ view }: { view: RequestDetailView }) {
  const status = useMailbox().data;
  const awaiting = view.status === 'waiting' || view.status === 'parked';
  const offers = useMailOffers(Boolean(status?.account && status.hasPassword) && awaiting);
  const [said, setSaid] = useState<string | null>(null);
  const replies = awaiting ? (offers.data?.replies.filter((r) => r.requestId === view.id) ?? []) : [];
  return (
    <>
      {replies.map((reply) => (
        <Reply key={reply.id} reply={reply} view={view} onRecorded={setSaid} />
      ))}
      <StatusMessage message={said} />
    </>
  );
}

function Reply({ reply, view, onRecorded }: { reply: BossReply; view: RequestDetailView; onRecorded: (said: string) => void }) {
  const record = useCommand('recordReplyAsDecision', { requestId: view.id, invalidates: () => [keys.mailOffers] });
  const busy = useRequestBusy(view.id);
  const who = reply.bossName || 'The boss';
  const titleId = `reply-${reply.id}`;
  return (
    <section className="panel boss-reply" aria-labelledby={titleId}>
      <h2 id={titleId}>{who} replied</h2>
      <p className="muted small">By email, {formatDateTime(reply.at)}</p>
      {reply.text ? (
        <blockquote className="boss-reply-text">{reply.text}</blockquote>
      ) : (
        <p>The reply could not be read here. Open it in your mail program, then record the decision under Other actions.</p>
      )}
      {reply.text && (
        <CommandButton
          className="button primary"
          pending={record.pending}
          busy={busy}
          pendingLabel="Recording…"
          onClick={() =>
            void record.run({ offerId: reply.id, version: view.version }).then((done) => {
              if (done) onRecorded(`${who}’s reply is recorded as the decision. The next step is to send ${view.clientName} the answer.`);
            })
          }
        >
          Record as decision
        </CommandButton>
      )}
      <ErrorBanner message={record.error} />
    </section>
  );
}
