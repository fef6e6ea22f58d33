import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';

/**
 * Setup was skipped, so the draft has no name under "Kind regards,". Asked for here, where it
 * is missed, rather than sending the assistant off to Settings: saved as their name in Settings,
 * so every draft after this one is signed too.
 */
export function SignAsForm({ settings, onSigned }: { settings: Settings; onSigned: (name: string) => void }) {
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const save = useCommand('saveSettings', { invalidates: () => [[]] });
  const sign = async () => {
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (!trimmed) return;
    if (await save.run({ ...settings, assistantName: trimmed })) onSigned(trimmed);
  };
  const error = missing ? 'Type the name to sign with.' : save.error;
  return (
    <div className="notice sign-as" role="group" aria-labelledby="sign-as-title">
      <p id="sign-as-title">This draft ends “Kind regards,” with no name: setup was skipped. Sign it, and every draft after it, as:</p>
      <div className="inline-form">
        <label className="sr-only" htmlFor="sign-as">
          Sign as
        </label>
        <input
          id="sign-as"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void sign();
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-as-error' : undefined}
        />
        <CommandButton pending={save.pending} pendingLabel="Saving…" onClick={() => void sign()}>
          Sign with this name
        </CommandButton>
      </div>
      {error && (
        <div className="field-error" id="sign-as-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
