import { ITEM_COPY } from '../../shared/copy/labels';
import type { RequestSummary } from '../../shared/views/request-view';

/** What is due on a request, as main worked it out; a late one says so, and so does a client deadline gone by. */
export function DueBadges({ request }: { request: Pick<RequestSummary, 'due' | 'deadlinePassed'> }) {
  return (
    <>
      {request.deadlinePassed && <span className="badge late">Deadline passed</span>}
      {request.due.map((d) => (
        <span key={d.kind} className={`badge ${d.late ? 'late' : 'due'}`}>
          {d.late ? ITEM_COPY[d.kind].lateBadge : ITEM_COPY[d.kind].badge}
        </span>
      ))}
    </>
  );
}
