import { ITEM_COPY } from '../../shared/copy/labels';
import type { DueFact } from '../../shared/rules/due-facts';

/** What is due on a request, as main worked it out, the same list as Today's row: a late one says so. */
export function DueBadges({ due }: { due: readonly DueFact[] }) {
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
