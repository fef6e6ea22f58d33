import { useState } from 'react';
import type { Overview } from '../../shared/ipc/contract';
import { DigestPage } from '../features/digest/DigestPage';
import { emptyForm, type NewRequestForm as FormState } from '../features/new-request/form-model';
import { NewRequestPage } from '../features/new-request/NewRequestPage';
import { ParkedPage } from '../features/parked/ParkedPage';
import { RequestDetailPage } from '../features/request-detail/RequestDetailPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { NoticeBanner, useDueNotices } from './NoticeBanner';
import { routeHref, type Route } from './route';
import { useOverview } from './useOverview';
import { useRoute } from './useRoute';
import { ErrorBanner } from '../ui/ErrorBanner';

export function App() {
  const [route, navigate] = useRoute();
  const { overview, error, reload } = useOverview();
  const { notices, dismiss } = useDueNotices(reload);
  // The half-typed new request lives here, so leaving the form and coming back keeps it.
  const [draftForm, setDraftForm] = useState<FormState | null>(null);

  if (!overview) {
    return <main className="loading">{error ?? 'Loading…'}</main>;
  }
  const form = draftForm ?? emptyForm(overview);
  const open = overview.requests.filter((r) => r.status !== 'closed').length;
  const parked = overview.requests.filter((r) => r.status === 'parked').length;

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Follow-Through</div>
        <a className="button primary new-request" href={routeHref({ page: 'new' })}>
          + New request
        </a>
        <NavLink route={{ page: 'today' }} current={route} label="Today" count={overview.dueCount} />
        <NavLink route={{ page: 'requests' }} current={route} label="Requests" count={open} />
        <NavLink route={{ page: 'parked' }} current={route} label="Parked" count={parked} />
        <NavLink route={{ page: 'settings' }} current={route} label="Settings" />
      </nav>
      <main className="content">
        <NoticeBanner notices={notices} dismiss={dismiss} />
        <ErrorBanner message={error} />
        <Page route={route} overview={overview} navigate={navigate} reload={reload} form={form} setForm={setDraftForm} />
      </main>
    </div>
  );
}

function Page(props: {
  route: Route;
  overview: Overview;
  navigate: (r: Route) => void;
  reload: () => Promise<void>;
  form: FormState;
  setForm: (f: FormState | null) => void;
}) {
  const { route, overview, navigate, reload, form, setForm } = props;
  switch (route.page) {
    case 'today':
      return <TodayPage overview={overview} navigate={navigate} reload={reload} />;
    case 'requests':
      return <RequestsPage overview={overview} />;
    case 'parked':
      return <ParkedPage overview={overview} />;
    case 'new':
      return (
        <NewRequestPage
          overview={overview}
          form={form}
          onChange={setForm}
          onSaved={async (id) => {
            setForm(null);
            await reload();
            navigate({ page: 'request', id });
          }}
        />
      );
    case 'request':
      return (
        <RequestDetailPage
          key={`${route.id}-${route.draft ?? ''}`}
          id={route.id}
          draft={route.draft}
          settings={overview.settings}
          onChanged={reload}
        />
      );
    case 'digest':
      return <DigestPage key={route.bossId} bossId={route.bossId} overview={overview} reload={reload} />;
    case 'settings':
      return <SettingsPage settings={overview.settings} onSaved={reload} />;
  }
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
