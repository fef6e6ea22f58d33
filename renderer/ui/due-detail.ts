import { count } from '../../shared/copy/plural';
import type { DueFact } from '../../shared/rules/due-facts';
import type { TodayRow } from '../../shared/rules/today';
import { formatCalendarDay, formatDateTime, formatDay, formatTime, waited } from './format';
import { strikeWording } from './strikes';
import { owedAction } from '../../shared/copy/owed-action';

/** What the line beside a due item's badge needs to know about its request: Today's row and the request page both have it. */
export type DueContext = Pick<TodayRow, 'strikes' | 'strikeLimit' | 'nextAskDue' | 'round' | 'deadline' | 'bossName' | 'expectedChase'>;

/** What a due item needs said beside its badge, on Today's row and in the request's Next step alike. */
export function dueDetail(item: DueFact, row: DueContext, asOf: string): string {
  switch (item.kind) {
    case 'acknowledge':
    case 'reply':
      // `due` is when the message that needs answering came: the first contact, a chase, a new question.
      return item.late && item.lateAfter
        ? `waited ${waited(item.due, asOf)}; the limit passed ${formatDateTime(item.lateAfter)}`
        : `waited ${waited(item.due, asOf)}`;
    case 'update':
      return item.late ? `since ${formatDay(item.due)}` : `would chase about ${row.expectedChase ? formatDay(row.expectedChase) : 'now'}`;
    case 'ask':
      return strikeWording(row.strikes, row.strikeLimit, row.nextAskDue, asOf);
    case 'choose-park':
      return `parked after ${count(row.strikes, 'unanswered ask', 'unanswered asks')}`;
    case 'reask':
      return `round ${row.round}; strikes start again`;
    case 'answer':
      return `decided ${formatDay(item.due)}`;
    case 'client-step':
      return `they were to ${item.clientOwes ? owedAction(item.clientOwes) : 'reply'}; follow up since ${formatDay(item.due)}`;
    case 'deadline':
      return `${row.deadline ? formatCalendarDay(row.deadline) : ''} · with ${row.bossName}`;
    case 'call':
      return `at ${formatTime(item.due)}`;
    case 'call-log':
      // `due` is when the call was to end.
      return `ended ${formatDateTime(item.due)}; how did it go?`;
  }
}
