import { PARK_OUTCOME_COPY } from '../../../shared/copy/labels';
import { useRequestList } from '../../api/queries';
import { ClientCell } from '../../ui/ClientCell';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueLabel, waited } from '../../ui/format';

const PARKED = { status: 'parked', bossId: null, text: '' } as const;

/** Requests off the active list after their last strike, and when each comes back. */
export function ParkedPage() {
  const list = useRequestList(PARKED);
  if (!list.data) return <ErrorBanner message={list.error?.message ?? null} />;
  const { requests: parked, asOf } = list.data;
  return (
    <section aria-labelledby="parked-title">
      <header className="page-header">
        <h1 id="parked-title">Parked</h1>
        <p className="muted">Off the active list until the boss raises them or their re-ask date comes round.</p>
      </header>
      {parked.length === 0 ? (
        <div className="empty calm">
          <p>Nothing is parked.</p>
        </div>
      ) : (
        <table className="queue" aria-labelledby="parked-title">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Topic</th>
              <th scope="col">Boss</th>
              <th scope="col">Waited</th>
              <th scope="col">Comes back</th>
            </tr>
          </thead>
          <tbody>
            {parked.map((r) => (
              <tr key={r.id}>
                <ClientCell request={r} />
                <td>{r.topic}</td>
                <td>{r.bossName}</td>
                <td>{waited(r.contactAt, asOf)}</td>
                <td>
                  {r.park?.returnsOn
                    ? `${dueLabel(r.park.returnsOn, asOf)} (round ${r.round + 1})`
                    : r.park?.outcome
                      ? PARK_OUTCOME_COPY[r.park.outcome].chosen
                      : 'Not chosen yet'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
