import { startOfDay } from 'date-fns';
import { useState } from 'react';
import type { Overview } from '../../../shared/ipc/contract';
import type { TodayRow, TodaySection } from '../../../shared/rules/today';
import { call } from '../../api/api';
import { routeHref, type Route } from '../../app/route';
import { BossFilter } from '../../ui/BossFilter';
import { dueLabel, formatCalendarDay, formatDay, waited } from '../../ui/format';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** The first screen: what must I do now? Each row has the one action that moves it. */
export function TodayPage({
  overview,
  navigate,
  reload,
}: {
  overview: Overview;
  navigate: (route: Route) => void;
  reload: () => Promise<void>;
}) {
  const [bossId, setBossId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sections = overview.today
    .map((s) => ({ ...s, rows: s.rows.filter((r) => !bossId || r.bossId === bossId) }))
    .filter((s) => s.rows.length > 0);
  const waitingByBoss = overview.settings.bosses
    .map((boss) => ({ boss, count: overview.requests.filter((r) => r.status === 'waiting' && r.bossId === boss.id).length }))
    .filter(({ boss, count }) => count > 0 && (!bossId || boss.id === bossId));

  const act = async (section: TodaySection, row: TodayRow) => {
    const open = (draft?: 'acknowledgement' | 'update' | 'answer' | 'follow-up') =>
      navigate(draft ? { page: 'request', id: row.requestId, draft } : { page: 'request', id: row.requestId });
    switch (row.action) {
      case 'ask': {
        const result = await call('askBoss', { id: row.requestId, note: '' });
        setError(result.ok ? null : result.error);
        await reload();
        return;
      }
      case 'draft-acknowledgement':
        return open('acknowledgement');
      case 'draft-update':
        return open('update');
      case 'draft-answer':
        return open('answer');
      case 'draft-follow-up':
        return open('follow-up');
      default:
        return open();
    }
  };

  const upcoming = overview.requests
    .filter((r) => r.nextStep && (!bossId || r.bossId === bossId))
    .sort((a, b) => a.nextStep!.due.localeCompare(b.nextStep!.due))[0];

  return (
    <section aria-labelledby="today-title">
      <header className="page-header with-tools">
        <div>
          <h1 id="today-title">Today</h1>
          <p className="muted">{formatDay(overview.asOf)}</p>
        </div>
        <div className="tools">
          <BossFilter bosses={overview.settings.bosses} value={bossId} onChange={setBossId} />
          {waitingByBoss.map(({ boss, count }) => (
            <a key={boss.id} className="button" href={routeHref({ page: 'digest', bossId: boss.id })}>
              Digest for {boss.name} ({count})
            </a>
          ))}
        </div>
      </header>
      <ErrorBanner message={error} />
      {sections.length === 0 ? (
        <div className="empty calm" data-testid="today-empty">
          <p className="calm-title">Nothing needs you right now.</p>
          {upcoming?.nextStep ? (
            <p>
              Next: {upcoming.nextStep.action} ({upcoming.topic}), {dueLabel(upcoming.nextStep.due, overview.asOf)}.
            </p>
          ) : (
            <p>No open requests.</p>
          )}
        </div>
      ) : (
        sections.map((section) => (
          <section key={section.kind} className="today-section" aria-labelledby={`today-${section.kind}`} data-testid={`today-${section.kind}`}>
            <h2 id={`today-${section.kind}`}>
              {section.title} <span className="count">{section.rows.length}</span>
            </h2>
            <ul className="today-rows">
              {section.rows.map((row) => (
                <li key={`${row.requestId}-${row.action}`} className="today-row" data-testid="today-row">
                  <div className="who">
                    <a href={routeHref({ page: 'request', id: row.requestId })} className="row-link">
                      {row.clientName}
                    </a>
                    {row.company && <span className="muted"> · {row.company}</span>}
                    <div>{row.topic}</div>
                  </div>
                  <div className="muted detail">{detail(section, row, overview)}</div>
                  <button
                    type="button"
                    className={`button${row.action === 'open' ? '' : ' primary'}`}
                    onClick={() => void act(section, row)}
                  >
                    {actionLabel(row)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function actionLabel(row: TodayRow): string {
  switch (row.action) {
    case 'ask':
      return `Ask ${row.bossName}`;
    case 'draft-acknowledgement':
      return 'Draft acknowledgement';
    case 'draft-update':
      return 'Draft update';
    case 'draft-answer':
      return 'Draft answer';
    case 'draft-follow-up':
      return 'Draft follow-up';
    case 'choose-park':
      return 'Choose when to ask again';
    case 'open':
      return 'Open';
  }
}

function detail(section: TodaySection, row: TodayRow, overview: Overview): string {
  const limit = overview.settings.strikeLimit;
  switch (section.kind) {
    case 'acknowledge':
      return `Waited ${waited(row.contactAt, overview.asOf)}`;
    case 'update':
      return `Would chase about ${row.expectedChase ? formatDay(row.expectedChase) : 'soon'}`;
    case 'ask':
      return row.action === 'choose-park'
        ? `Parked after ${row.strikes} asks`
        : `Strike ${row.strikes + 1} of ${limit} · due ${dueLabel(row.due, overview.asOf).toLowerCase()}`;
    case 'reask':
      return `Round ${row.round} · strikes reset`;
    case 'answer':
      return `Decided ${formatDay(row.due)}`;
    case 'client-step':
      return `To ${row.clientOwes ?? 'reply'} · follow up since ${formatDay(row.due)}`;
    case 'deadline': {
      const passed = new Date(row.due) < startOfDay(new Date(overview.asOf));
      return `${passed ? 'Deadline passed' : 'Deadline'} ${row.deadline ? formatCalendarDay(row.deadline) : ''} · with ${row.bossName}`;
    }
  }
}
