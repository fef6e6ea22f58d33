import { useState } from 'react';
import type { Draft } from '../../../shared/drafts/draft';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import { userLocale } from '../../ui/format';
import { HandOff } from '../drafts/HandOff';
import type { Act } from './act';

/** The note to the boss for this strike, editable, sent by any route; sending it records the ask. */
export function AskDraft({ view, act }: { view: RequestDetailView; act: Act }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    const result = await call('draftAsk', { id: view.id, locale: userLocale() });
    if (result.ok) setDraft(result.value);
    setError(result.ok ? null : result.error);
  };
  if (!draft) {
    return (
      <>
        <button type="button" className="button link" onClick={() => void make()}>
          Draft the ask as a message
        </button>
        {error && <p className="field-error">{error}</p>}
      </>
    );
  }
  return (
    <div className="ask-draft">
      <label htmlFor="ask-subject">Subject</label>
      <input id="ask-subject" value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
      <label htmlFor="ask-body">Note to {draft.toName}</label>
      <textarea id="ask-body" rows={7} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
      <HandOff
        mail={draft}
        sentLabel="Mark as asked"
        onSent={async () => {
          if (await act(() => call('askBoss', { id: view.id, note: 'by message' }))) setDraft(null);
          return null;
        }}
      />
    </div>
  );
}
