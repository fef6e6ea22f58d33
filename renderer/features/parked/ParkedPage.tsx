import { PARK_OUTCOME_LABELS } from '../../../shared/domain/events';
import type { Overview } from '../../../shared/ipc/contract';
import { ClientCell } from '../../ui/ClientCell';
import { dueLabel, waited } from '../../ui/format';

/** Requests off the active list after their last strike, and when each comes back. */
export function ParkedPage({ overview }: { overview: Overview }) {
  const parked = overview.requests.filter((r) => r.status === 'parked');
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
        <table className="queue">
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
              <tr key={r.id} data-testid="parked-row">
                <ClientCell request={r} />
                <td>{r.topic}</td>
                <td>{r.bossName}</td>
                <td>{waited(r.contactAt, overview.asOf)}</td>
                <td>
                  {r.park?.returnsOn
                    ? `${dueLabel(r.park.returnsOn, overview.asOf)} (round ${r.round + 1})`
                    : r.park?.outcome
                      ? PARK_OUTCOME_LABELS[r.park.outcome]
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
