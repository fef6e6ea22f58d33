import { useState } from 'react';
import { useStartAtLogin } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';

/**
 * Options of this computer rather than of the data: they take effect at once, are not part of
 * an export, and what the system holds is what the box shows.
 */
export function ThisComputerSection() {
  const login = useStartAtLogin();
  const set = useCommand('setStartAtLogin', { invalidates: () => [keys.startAtLogin] });
  // While the change is made, the box shows what was asked for, and waits; then what the system holds.
  const [asked, setAsked] = useState<boolean | null>(null);
  if (login.isError) return <ErrorBanner message={login.error.message} />;
  if (!login.data?.supported) return null;
  const change = async (enabled: boolean) => {
    setAsked(enabled);
    await set.run({ enabled });
    setAsked(null);
  };
  return (
    <section aria-labelledby="computer-title" className="data-section">
      <h2 id="computer-title">This computer</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={asked ?? login.data.enabled}
          disabled={set.pending}
          aria-describedby="start-at-login-help"
          onChange={(e) => void change(e.target.checked)}
        />
        Start Follow-Through when I log in
      </label>
      <p id="start-at-login-help" className="muted small">
        It opens minimised, with the due count in the tray, so Today is one click away.
      </p>
      <ErrorBanner message={set.error} />
    </section>
  );
}
