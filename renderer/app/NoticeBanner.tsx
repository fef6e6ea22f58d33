import { useEffect, useState } from 'react';
import type { DueNotice } from '../../shared/rules/notifications';
import { routeHref } from './route';

/**
 * Due items the main process announces while the window is in use: the in-window twin of the
 * desktop notification. Each can be opened or dismissed.
 */
export function NoticeBanner({ onNotice }: { onNotice: () => void }) {
  const [notices, setNotices] = useState<DueNotice[]>([]);
  useEffect(
    () =>
      window.followThrough.onDueNotice((notice) => {
        setNotices((current) => [...current.filter((n) => n.key !== notice.key), notice]);
        onNotice();
      }),
    [onNotice],
  );
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Due now">
      {notices.map((n) => (
        <div key={n.key} className="notice" role="status">
          <strong>{n.title}</strong> <a href={routeHref({ page: 'request', id: n.requestId })}>{n.body}</a>
          <button
            type="button"
            className="button link"
            aria-label={`Dismiss ${n.title}: ${n.body}`}
            onClick={() => setNotices((current) => current.filter((c) => c.key !== n.key))}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
