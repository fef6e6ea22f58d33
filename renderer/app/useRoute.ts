import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHref, type Route } from './route';

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((to: Route) => {
    window.location.hash = routeHref(to);
  }, []);
  return [route, navigate];
}
