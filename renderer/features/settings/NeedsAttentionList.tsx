import { useState } from 'react';
import type { AttentionItem } from '../../../shared/ipc/contract';
import { routeHref } from '../../app/route';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';

const nameOf = (item: AttentionItem) => (item.key === 'settings' ? 'your settings' : (item.label ?? `request ${item.key}`));

/**
 * Records that failed their check on load: saved aside as found, never silently dropped. One the
 * app can mend (a text over its limit) can be brought back, with what was mended noted in its
 * history; any can be exported as a file; dismissing asks first.
 */
export function NeedsAttentionList({ items }: { items: AttentionItem[] }) {
  const changed = { invalidates: () => [keys.dataStatus, keys.today, keys.requests(), keys.counts] };
  const restore = useCommand('restoreAttention', changed);
  const exported = useCommand('exportAttention');
  const dismiss = useCommand('dismissAttention', { invalidates: () => [keys.dataStatus] });
  const [asking, setAsking] = useState<AttentionItem | null>(null);
  const [said, setSaid] = useState<{ text: string; requestId?: string } | null>(null);
  const busy = restore.pending || exported.pending || dismiss.pending;
  return (
    <>
      <h3>Needs attention</h3>
      {said && (
        <p className="status-message" role="status">
          {said.text} {said.requestId && <a href={routeHref({ page: 'request', id: said.requestId })}>Open it</a>}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">Nothing. Every record passed its check when your data was loaded.</p>
      ) : (
        <>
          <p className="hint">
            These records could not be read when your data was loaded. Each is saved, exactly as it was found, in the file shown. The rest
            of your data is unaffected. Bring one back where the app can mend it, export it to keep or send on, or dismiss it once you have
            dealt with it; its file is kept.
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
                {item.repairs && <p className="small">Bringing it back mends this: {item.repairs.join('; ')}.</p>}
                <p className="small muted">
                  Saved to <span className="path">{item.savedTo}</span>
                </p>
                <div className="actions wrap">
                  {item.repairs && (
                    <CommandButton
                      pending={restore.pending && restore.args?.id === item.id}
                      disabled={busy}
                      pendingLabel="Bringing back…"
                      aria-label={`Bring back ${nameOf(item)}`}
                      onClick={() =>
                        void (async () => {
                          const done = await restore.run({ id: item.id });
                          if (done)
                            setSaid({
                              text: `Brought back ${nameOf(item)}; what was mended is noted in its history.`,
                              requestId: done.requestId,
                            });
                        })()
                      }
                    >
                      Bring back
                    </CommandButton>
                  )}
                  <CommandButton
                    pending={exported.pending && exported.args?.id === item.id}
                    disabled={busy}
                    pendingLabel="Exporting…"
                    aria-label={`Export ${nameOf(item)}`}
                    onClick={() =>
                      void (async () => {
                        const done = await exported.run({ id: item.id });
                        if (done) setSaid({ text: `Saved to ${done.path}.` });
                      })()
                    }
                  >
                    Export…
                  </CommandButton>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Dismiss ${nameOf(item)}`}
                    disabled={busy}
                    onClick={() => setAsking(item)}
                  >
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorBanner message={restore.error ?? exported.error} />
      <ConfirmDialog
        open={asking !== null}
        title={`Dismiss ${asking ? nameOf(asking) : ''}?`}
        confirmLabel="Dismiss"
        pendingLabel="Dismissing…"
        pending={dismiss.pending}
        error={dismiss.error}
        onCancel={() => setAsking(null)}
        onConfirm={() =>
          void (async () => {
            if (asking && (await dismiss.run({ id: asking.id }))) {
              setSaid({ text: `Dismissed ${nameOf(asking)}: its file is kept in needs-attention/dismissed.` });
              setAsking(null);
            }
          })()
        }
      >
        <p>It leaves this list and the app will not bring it back. Its file stays saved, as it was found, in needs-attention/dismissed.</p>
      </ConfirmDialog>
    </>
  );
}
