import { useState } from 'react';
import { useDataStatus } from '../api/queries';
import { routeHref } from './route';

/**
 * What the app did with the data files on the way in (a damaged file moved aside and a backup
 * restored, a format update, records set aside), said once in the window until dismissed.
 */
export function DataNoticeBanner() {
  const status = useDataStatus();
  const [seen, setSeen] = useState(0);
  const notices = status.data?.notices.slice(seen) ?? [];
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="About your data">
      <div className="notice data-notice" role="alert">
        <div>
          {notices.map((text) => (
            <p key={text}>{text}</p>
          ))}
          <a href={routeHref({ page: 'settings' })}>See your data and backups in Settings</a>
        </div>
        <button type="button" className="button link" onClick={() => setSeen(status.data?.notices.length ?? 0)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
