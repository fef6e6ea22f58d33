import { PARK_OUTCOME_COPY } from '../../../shared/copy/labels';
import { PARKED_REQUESTS, useRequestList } from '../../api/queries';
import { ClientLink } from '../../ui/ClientLink';
import { RequestTable, type Column } from '../../ui/RequestTable';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueLabel, waited } from '../../ui/format';

const COLUMNS: Column[] = [
  { header: 'Client', cell: (r) => <ClientLink request={r} /> },
  { header: 'Topic', cell: (r) => r.topic },
  { header: 'Boss', cell: (r) => r.bossName },
  { header: 'Waited', cell: (r, asOf) => waited(r.contactAt, asOf) },
  {
    header: 'Comes back',
    cell: (r, asOf) =>
      r.park?.returnsOn
        ? `${dueLabel(r.park.returnsOn, asOf)} (round ${r.round + 1})`
        : r.park?.outcome
          ? PARK_OUTCOME_COPY[r.park.outcome].chosen
          : 'Not chosen yet',
  },
];

/** Requests off the active list after their last strike, and when each comes back. */
export function ParkedPage() {
  const list = useRequestList(PARKED_REQUESTS);
  if (!list.data) return <ErrorBanner message={list.error?.message ?? null} />;

  return (
    <section aria-labelledby="parked-title">
      <header className="page-header">
        <h1 id="parked-title">Parked</h1>
        <p className="muted">Off the active list until the boss raises them or their re-ask date comes round.</p>
      </header>
      {list.data.matching === 0 ? (
        <div className="empty calm">
          <p>Nothing is parked.</p>
        </div>
      ) : (
        <RequestTable labelledBy="parked-title" filter={PARKED_REQUESTS} matching={list.data.matching} columns={COLUMNS} />
      )}
    </section>
  );
}
