import { useDataStatus } from '../../api/queries';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { BackupList } from './BackupList';
import { ExportImport } from './ExportImport';
import { NeedsAttentionList } from './NeedsAttentionList';

/** Where the data lives, what needs mending, and the backups to go back to. */
export function DataSection({ onRestored }: { onRestored: () => void }) {
  const status = useDataStatus();
  const copy = useCommand('copyText');
  if (status.isError) return <ErrorBanner message={status.error.message} />;
  if (!status.data) return null;
  const { folder, needsAttention, backups } = status.data;
  return (
    <section aria-labelledby="data-title" className="data-section">
      <h2 id="data-title">Your data</h2>
      <p>
        Kept on this computer in <span className="path">{folder}</span>{' '}
        <button type="button" className="button link" disabled={copy.pending} onClick={() => void copy.run({ text: folder })}>
          Copy the folder’s path
        </button>
      </p>
      <StatusMessage message={copy.args && !copy.pending && !copy.error ? 'Copied to the clipboard.' : null} />
      <NeedsAttentionList items={needsAttention} />
      <BackupList backups={backups} onRestored={onRestored} />
      <ExportImport />
    </section>
  );
}
