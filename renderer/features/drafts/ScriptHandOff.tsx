import { useState } from 'react';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { StatusMessage } from '../../ui/StatusMessage';

/**
 * A script is said, not sent: it can be copied (to a phone app's notes, say), and the one button
 * records the call made or the voicemail left, the same touch as an email marked sent.
 */
export function ScriptHandOff({
  script,
  logLabel,
  logging,
  busy,
  onLog,
}: {
  script: string;
  logLabel: string;
  logging: boolean;
  busy: boolean;
  onLog: () => Promise<string | null>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = useCommand('copyText');
  return (
    <>
      <div className="actions wrap">
        <CommandButton
          pending={copy.pending}
          pendingLabel="Copying…"
          onClick={() => void copy.run({ text: script }).then((done) => setMessage(done ? 'Script copied to the clipboard.' : null))}
        >
          Copy script
        </CommandButton>
        <CommandButton
          className="button primary"
          pending={logging}
          busy={busy}
          pendingLabel="Recording…"
          onClick={() => void onLog().then(setMessage)}
        >
          {logLabel}
        </CommandButton>
      </div>
      <StatusMessage message={message ?? copy.error} />
    </>
  );
}
