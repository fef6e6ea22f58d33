import { useState } from 'react';
import { PREFERRED_CHANNELS, type ClientProfile, type PreferredChannel } from '../../../shared/clients/client-profile';
import { GREETING_STYLE_LABELS, GREETING_STYLES, type GreetingStyle } from '../../../shared/clients/greeting';
import { zoneLabel } from '../../../shared/clients/time-zone';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';

const CHANNEL_WORDS: Record<PreferredChannel, string> = { email: 'Email', phone: 'Phone: offer call and voicemail scripts' };

/** Every zone this system knows, as Outlook lists them for a meeting: by region and city. */
const ZONES = Intl.supportedValuesOf('timeZone');

/**
 * How to address this client, kept with the client so all their requests use it: a title for
 * "Dear Ms O'Neill", a greeting of their own, whether they prefer the phone, and where they are
 * when it is not where the assistant is (an offset read from their email, until a city is picked).
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
        {view.profile.timeZone && `; times on their clock (${zoneLabel(view.profile.timeZone)})`}
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
        <div>
          <label htmlFor="profile-zone">Their time zone</label>
          <select id="profile-zone" value={profile.timeZone ?? ''} onChange={(e) => set({ timeZone: e.target.value || null })}>
            <option value="">Same as mine</option>
            {profile.timeZone && !ZONES.includes(profile.timeZone) && (
              <option value={profile.timeZone}>{zoneLabel(profile.timeZone)}, from their email</option>
            )}
            {ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
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
