import type { Counts } from '../../shared/ipc/contract';
import { routeHref, type Route } from './route';

/** The four screens and the counts main computed for them. */
export function Sidebar({ route, counts }: { route: Route; counts: Counts }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Follow-Through</div>
      <a className="button primary new-request" href={routeHref({ page: 'new' })}>
        + New request
      </a>
      <NavLink route={{ page: 'today' }} current={route} label="Today" count={counts.due} />
      <NavLink route={{ page: 'requests' }} current={route} label="Requests" count={counts.open} />
      <NavLink route={{ page: 'parked' }} current={route} label="Parked" count={counts.parked} />
      <NavLink route={{ page: 'settings' }} current={route} label="Settings" />
    </nav>
  );
}

function NavLink({ route, current, label, count }: { route: Route; current: Route; label: string; count?: number }) {
  const active = route.page === current.page || (route.page === 'requests' && current.page === 'request');
  return (
    <a className={`nav-link${active ? ' active' : ''}`} href={routeHref(route)} aria-current={active ? 'page' : undefined}>
      <span>{label}</span>
      {count !== undefined && count > 0 && <span className="count">{count}</span>}
    </a>
  );
}
