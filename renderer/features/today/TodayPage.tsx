import { Fragment, useCallback, useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { SECTION_TITLES } from '../../../shared/copy/labels';
import { pendingAction } from '../../../shared/copy/pending';
import { TODAY_PAGE, type TodayQuery } from '../../../shared/ipc/contract';
import { TODAY_SECTION_ORDER, type TodayRow, type TodaySectionKind } from '../../../shared/rules/today';
import { useToday } from '../../api/queries';
import { routeHref, type Route } from '../../app/route';
import { BossFilter } from '../../ui/BossFilter';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueWhen, formatDay } from '../../ui/format';
import { ROW_LIST } from '../../ui/row-keys';
import { AskUndo, type AskedOnToday } from './AskUndo';
import { BossAwayNotice } from './BossAwayNotice';
import { MailOffersPanel } from './MailOffersPanel';
import type { EmailSource } from '../../../shared/ipc/contract';
import { TodayRowItem } from './TodayRowItem';

/**
 * The first screen: what must I do now? One row per request, with everything due on it and one
 * button for the most urgent. An ask leaves a line with Undo where its row was, for ten seconds.
 */
export function TodayPage({
  settings,
  navigate,
  openEmail,
}: {
  settings: Settings;
  navigate: (route: Route) => void;
  /** A new sender's email picked in the mailbox panel: New request reads it. */
  openEmail: (source: EmailSource) => void;
}) {
  const [bossId, setBossId] = useState('');
  const [rowsPerSection, setRowsPerSection] = useState<TodayQuery['rowsPerSection']>({});
  const [asked, setAsked] = useState<AskedOnToday[]>([]);
  // Main filters by boss and sends each section a page at a time: a busy day is hundreds of rows.
  const today = useToday({ bossId: bossId || null, rowsPerSection });
  const forget = useCallback((id: string) => setAsked((all) => all.filter((a) => a.row.requestId !== id)), []);
  if (!today.data) return <ErrorBanner message={today.error?.message ?? null} />;
  const { asOf, upcoming } = today.data;
  // Main sends the sections with rows; one whose last row was just asked stays for its undo line.
  const sections = TODAY_SECTION_ORDER.map(
    (kind) => today.data.sections.find((s) => s.kind === kind) ?? { kind, title: SECTION_TITLES[kind], rows: [] as TodayRow[], total: 0 },
  ).filter((s) => s.rows.length > 0 || asked.some((a) => a.section === s.kind));
  const shownIds = new Set(sections.flatMap((s) => s.rows.map((r) => r.requestId)));
  const digests = today.data.digests;
  const showMore = (kind: TodaySectionKind, shown: number) => setRowsPerSection((all) => ({ ...all, [kind]: shown + TODAY_PAGE }));

  // The undo line of a request whose row has left Today stands where the row was.
  const undoLinesAt = (section: string, index: number) =>
    asked
      .filter((a) => a.section === section && !shownIds.has(a.row.requestId))
      .filter((a) => {
        const rows = sections.find((s) => s.kind === section)?.rows.length ?? 0;
        return index === Number.MAX_SAFE_INTEGER ? a.index >= rows : a.index === index;
      })
      .map((a) => <AskUndo key={`undo-${a.view.version}`} asked={a} onDone={() => forget(a.row.requestId)} />);

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
      {today.data.bossesAway.map((away) => (
        <BossAwayNotice key={away.bossId} away={away} />
      ))}
      <MailOffersPanel openEmail={openEmail} />
      {sections.length === 0 && asked.length === 0 ? (
        <div className="empty calm">
          <p className="calm-title">Nothing needs you right now.</p>
          {upcoming ? (
            <p>
              Next: {pendingAction(upcoming.step, { client: upcoming.clientName, boss: upcoming.bossName }, upcoming.strikeLimit)} about{' '}
              {upcoming.topic}, {dueWhen(upcoming.step.dueAt, asOf)}.
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
                {section.title} <span className="count">{section.total}</span>
              </h2>
              <ul className="today-rows" aria-labelledby={`today-${section.kind}`}>
                {section.rows.map((row, index) => (
                  <Fragment key={row.requestId}>
                    {undoLinesAt(section.kind, index)}
                    <TodayRowItem
                      row={row}
                      asOf={asOf}
                      navigate={navigate}
                      onAsked={(r, view) =>
                        setAsked((all) => [
                          ...all.filter((a) => a.row.requestId !== r.requestId),
                          { row: r, view, section: section.kind, index },
                        ])
                      }
                    />
                    {asked
                      .filter((a) => a.row.requestId === row.requestId)
                      .map((a) => (
                        <AskUndo key={`undo-${a.view.version}`} asked={a} onDone={() => forget(a.row.requestId)} />
                      ))}
                  </Fragment>
                ))}
                {undoLinesAt(section.kind, Number.MAX_SAFE_INTEGER)}
              </ul>
              {section.total > section.rows.length && (
                <button
                  type="button"
                  className="button link show-more"
                  disabled={today.isPlaceholderData}
                  onClick={() => showMore(section.kind, section.rows.length)}
                >
                  {`Show ${Math.min(TODAY_PAGE, section.total - section.rows.length)} more: ${section.title.toLowerCase()} (${section.total - section.rows.length} not shown)`}
                </button>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
