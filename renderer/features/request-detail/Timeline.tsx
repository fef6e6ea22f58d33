import type { TimelineEntry } from '../../../shared/domain/request-state';
import { timelineText } from '../../../shared/copy/timeline';
import { formatDateTime, formatDay } from '../../ui/format';

/**
 * The conversation and everything else that happened, newest first, in the words of the one
 * copy module. A client's message is dated when they got in touch (not when it was logged);
 * a message sent can be opened to read what went out.
 */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="timeline" aria-labelledby="history-title">
      <h2 id="history-title">Conversation</h2>
      <ol aria-labelledby="history-title">
        {[...entries].reverse().map((entry, i) => {
          const when = entry.kind === 'client-contacted' ? entry.contactAt : entry.at;
          const text = timelineText(entry, formatDay, formatDateTime);
          return (
            <li key={`${entry.at}-${i}`} className={`event kind-${entry.kind}`}>
              <time dateTime={when} title={when !== entry.at ? `Logged ${formatDateTime(entry.at)}` : undefined}>
                {formatDateTime(when)}
              </time>
              {entry.kind === 'client-message-sent' && entry.body ? (
                <details>
                  <summary>{text}</summary>
                  <p className="pre sent-text">{entry.body}</p>
                </details>
              ) : (
                <span>{text}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
