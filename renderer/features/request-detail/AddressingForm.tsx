import { useState } from 'react';
import { PREFERRED_CHANNELS, type ClientProfile, type PreferredChannel } from '../../../shared/clients/client-profile';
import { GREETING_STYLE_LABELS, GREETING_STYLES, type GreetingStyle } from '../../../shared/clients/greeting';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';

const CHANNEL_WORDS: Record<PreferredChannel, string> = { email: 'Email', phone: 'Phone: offer call and voicemail scripts' };

/**
 * How to address this client, kept with the client so all their requests use it: a title for
 * "Dear Ms O'Neill", a greeting of their own, and whether they prefer the phone.
 */
export function AddressingForm({ view }: { view: RequestDetailView }) {
  const [profile, setProfile] = useState<ClientProfile>(view.profile);
  const save = useCommand('saveClientProfile', { requestId: view.id });
  const [saved, setSaved] = useState(false);
  const changed = JSON.stringify(profile) !== JSON.stringify(view.profile);
  const set = (next: Partial<ClientProfile>) => {
    setSaved(false);
    setProfile({ ...profile, ...next });
  };

  return (
    <details className="compact addressing" open={changed || undefined}>
      <summary>
        Addressing {view.clientName || 'them'}: drafts open “{view.greeting}”
      </summary>
      <div className="grid-3">
        <div>
          <label htmlFor="profile-title">Title</label>
          <input
            id="profile-title"
            placeholder="Ms, Mr, Dr…"
            value={profile.title}
            onChange={(e) => set({ title: e.target.value })}
            aria-invalid={save.fieldErrors['profile.title'] ? true : undefined}
          />
        </div>
        <div>
          <label htmlFor="profile-greeting">Greet them by</label>
          <select
            id="profile-greeting"
            value={profile.greeting ?? ''}
            onChange={(e) => set({ greeting: (e.target.value || null) as GreetingStyle | null })}
          >
            <option value="">As in Settings</option>
            {GREETING_STYLES.map((style) => (
              <option key={style} value={style}>
                {GREETING_STYLE_LABELS[style]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="profile-channel">Prefers</label>
          <select
            id="profile-channel"
            value={profile.preferredChannel ?? ''}
            onChange={(e) => set({ preferredChannel: (e.target.value || null) as PreferredChannel | null })}
          >
            <option value="">No preference</option>
            {PREFERRED_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_WORDS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {save.error && (
        <div className="field-error" role="alert">
          {save.error}
        </div>
      )}
      <div className="actions">
        <CommandButton
          pending={save.pending}
          pendingLabel="Saving…"
          disabled={!changed}
          onClick={() => void save.run({ id: view.id, profile }).then((done) => setSaved(done !== null))}
        >
          Save for all their requests
        </CommandButton>
        {saved && !changed && (
          <span role="status" className="muted small">
            Saved. Drafts to them now open “{view.greeting}”
          </span>
        )}
      </div>
    </details>
  );
}
