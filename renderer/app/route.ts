/** Where the user is; kept in the URL hash so a reload lands on the same screen. */
export type Route =
  | { page: 'requests' }
  | { page: 'new' }
  | { page: 'request'; id: string }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  switch (parts[0]) {
    case 'new':
      return { page: 'new' };
    case 'settings':
      return { page: 'settings' };
    case 'request':
      return parts[1] ? { page: 'request', id: decodeURIComponent(parts[1]) } : { page: 'requests' };
    default:
      return { page: 'requests' };
  }
}

export function routeHref(route: Route): string {
  return route.page === 'request' ? `#/request/${encodeURIComponent(route.id)}` : `#/${route.page}`;
}
