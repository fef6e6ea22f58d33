import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../shared/domain/settings';
import type { AppCommand } from '../../shared/keyboard/shortcuts';
import { useCounts, useSettings } from '../api/queries';
import { keys } from '../api/query-keys';
import { DigestPage } from '../features/digest/DigestPage';
import type { NewRequestForm } from '../features/new-request/form-model';
import { droppedFile, type PendingEmail } from '../features/new-request/email-source';
import { NewRequestPage } from '../features/new-request/NewRequestPage';
import { ParkedPage } from '../features/parked/ParkedPage';
import { RequestDetailPage } from '../features/request-detail/RequestDetailPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { FirstRunSetup } from '../features/settings/FirstRunSetup';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { ErrorBanner } from '../ui/ErrorBanner';
import { DataNoticeBanner } from './DataNoticeBanner';
import { NoticeBanner, useDueNotices } from './NoticeBanner';
import type { Route } from './route';
import { focusIfLost, pageHeading, UNTIL_LOADED } from '../ui/focus-if-lost';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { Sidebar } from './Sidebar';
import { useRoute } from './useRoute';
import { useShortcuts } from './use-shortcuts';
import { useTheme } from './use-theme';

const SCREEN_FOR: Partial<Record<AppCommand, Route>> = {
  'new-request': { page: 'new' },
  'go-today': { page: 'today' },
  'go-requests': { page: 'requests' },
  'go-parked': { page: 'parked' },
  'go-settings': { page: 'settings' },
};

export function App() {
  const { route, navigate, back } = useRoute();
  const settings = useSettings();
  const counts = useCounts();
  const queryClient = useQueryClient();
  const refreshDue = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: keys.today });
    void queryClient.invalidateQueries({ queryKey: keys.counts });
  }, [queryClient]);
  const { notices, dismiss } = useDueNotices(refreshDue);
  useTheme(settings.data?.settings.theme);
  // The half-typed new request lives here, so leaving the form and coming back keeps it.
  const [draftForm, setDraftForm] = useState<NewRequestForm | null>(null);
  // An email dropped anywhere on the window (or opened with the app) opens New request filled from it.
  const [droppedEmail, setDroppedEmail] = useState<PendingEmail | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  // Set by Ctrl/Cmd+K and /, until the request list has put the cursor in its search box.
  const [focusSearch, setFocusSearch] = useState(false);
  const searchFocused = useCallback(() => setFocusSearch(false), []);
  const runCommand = useCallback(
    (command: AppCommand) => {
      const screen = SCREEN_FOR[command];
      if (screen) return navigate(screen);
      if (command === 'back') return back();
      if (command === 'show-shortcuts') return setShowShortcuts(true);
      navigate({ page: 'requests' });
      setFocusSearch(true);
    },
    [navigate, back],
  );
  useShortcuts(runCommand);
  // Main read the mailbox (new mail arrived, or its regular check): what it found is read again.
  useEffect(
    () => window.followThrough.on('mailChecked', () => void queryClient.invalidateQueries({ queryKey: keys.mailOffers })),
    [queryClient],
  );
  // The native menu and the tray send the same commands the keys do.
  useEffect(() => window.followThrough.on('command', runCommand), [runCommand]);
  // A new screen (a link, Ctrl+1, a saved request opening) starts at its heading when focus was
  // left nowhere; one opened on a draft (Today's Draft update, U) starts in the draft. Either
  // may still be loading: it is waited for.
  const routeKey = JSON.stringify(route);
  const toDraft = route.page === 'request' && route.draft !== undefined;
  useEffect(() => {
    focusIfLost(() => {
      return toDraft ? document.getElementById('draft-body') : pageHeading();
    }, UNTIL_LOADED);
  }, [routeKey, toDraft]);
  // An email to start a request from (opened with the app, dropped, or picked on Today): New request reads it.
  const openEmail = useCallback(
    (source: PendingEmail) => {
      setDroppedEmail(source);
      navigate({ page: 'new' });
    },
    [navigate],
  );
  useEffect(() => window.followThrough.on('emailOpened', openEmail), [openEmail]);
  useEffect(() => {
    // A file dragged over the window may be dropped; without this Chromium would open it instead.
    const allow = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      const file = droppedFile(event.dataTransfer);
      if (file) openEmail(file);
    };
    window.addEventListener('dragover', allow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', allow);
      window.removeEventListener('drop', drop);
    };
  }, [openEmail]);

  if (settings.isError) return <main className="loading">{settings.error.message}</main>;
  if (!settings.data || !counts.data) return <main className="loading">Loading…</main>;
  if (settings.data.setupNeeded) return <FirstRunSetup settings={settings.data.settings} />;

  return (
    <div className="shell">
      <Sidebar route={route} counts={counts.data} />
      <main className="content">
        <DataNoticeBanner />
        <NoticeBanner notices={notices} dismiss={dismiss} />
        <ErrorBanner message={counts.error?.message ?? null} />
        <Page
          route={route}
          focusSearch={focusSearch}
          onSearchFocused={searchFocused}
          settings={settings.data.settings}
          asOf={counts.data.asOf}
          navigate={navigate}
          form={draftForm}
          setForm={setDraftForm}
          droppedEmail={droppedEmail}
          takeDroppedEmail={() => setDroppedEmail(null)}
          openEmail={openEmail}
        />
      </main>
      <ShortcutsOverlay open={showShortcuts} onClose={() => setShowShortcuts(false)} />
    </div>
  );
}

function Page(props: {
  route: Route;
  focusSearch: boolean;
  onSearchFocused: () => void;
  settings: Settings;
  asOf: string;
  navigate: (r: Route) => void;
  form: NewRequestForm | null;
  setForm: (f: NewRequestForm | null) => void;
  droppedEmail: PendingEmail | null;
  takeDroppedEmail: () => void;
  openEmail: (source: PendingEmail) => void;
}) {
  const { route, focusSearch, onSearchFocused, settings, asOf, navigate, form, setForm, droppedEmail, takeDroppedEmail, openEmail } = props;
  switch (route.page) {
    case 'today':
      return <TodayPage settings={settings} navigate={navigate} openEmail={openEmail} />;
    case 'requests':
      return <RequestsPage settings={settings} focusSearch={focusSearch} onSearchFocused={onSearchFocused} />;
    case 'parked':
      return <ParkedPage />;
    case 'new':
      return (
        <NewRequestPage
          settings={settings}
          asOf={asOf}
          saved={form}
          onChange={setForm}
          pendingEmail={droppedEmail}
          onEmailTaken={takeDroppedEmail}
          onSaved={(id) => {
            setForm(null);
            navigate({ page: 'request', id });
          }}
        />
      );
    case 'request':
      return (
        <RequestDetailPage
          key={`${route.id}-${route.draft ?? ''}-${route.agree ?? ''}`}
          id={route.id}
          draft={route.draft}
          agree={route.agree}
          settings={settings}
        />
      );
    case 'digest':
      return <DigestPage key={route.bossId} bossId={route.bossId} settings={settings} />;
    case 'settings':
      return <SettingsPage settings={settings} />;
  }
}
