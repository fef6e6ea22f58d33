import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Draft } from '../../../shared/drafts/draft';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { fetchOrThrow } from '../../api/api';
import { useMailbox } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { userLocale } from '../../ui/format';
import { HandOff } from '../drafts/HandOff';
import { useRequestBusy } from './useRequestBusy';

/**
 * The note to the boss for this strike, editable, sent by any route; sending it records the ask.
 * The ask changes the request's version, and this draft is keyed on it, so what to say after
 * is handed up (`onAsked`) to outlive it.
 */
export function AskDraft({ view, onAsked }: { view: RequestDetailView; onAsked: (said: string) => void }) {
  const [wanted, setWanted] = useState(false);
  const [edited, setEdited] = useState<Draft | null>(null);
  const draft = useQuery({
    queryKey: keys.askDraft(view.id, view.version),
    queryFn: () => fetchOrThrow('draftAsk', { id: view.id, locale: userLocale() }),
    enabled: wanted,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const askBoss = useCommand('askBoss', { requestId: view.id });
  const sendAsk = useCommand('sendAsk', { requestId: view.id });
  const mailboxStatus = useMailbox().data;
  const mailboxReady = Boolean(mailboxStatus?.account && mailboxStatus.hasPassword);
  const busy = useRequestBusy(view.id);
  const shown = edited ?? draft.data ?? null;

  if (!shown) {
    return (
      <>
        <button type="button" className="button link" onClick={() => setWanted(true)} disabled={draft.isFetching}>
          Draft the ask as a message
        </button>
        <ErrorBanner message={draft.error?.message ?? null} />
      </>
    );
  }
  return (
    <div className="ask-draft">
      <label htmlFor="ask-subject">Subject</label>
      <input id="ask-subject" value={shown.subject} onChange={(e) => setEdited({ ...shown, subject: e.target.value })} />
      <label htmlFor="ask-body">Note to {shown.toName || 'the boss'}</label>
      <textarea id="ask-body" rows={7} value={shown.body} onChange={(e) => setEdited({ ...shown, body: e.target.value })} />
      <HandOff
        mail={shown}
        sentLabel="Mark as asked"
        sending={askBoss.pending}
        busy={busy}
        onSent={async () => {
          if (await askBoss.run({ id: view.id, version: view.version, note: 'by message' })) onAsked('Ask recorded.');
          return null;
        }}
        // Sent from here, the ask carries a Message-ID: the boss's reply is then found in the inbox.
        mailbox={
          mailboxReady
            ? {
                onSend: shown.to
                  ? async () => {
                      const sent = await sendAsk.run({ id: view.id, version: view.version, subject: shown.subject, body: shown.body });
                      if (sent) {
                        const note = sent.mailNote ? ` ${sent.mailNote}` : '';
                        onAsked(`Sent to ${shown.toName || shown.to} and recorded as an ask. Their reply will show on this page.${note}`);
                      }
                      return null;
                    }
                  : null,
                sending: sendAsk.pending,
              }
            : null
        }
      />
      <ErrorBanner message={askBoss.error ?? sendAsk.error} />
    </div>
  );
}
