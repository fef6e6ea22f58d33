import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ResearchComposer } from '../drafts/ResearchComposer';
import { useRequestBusy } from './useRequestBusy';

/** Research just in case: whom the assistant asked, on whose behalf, flagged as not decided. */
export function ResearchForm({ view, onDone }: { view: RequestDetailView; onDone: (message: string) => void }) {
  const [text, setText] = useState('');
  const [askedWhom, setAskedWhom] = useState('');
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const [inCaseOnly, setInCaseOnly] = useState(true);
  const [missing, setMissing] = useState(false);
  const addNote = useCommand('addNote', { requestId: view.id });
  const busy = useRequestBusy(view.id);

  const add = async () => {
    if (!text.trim()) return setMissing(true);
    setMissing(false);
    if (await addNote.run({ id: view.id, version: view.version, note: { text, askedWhom, onBehalfOf, inCaseOnly } })) {
      onDone('Note added to the research notes.');
    }
  };
  const error = missing ? 'Write the note.' : addNote.error;

  return (
    <>
      <label htmlFor="note-text">Note</label>
      <textarea id="note-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} />
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <div className="grid-2">
        <div>
          <label htmlFor="note-whom">Whom you asked</label>
          <input id="note-whom" value={askedWhom} onChange={(e) => setAskedWhom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="note-behalf">On whose behalf</label>
          <input id="note-behalf" value={onBehalfOf} onChange={(e) => setOnBehalfOf(e.target.value)} />
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={inCaseOnly} onChange={(e) => setInCaseOnly(e.target.checked)} />
        Asked only in case, not decided
      </label>
      <CommandButton pending={addNote.pending} busy={busy} pendingLabel="Adding…" onClick={() => void add()}>
        Add note
      </CommandButton>
      {view.state.status !== 'closed' && <ResearchComposer view={view} />}
    </>
  );
}
