import type { AttentionItem } from '../../../shared/ipc/contract';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';

/** Records that failed their check on load: saved aside as found, never silently dropped. */
export function NeedsAttentionList({ items }: { items: AttentionItem[] }) {
  const dismiss = useCommand('dismissAttention', { invalidates: () => [keys.dataStatus] });
  return (
    <>
      <h3>Needs attention</h3>
      {items.length === 0 ? (
        <p className="empty">Nothing. Every record passed its check when your data was loaded.</p>
      ) : (
        <>
          <p className="hint">
            These records could not be read when your data was loaded. Each is saved, exactly as it was found, in the file shown. The rest
            of your data is unaffected. Dismiss one once you have dealt with it; its file is kept.
          </p>
          <ul className="attention-list">
            {items.map((item) => (
              <li key={item.id} className="panel">
                <p>
                  <strong>{item.key === 'settings' ? 'Your settings' : (item.label ?? 'A request')}</strong> in {item.file}, found{' '}
                  {formatDateTime(item.foundAt)}
                  {item.key !== 'settings' ? <span className="small muted"> (request id {item.key})</span> : null}
                </p>
                <p>{item.problem}</p>
                <p className="small muted">
                  Saved to <span className="path">{item.savedTo}</span>
                </p>
                <button
                  type="button"
                  className="button"
                  aria-label={`Dismiss ${item.key === 'settings' ? 'your settings' : (item.label ?? `request ${item.key}`)}`}
                  disabled={dismiss.pending}
                  onClick={() => void dismiss.run({ id: item.id })}
                >
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorBanner message={dismiss.error} />
    </>
  );
}
