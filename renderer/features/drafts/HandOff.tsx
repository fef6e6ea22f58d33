import { useState } from 'react';
import type { OutgoingMail } from '../../../shared/ipc/contract';
import { call } from '../../api/api';
import { StatusMessage } from '../../ui/StatusMessage';

/**
 * Copy, open in the mail program, save as .eml, and the one button that records it was sent.
 * `onSent` answers the confirmation to show, or null when it failed (and showed its own message).
 */
export function HandOff({ mail, sentLabel, onSent }: { mail: OutgoingMail; sentLabel: string; onSent: () => Promise<string | null> }) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    const result = await call('copyText', { text: `Subject: ${mail.subject}\n\n${mail.body}` });
    setMessage(result.ok ? 'Copied to the clipboard.' : result.error);
  };
  const open = async () => {
    const result = await call('openInMail', mail);
    setMessage(
      result.ok
        ? result.value.bodyCopied
          ? 'Opened your mail program. The message is too long for a mail link, so it is on the clipboard: paste it in.'
          : 'Opened in your mail program.'
        : result.error,
    );
  };
  const save = async () => {
    const result = await call('saveEml', mail);
    setMessage(result.ok ? (result.value ? `Saved ${result.value.path}` : null) : result.error);
  };
  return (
    <>
      {!mail.to && <p className="muted small">No email address on file: the mail program will ask whom to send it to.</p>}
      <div className="actions wrap">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy to clipboard
        </button>
        <button type="button" className="button" onClick={() => void open()}>
          Open in mail program
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          Save as .eml
        </button>
        <button type="button" className="button primary" onClick={() => void onSent().then((m) => m && setMessage(m))}>
          {sentLabel}
        </button>
      </div>
      <StatusMessage message={message} />
    </>
  );
}
