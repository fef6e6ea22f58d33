import { CLIENT_MESSAGE_KINDS, type ClientMessageKind } from '../../shared/domain/events';

/** Where the user is; kept in the URL hash so a reload lands on the same screen. */
export type Route =
  | { page: 'today' }
  | { page: 'requests' }
  | { page: 'parked' }
  | { page: 'new' }
  /**
   * `draft`: open the request with that message drafted (a Today row's action); `agree`: open it
   * on the form for a new date the client agreed (a passed deadline's action).
   */
  | { page: 'request'; id: string; draft?: ClientMessageKind; agree?: 'deadline' }
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
      if (parts[2] === 'agree-deadline') return { page: 'request', id: parts[1], agree: 'deadline' };
      return parts[2] === 'draft' && draft ? { page: 'request', id: parts[1], draft } : { page: 'request', id: parts[1] };
    }
    default:
      return { page: 'today' };
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'request':
      return `#/request/${encodeURIComponent(route.id)}${route.draft ? `/draft/${route.draft}` : route.agree ? '/agree-deadline' : ''}`;
    case 'digest':
      return `#/digest/${encodeURIComponent(route.bossId)}`;
    default:
      return `#/${route.page}`;
  }
}
