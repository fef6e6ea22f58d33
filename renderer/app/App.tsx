import { useState } from 'react';
import { emptyForm, type NewRequestForm as FormState } from '../features/new-request/form-model';
import { NewRequestPage } from '../features/new-request/NewRequestPage';
import { RequestDetailPage } from '../features/request-detail/RequestDetailPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { routeHref, type Route } from './route';
import { useOverview } from './useOverview';
import { useRoute } from './useRoute';

export function App() {
  const [route, navigate] = useRoute();
  const { overview, error, reload } = useOverview();
  // The half-typed new request lives here, so leaving the form and coming back keeps it.
  const [draftForm, setDraftForm] = useState<FormState | null>(null);

  if (!overview) {
    return <main className="loading">{error ?? 'Loading…'}</main>;
  }
  const form = draftForm ?? emptyForm(overview);
  const waitingCount = overview.requests.filter((r) => r.status === 'waiting').length;

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Follow-Through</div>
        <a className="button primary new-request" href={routeHref({ page: 'new' })}>
          + New request
        </a>
        <NavLink route={{ page: 'requests' }} current={route} label="Requests" count={waitingCount} />
        <NavLink route={{ page: 'settings' }} current={route} label="Settings" />
      </nav>
      <main className="content">
        {error && (
          <div className="banner error" role="alert">
            {error}
          </div>
        )}
        <Page
          route={route}
          overview={overview}
          navigate={navigate}
          reload={reload}
          form={form}
          setForm={setDraftForm}
        />
      </main>
    </div>
  );
}

function Page(props: {
  route: Route;
  overview: NonNullable<ReturnType<typeof useOverview>['overview']>;
  navigate: (r: Route) => void;
  reload: () => Promise<void>;
  form: FormState;
  setForm: (f: FormState | null) => void;
}) {
  const { route, overview, navigate, reload, form, setForm } = props;
  switch (route.page) {
    case 'requests':
      return <RequestsPage overview={overview} />;
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
      return <RequestDetailPage key={route.id} id={route.id} settings={overview.settings} onChanged={reload} />;
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
