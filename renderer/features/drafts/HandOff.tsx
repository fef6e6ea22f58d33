import { useState } from 'react';
import type { OutgoingMail } from '../../../shared/ipc/contract';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { StatusMessage } from '../../ui/StatusMessage';

/**
 * Copy, open in the mail program, save as .eml, and the one button that records it was sent.
 * `onSent` answers the confirmation to show, or null when it was refused (and showed its own message).
 */
export function HandOff({
  mail,
  sentLabel,
  sending,
  busy = false,
  inviteFor,
  onSent,
  mailbox = null,
}: {
  mail: OutgoingMail;
  sentLabel: string;
  sending: boolean;
  busy?: boolean;
  /** A call proposal: the saved .eml carries this request's call as a calendar invitation. */
  inviteFor?: string | undefined;
  onSent: () => Promise<string | null>;
  /**
   * With a mailbox connected: Send (delivers it and records it) and Save to Drafts. `onSend`
   * answers the confirmation, or null when refused; absent when the client has no address.
   */
  mailbox?: { onSend: (() => Promise<string | null>) | null; sending: boolean } | null;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = useCommand('copyText');
  const open = useCommand('openInMail');
  const save = useCommand('saveEml');
  const toDrafts = useCommand('saveToDrafts');
  const run = async (action: () => Promise<string | null>) => setMessage(await action());
  // Exactly the fields of an outgoing mail: main refuses a payload with any other.
  const outgoing: OutgoingMail = { to: mail.to, toName: mail.toName, subject: mail.subject, body: mail.body };

  return (
    <>
      {!mail.to && <p className="muted small">No email address on file: the mail program will ask whom to send it to.</p>}
      <div className="actions wrap">
        {mailbox?.onSend && (
          <CommandButton
            className="button primary"
            pending={mailbox.sending}
            busy={busy}
            pendingLabel="Sending…"
            onClick={() => void run(mailbox.onSend!)}
          >
            Send
          </CommandButton>
        )}
        {mailbox && (
          <CommandButton
            pending={toDrafts.pending}
            pendingLabel="Saving…"
            onClick={() =>
              void run(async () => {
                const result = await toDrafts.run(outgoing);
                return result ? `Saved in ${result.folder}: finish it in your mail program, then mark it as sent here.` : null;
              })
            }
          >
            Save to Drafts
          </CommandButton>
        )}
        <CommandButton
          pending={copy.pending}
          pendingLabel="Copying…"
          onClick={() =>
            void run(async () =>
              (await copy.run({ text: `Subject: ${mail.subject}\n\n${mail.body}` })) !== null ? 'Copied to the clipboard.' : null,
            )
          }
        >
          Copy to clipboard
        </CommandButton>
        <CommandButton
          pending={open.pending}
          pendingLabel="Opening…"
          onClick={() =>
            void run(async () => {
              const result = await open.run(outgoing);
              if (!result) return null;
              return result.bodyCopied
                ? 'Opened your mail program. The message is too long for a mail link, so it is on the clipboard: paste it in.'
                : 'Opened in your mail program.';
            })
          }
        >
          Open in mail program
        </CommandButton>
        <CommandButton
          pending={save.pending}
          pendingLabel="Saving…"
          onClick={() =>
            void run(async () => {
              const result = await save.run(inviteFor ? { ...outgoing, inviteFor } : outgoing);
              if (!result) return null;
              return inviteFor ? `Saved ${result.path}, with the calendar invitation attached.` : `Saved ${result.path}`;
            })
          }
        >
          Save as .eml
        </CommandButton>
        <CommandButton
          className={mailbox?.onSend ? 'button' : 'button primary'}
          pending={sending}
          busy={busy}
          pendingLabel="Recording…"
          onClick={() => void run(onSent)}
        >
          {sentLabel}
        </CommandButton>
      </div>
      <StatusMessage message={message ?? copy.error ?? open.error ?? save.error ?? toDrafts.error} />
    </>
  );
}
