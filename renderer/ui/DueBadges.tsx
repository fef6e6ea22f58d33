import { ITEM_COPY } from '../../shared/copy/labels';
import type { DueItem } from '../../shared/rules/pending';

/** What is due on a request, as main worked it out; a late one says so. */
export function DueBadges({ due }: { due: DueItem[] }) {
  return (
    <>
      {due.map((d) => (
        <span key={d.kind} className={`badge ${d.late ? 'late' : 'due'}`}>
          {d.late ? ITEM_COPY[d.kind].lateBadge : ITEM_COPY[d.kind].badge}
        </span>
      ))}
    </>
  );
}
