import { useState } from 'react';
import type { Draft } from '../../../shared/drafts/draft';
import { call } from '../../api/api';
import { userLocale } from '../../ui/format';

/** A status update for the client, editable before use; Copy takes what is in the boxes now. */
export function ClientUpdateDraft({ id }: { id: string }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const make = async () => {
    const result = await call('draftClientUpdate', { id, locale: userLocale() });
    if (result.ok) setDraft(result.value);
    setMessage(result.ok ? null : result.error);
  };
  const copy = async () => {
    if (!draft) return;
    const result = await call('copyText', { text: `Subject: ${draft.subject}\n\n${draft.body}` });
    setMessage(result.ok ? 'Copied to the clipboard.' : result.error);
  };

  return (
    <section className="panel draft" aria-labelledby="update-title">
      <h2 id="update-title">Client status update</h2>
      {!draft ? (
        <>
          <p className="muted">A short, specific note so the client does not have to chase.</p>
          <button type="button" className="button" onClick={() => void make()}>
            Draft client update
          </button>
        </>
      ) : (
        <>
          <label htmlFor="draft-subject">Subject</label>
          <input
            id="draft-subject"
            value={draft.subject}
            onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
          />
          <label htmlFor="draft-body">Message</label>
          <textarea
            id="draft-body"
            rows={11}
            value={draft.body}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          />
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void copy()}>
              Copy to clipboard
            </button>
            <button type="button" className="button link" onClick={() => void make()}>
              Start again from the template
            </button>
          </div>
        </>
      )}
      {message && (
        <p className="status-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
