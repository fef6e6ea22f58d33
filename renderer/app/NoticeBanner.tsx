import { Fragment, useCallback, useEffect, useState } from 'react';
import type { DueNotice } from '../../shared/rules/notifications';
import { routeHref } from './route';

/** How many due items one summary names before "and N more". */
const NAMED = 3;

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
  const dismiss = useCallback(() => setNotices([]), []);
  return { notices, dismiss };
}

/**
 * The in-window twin of the desktop notification, as one banner however many items fell due:
 * one item is named with its link; several are summed up in one line, the first few linked, with
 * Today one click away. Dismiss clears it at once. (Ten banners stacked over every screen were
 * what a morning of due items gave before.)
 */
export function NoticeBanner({ notices, dismiss }: { notices: DueNotice[]; dismiss: () => void }) {
  if (notices.length === 0) return null;
  const one = notices.length === 1 ? notices[0]! : null;
  const named = notices.slice(0, NAMED);
  const more = notices.length - named.length;
  return (
    <div className="notices" role="region" aria-label="Due now">
      <div className="notice" role="status">
        <span className="notice-text">
          {one ? (
            <>
              <strong>{one.title}</strong> <a href={routeHref({ page: 'request', id: one.requestId })}>{one.body}</a>
            </>
          ) : (
            <>
              <strong>{notices.length} items due</strong>{' '}
              {named.map((n, i) => (
                <Fragment key={n.key}>
                  {i > 0 && (i === named.length - 1 && more === 0 ? ' and ' : ', ')}
                  <a href={routeHref({ page: 'request', id: n.requestId })}>{n.body}</a> ({n.title.toLowerCase()})
                </Fragment>
              ))}
              {more > 0 && ` and ${more} more`}. <a href={routeHref({ page: 'today' })}>Open Today</a>
            </>
          )}
        </span>
        <button
          type="button"
          className="button link"
          aria-label={one ? `Dismiss ${one.title}: ${one.body}` : 'Dismiss these notices'}
          onClick={dismiss}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
