import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { DataSection } from './DataSection';
import { DraftSharesSection } from './DraftSharesSection';
import { SettingsForm } from './SettingsForm';
import { MailboxSection } from './MailboxSection';
import { ThisComputerSection } from './ThisComputerSection';

/** The settings form, this computer's own options, then the user's data: backups, restore and the records set aside. */
export function SettingsPage({ settings }: { settings: Settings }) {
  // A restore can bring back different settings: the form starts again from them.
  const [restores, setRestores] = useState(0);
  return (
    <section aria-labelledby="settings-title" className="narrow">
      <header className="page-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <SettingsForm key={restores} settings={settings} />
      <DraftSharesSection />
      <MailboxSection />
      <ThisComputerSection />
      <DataSection onRestored={() => setRestores((n) => n + 1)} />
    </section>
  );
}
