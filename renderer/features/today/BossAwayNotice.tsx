import { count } from '../../../shared/copy/plural';
import type { TodayView } from '../../../shared/ipc/contract';
import { routeHref } from '../../app/route';
import { formatCalendarDay } from '../../ui/format';

/**
 * A boss away: their asks wait, and the clients whose deadline comes before they are back are
 * named first, soonest first: each needs a decision before the boss leaves, or to be told.
 */
export function BossAwayNotice({ away }: { away: TodayView['bossesAway'][number] }) {
  return (
    <div className="notice boss-away" role="note" aria-label={`${away.bossName} away`}>
      <p>
        {away.bossName} is away until {formatCalendarDay(away.until)}: asks to them wait until {formatCalendarDay(away.back)}.
        {away.deadlines.length > 0 &&
          ` ${count(away.deadlines.length, 'client needs', 'clients need')} an answer before then: tell them, or get a decision first.`}
      </p>
      {away.deadlines.length > 0 && (
        <ul>
          {away.deadlines.map((d) => (
            <li key={d.requestId}>
              <a href={routeHref({ page: 'request', id: d.requestId })}>
                {d.clientName}: {d.topic}
              </a>{' '}
              <span className="muted">by {formatCalendarDay(d.deadline)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
