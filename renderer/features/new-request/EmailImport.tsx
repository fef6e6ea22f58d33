import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { EmailReading, EmailSource } from '../../../shared/ipc/contract';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { droppedFile, emailSourceFromFile, type PendingEmail } from './email-source';

/**
 * "From an email": drop an .eml or .msg here (or anywhere on the window), or paste the email.
 * Main reads it and answers what the form needs; a second email from a client with an open
 * request is offered as a contact on that request instead.
 */
export function EmailImport({
  pendingFile,
  onFileTaken,
  onRead,
  onLoggedAsContact,
}: {
  /** A file dropped elsewhere on the window, or opened with the app, to read as this page opens. */
  pendingFile: PendingEmail | null;
  onFileTaken: () => void;
  onRead: (reading: EmailReading) => void;
  onLoggedAsContact: (id: string) => void;
}) {
  const read = useCommand('readEmail');
  const logContact = useCommand('logClientContact');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [reading, setReading] = useState<EmailReading | null>(null);
  const [over, setOver] = useState(false);
  const pasteBox = useRef<HTMLTextAreaElement>(null);

  const readFrom = async (source: EmailSource | Promise<EmailSource>) => {
    const result = await read.run(await source);
    if (!result) return;
    setReading(result);
    setPasting(false);
    onRead(result);
  };

  // A file dropped on another screen arrives with this page: reading it is the effect of that drop.
  useEffect(() => {
    if (!pendingFile) return;
    onFileTaken();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the state is set when main answers, not during the effect
    void readFrom(pendingFile instanceof File ? emailSourceFromFile(pendingFile) : pendingFile);
    // Once per dropped file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pendingFile]);

  useEffect(() => {
    if (pasting) pasteBox.current?.focus();
  }, [pasting]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const file = droppedFile(event.dataTransfer);
    if (file) void readFrom(emailSourceFromFile(file));
  };

  const { prefill } = reading ?? {};
  return (
    <section
      // Not a labelled region: its name would make every "Email" field label ambiguous.
      className={`panel email-import${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h2>From an email</h2>
      <p className="muted small">Drop an .eml or Outlook .msg file here or anywhere on the window, or paste the whole email.</p>
      <ErrorBanner message={read.error ?? logContact.error} />
      {pasting ? (
        <div className="form">
          <label htmlFor="email-paste">The email, with its From, Date and Subject lines</label>
          <textarea id="email-paste" ref={pasteBox} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <div className="actions">
            <CommandButton pending={read.pending} pendingLabel="Reading…" onClick={() => void readFrom({ kind: 'text', text: pasted })}>
              Fill in from this email
            </CommandButton>
            <button type="button" className="button" onClick={() => setPasting(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setPasting(true)} disabled={read.pending}>
            {read.pending ? 'Reading…' : 'Paste an email…'}
          </button>
        </div>
      )}
      {prefill && (
        <p className="status-message" role="status">
          Filled in from {prefill.clientName || prefill.clientEmail || 'the email'}’s email of {formatDateTime(prefill.contactAt)}. Check it
          and save.
        </p>
      )}
      {reading?.openRequests.length ? (
        <div className="notice" role="group" aria-label="An open request from this client">
          <p>
            {reading.openRequests[0]!.clientName} already has {reading.openRequests.length === 1 ? 'an open request' : 'open requests'}. Is
            this email about {reading.openRequests.length === 1 ? 'it' : 'one of them'}?
          </p>
          <div className="actions wrap">
            {reading.openRequests.map((open) => (
              <CommandButton
                key={open.id}
                pending={logContact.pending && logContact.args?.id === open.id}
                disabled={logContact.pending}
                pendingLabel="Logging…"
                onClick={() =>
                  void (async () => {
                    const view = await logContact.run({
                      id: open.id,
                      version: open.version,
                      channel: 'email',
                      contactAt: prefill!.contactAt,
                      needs: 'reply',
                      note: prefill!.topic,
                      email: prefill!.origin,
                    });
                    if (view) onLoggedAsContact(view.id);
                  })()
                }
              >
                Log as a contact on “{open.topic}”
              </CommandButton>
            ))}
            <button type="button" className="button" onClick={() => setReading((r) => (r ? { ...r, openRequests: [] } : r))}>
              No, it is a new request
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
