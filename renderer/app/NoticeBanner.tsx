import { useCallback, useEffect, useState } from 'react';
import type { DueNotice } from '../../shared/rules/notifications';
import { routeHref } from './route';

/**
 * Due items the main process announces while the window is in use. Subscribed from the first
 * render, before anything has loaded, so no notice is missed.
 */
export function useDueNotices(onNotice: () => void) {
  const [notices, setNotices] = useState<DueNotice[]>([]);
  useEffect(
    () =>
      window.followThrough.on('dueNotice', (notice) => {
        setNotices((current) => [...current.filter((n) => n.key !== notice.key), notice]);
        onNotice();
      }),
    [onNotice],
  );
  const dismiss = useCallback((key: string) => setNotices((current) => current.filter((n) => n.key !== key)), []);
  return { notices, dismiss };
}

/** The in-window twin of the desktop notification: each notice can be opened or dismissed. */
export function NoticeBanner({ notices, dismiss }: { notices: DueNotice[]; dismiss: (key: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Due now">
      {notices.map((n) => (
        <div key={n.key} className="notice" role="status">
          <strong>{n.title}</strong> <a href={routeHref({ page: 'request', id: n.requestId })}>{n.body}</a>
          <button type="button" className="button link" aria-label={`Dismiss ${n.title}: ${n.body}`} onClick={() => dismiss(n.key)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
