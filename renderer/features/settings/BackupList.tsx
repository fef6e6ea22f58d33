import { useState } from 'react';
import type { BackupSummary } from '../../../shared/ipc/contract';
import { useCommand } from '../../api/use-command';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { BACKUP_KIND_LABEL } from './backup-kinds';

const requestsWord = (n: number) => (n === 1 ? '1 request' : `${n.toLocaleString()} requests`);

/** The rolling backups, newest first, each with its date, why it was made and how many requests it holds. */
export function BackupList({ backups, onRestored }: { backups: BackupSummary[]; onRestored: () => void }) {
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Everything on every screen may differ after a restore: all of it is read again.
  const restore = useCommand('restoreBackup', { invalidates: () => [[]] });

  const confirm = async () => {
    if (!chosen) return;
    const result = await restore.run({ id: chosen.id });
    if (!result) return;
    setChosen(null);
    setDone(
      `Restored the backup of ${formatDateTime(result.restored.createdAt)} (${requestsWord(result.restored.requests)}).` +
        (result.savedFirst
          ? ` Your data as it was just before is kept as the backup of ${formatDateTime(result.savedFirst.createdAt)}.`
          : ''),
    );
    onRestored();
  };

  return (
    <>
      <h3>Backups</h3>
      <p className="hint">
        One at each start and one each working day. The newest of each of the last 10 days and of each of the last 8 weeks are kept.
      </p>
      <StatusMessage message={done} />
      {backups.length === 0 ? (
        <p className="empty">No backups yet. The first is made the next time the app starts.</p>
      ) : (
        <table className="queue compact">
          <caption className="sr-only">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Requests</th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id}>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{BACKUP_KIND_LABEL[b.kind]}</td>
                <td>{b.requests.toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}…`}
                    disabled={restore.pending}
                    onClick={() => {
                      restore.reset();
                      setDone(null);
                      setChosen(b);
                    }}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={chosen !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        pendingLabel="Restoring…"
        pending={restore.pending}
        error={restore.error}
        onConfirm={() => void confirm()}
        onCancel={() => setChosen(null)}
      >
        {chosen ? (
          <p>
            Your requests and settings go back to how they were on {formatDateTime(chosen.createdAt)} ({requestsWord(chosen.requests)}).
            Your data as it is now is backed up first, so you can restore it again from this list.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
