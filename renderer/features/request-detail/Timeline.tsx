import type { TimelineEntry } from '../../../shared/domain/request-state';
import { timelineText } from '../../../shared/copy/timeline';
import { formatDateTime, formatDay } from '../../ui/format';

/** Every event with its time, newest first, in the words of the one copy module. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="timeline" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol aria-labelledby="history-title">
        {[...entries].reverse().map((entry, i) => (
          <li key={`${entry.at}-${i}`} className={`event kind-${entry.kind}`}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            <span>{timelineText(entry, formatDay, formatDateTime)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
