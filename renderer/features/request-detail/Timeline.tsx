import type { TimelineEntry } from '../../../shared/domain/request-state';
import { formatDateTime } from '../../ui/format';

/** Every event with its time, newest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="timeline" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol>
        {[...entries].reverse().map((entry, i) => (
          <li key={`${entry.at}-${i}`} className={`event kind-${entry.kind}`}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            <span>{entry.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
