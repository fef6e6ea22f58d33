import type { QueryClient } from '@tanstack/react-query';
import { OPEN_REQUESTS, PARKED_REQUESTS, pageQuery, requestQuery, todayQuery } from '../api/queries';
import type { Route } from './route';

/**
 * Asks main for the first screen's data as the window opens, alongside the settings and counts
 * the shell needs, rather than after them: the screen then renders from a read already made.
 */
export function prefetchRoute(client: QueryClient, route: Route): void {
  switch (route.page) {
    case 'today':
      void client.prefetchQuery(todayQuery());
      return;
    case 'requests':
      void client.prefetchQuery(pageQuery(OPEN_REQUESTS, 0));
      return;
    case 'parked':
      void client.prefetchQuery(pageQuery(PARKED_REQUESTS, 0));
      return;
    case 'request':
      void client.prefetchQuery(requestQuery(route.id));
      return;
    case 'new':
    case 'digest':
    case 'settings':
      return;
  }
}
