import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { pendingAction } from '../../../shared/copy/pending';
import { useToday } from '../../api/queries';
import { routeHref, type Route } from '../../app/route';
import { BossFilter } from '../../ui/BossFilter';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueWhen, formatDay } from '../../ui/format';
import { ROW_LIST } from '../../ui/row-keys';
import { TodayRowItem } from './TodayRowItem';

/** The first screen: what must I do now? Each row has the one action that moves it. */
export function TodayPage({ settings, navigate }: { settings: Settings; navigate: (route: Route) => void }) {
  const [bossId, setBossId] = useState('');
  const today = useToday();
  if (!today.data) return <ErrorBanner message={today.error?.message ?? null} />;
  const { asOf, upcoming } = today.data;
  const sections = today.data.sections
    .map((s) => ({ ...s, rows: s.rows.filter((r) => !bossId || r.bossId === bossId) }))
    .filter((s) => s.rows.length > 0);
  const digests = today.data.digests.filter((d) => !bossId || d.bossId === bossId);

  return (
    <section aria-labelledby="today-title">
      <header className="page-header with-tools">
        <div>
          <h1 id="today-title">Today</h1>
          <p className="muted">{formatDay(asOf)}</p>
        </div>
        <div className="tools">
          <BossFilter bosses={settings.bosses} value={bossId} onChange={setBossId} />
          {digests.map((d) => (
            <a key={d.bossId} className="button" href={routeHref({ page: 'digest', bossId: d.bossId })}>
              Digest for {d.bossName} ({d.waiting})
            </a>
          ))}
        </div>
      </header>
      <ErrorBanner message={today.error?.message ?? null} />
      {sections.length === 0 ? (
        <div className="empty calm">
          <p className="calm-title">Nothing needs you right now.</p>
          {upcoming ? (
            <p>
              Next: {pendingAction(upcoming.step, { client: upcoming.clientName, boss: upcoming.bossName }, upcoming.strikeLimit)} (
              {upcoming.topic}), {dueWhen(upcoming.step.dueAt, asOf)}.
            </p>
          ) : (
            <p>No open requests.</p>
          )}
        </div>
      ) : (
        <div {...ROW_LIST}>
          {sections.map((section) => (
            <section key={section.kind} className="today-section" aria-labelledby={`today-${section.kind}`}>
              <h2 id={`today-${section.kind}`}>
                {section.title} <span className="count">{section.rows.length}</span>
              </h2>
              <ul className="today-rows" aria-labelledby={`today-${section.kind}`}>
                {section.rows.map((row) => (
                  <TodayRowItem key={`${row.requestId}-${row.action}`} section={section.kind} row={row} asOf={asOf} navigate={navigate} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
