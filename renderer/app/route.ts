import { CLIENT_MESSAGE_KINDS, type ClientMessageKind } from '../../shared/domain/events';

/** Where the user is; kept in the URL hash so a reload lands on the same screen. */
export type Route =
  | { page: 'today' }
  | { page: 'requests' }
  | { page: 'parked' }
  | { page: 'new' }
  /** `draft`: open the request with that message drafted (a Today row's action). */
  | { page: 'request'; id: string; draft?: ClientMessageKind }
  | { page: 'digest'; bossId: string }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (parts[0]) {
    case 'requests':
    case 'parked':
    case 'new':
    case 'settings':
      return { page: parts[0] };
    case 'digest':
      return parts[1] ? { page: 'digest', bossId: parts[1] } : { page: 'today' };
    case 'request': {
      if (!parts[1]) return { page: 'requests' };
      const draft = CLIENT_MESSAGE_KINDS.find((k) => k === parts[3]);
      return parts[2] === 'draft' && draft ? { page: 'request', id: parts[1], draft } : { page: 'request', id: parts[1] };
    }
    default:
      return { page: 'today' };
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'request':
      return `#/request/${encodeURIComponent(route.id)}${route.draft ? `/draft/${route.draft}` : ''}`;
    case 'digest':
      return `#/digest/${encodeURIComponent(route.bossId)}`;
    default:
      return `#/${route.page}`;
  }
}
