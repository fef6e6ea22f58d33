import { count } from '../../../shared/copy/plural';
import type { ClientMessageKind } from '../../../shared/domain/events';
import type { TodayRow, TodaySectionKind } from '../../../shared/rules/today';
import { useCommand } from '../../api/use-command';
import { routeHref, type Route } from '../../app/route';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { rowKeys } from '../../ui/row-keys';
import { dueWhenCapitalised, formatCalendarDay, formatDateTime, formatDay, formatTime, waited } from '../../ui/format';

const DRAFT_FOR: Partial<Record<TodayRow['action'], ClientMessageKind>> = {
  'draft-acknowledgement': 'acknowledgement',
  'draft-reply': 'reply',
  'draft-update': 'update',
  'draft-answer': 'answer',
  'draft-follow-up': 'follow-up',
};

/** One row of Today: who, what, why now, and the one action that moves it. */
export function TodayRowItem({
  section,
  row,
  asOf,
  navigate,
}: {
  section: TodaySectionKind;
  row: TodayRow;
  asOf: string;
  navigate: (route: Route) => void;
}) {
  const ask = useCommand('askBoss', { requestId: row.requestId });
  const askNow = () => ask.run({ id: row.requestId, version: row.version, note: '' });
  const keys = rowKeys({ ask: askNow, update: () => navigate({ page: 'request', id: row.requestId, draft: 'update' }) });
  const act = () => {
    if (row.action === 'ask') return void askNow();
    const draft = DRAFT_FOR[row.action];
    navigate(draft ? { page: 'request', id: row.requestId, draft } : { page: 'request', id: row.requestId });
  };
  return (
    <li className={`today-row${row.late ? ' late' : ''}`}>
      <div className="who">
        <a href={routeHref({ page: 'request', id: row.requestId })} className="row-link" onKeyDown={keys}>
          {row.clientName}
        </a>
        {row.company && <span className="muted"> · {row.company}</span>}
        <div>{row.topic}</div>
      </div>
      <div className="detail">
        {row.late && <span className="badge late">Late</span>}
        <span className="muted">{detail(section, row, asOf)}</span>
      </div>
      <CommandButton
        className={`button${row.action === 'open' ? '' : ' primary'}`}
        pending={ask.pending}
        pendingLabel="Recording…"
        onClick={act}
        onKeyDown={keys}
      >
        {actionLabel(row)}
      </CommandButton>
      {ask.error && <ErrorBanner message={ask.error} />}
    </li>
  );
}

function actionLabel(row: TodayRow): string {
  switch (row.action) {
    case 'ask':
      return `Ask ${row.bossName}`;
    case 'draft-acknowledgement':
      return 'Draft acknowledgement';
    case 'draft-reply':
      return 'Draft reply';
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

function detail(section: TodaySectionKind, row: TodayRow, asOf: string): string {
  switch (section) {
    case 'acknowledge':
    case 'reply':
      // `due` is when the message that needs answering came: the first contact, a chase, a new question.
      return row.late && row.lateAfter
        ? `Waited ${waited(row.due, asOf)} · the limit passed on ${formatDateTime(row.lateAfter)}`
        : `Waited ${waited(row.due, asOf)}`;
    case 'update':
      return `Would chase about ${row.expectedChase ? formatDay(row.expectedChase) : 'now'}`;
    case 'ask':
      return row.action === 'choose-park'
        ? `Parked after ${count(row.strikes, 'unanswered ask', 'unanswered asks')}`
        : `Strike ${row.strikes + 1} of ${row.strikeLimit} · ${dueWhenCapitalised(row.due, asOf)}`;
    case 'reask':
      return `Round ${row.round} · strikes reset`;
    case 'answer':
      return `Decided ${formatDay(row.due)}`;
    case 'client-step':
      return `To ${row.clientOwes ?? 'reply'} · follow up since ${formatDay(row.due)}`;
    case 'call':
      return `Call at ${formatTime(row.due)}`;
    case 'deadline':
      return `${row.late ? 'Deadline passed' : 'Deadline'} ${row.deadline ? formatCalendarDay(row.deadline) : ''} · with ${row.bossName}`;
  }
}
