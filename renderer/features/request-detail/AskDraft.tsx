import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Draft } from '../../../shared/drafts/draft';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { fetchOrThrow } from '../../api/api';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { userLocale } from '../../ui/format';
import { HandOff } from '../drafts/HandOff';
import { useRequestBusy } from './useRequestBusy';

/** The note to the boss for this strike, editable, sent by any route; sending it records the ask. */
export function AskDraft({ view }: { view: RequestDetailView }) {
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
        onSent={async () => ((await askBoss.run({ id: view.id, version: view.version, note: 'by message' })) ? 'Ask recorded.' : null)}
      />
      <ErrorBanner message={askBoss.error} />
    </div>
  );
}
