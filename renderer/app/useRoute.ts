import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHref, type Route } from './route';

/** How many screens deep the user is in this window's history; kept in history.state so Back knows. */
const depthOf = (state: unknown): number | null =>
  typeof state === 'object' && state !== null && typeof (state as { depth?: unknown }).depth === 'number'
    ? (state as { depth: number }).depth
    : null;

/** Shows another screen; a new entry in the window's history, so Back returns. */
export function goTo(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): { route: Route; navigate: (route: Route) => void; back: () => void } {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    let depth = depthOf(window.history.state) ?? 0;
    window.history.replaceState({ depth }, '');
    const onHash = () => {
      // A new entry has no state yet: it is one deeper than the screen it was opened from.
      const known = depthOf(window.history.state);
      depth = known ?? depth + 1;
      if (known === null) window.history.replaceState({ depth }, '');
      const next = parseRoute(window.location.hash);
      // Usually navigate() has shown this screen already: the same route keeps its identity.
      setRoute((shown) => (routeHref(shown) === routeHref(next) ? shown : next));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // Back through the screens this window showed; from the first one, back to Today.
  const back = useCallback(() => {
    if ((depthOf(window.history.state) ?? 0) > 0) window.history.back();
    else if (parseRoute(window.location.hash).page !== 'today') goTo({ page: 'today' });
  }, []);
  // The screen changes in the task of the key or click that asked for it, not a task later when
  // hashchange arrives: React renders a keydown's update (and runs its effects) before the next
  // key is handled, so the letters typed straight after Ctrl+N land in Name. Keys arriving fast
  // on a busy machine had gone to the page while the hashchange waited.
  const navigate = useCallback((next: Route) => {
    goTo(next);
    setRoute(parseRoute(routeHref(next)));
  }, []);
  return { route, navigate, back };
}
