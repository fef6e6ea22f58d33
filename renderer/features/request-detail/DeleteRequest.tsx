import { useState } from 'react';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { routeHref } from '../../app/route';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Deleting a request logged by mistake: asked first, and undoable from Requests until the app quits. */
export function DeleteRequest({ view, disabled }: { view: RequestDetailView; disabled: boolean }) {
  const [asking, setAsking] = useState(false);
  const remove = useCommand('deleteRequest', { requestId: view.id, invalidates: () => [keys.deleted] });
  const confirm = async () => {
    if (!(await remove.run({ id: view.id, version: view.version }))) return;
    setAsking(false);
    window.location.hash = routeHref({ page: 'requests' });
  };
  return (
    <>
      <button type="button" className="button danger" disabled={disabled} onClick={() => setAsking(true)}>
        Delete…
      </button>
      <ConfirmDialog
        open={asking}
        title="Delete this request?"
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        pending={remove.pending}
        error={remove.error}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>
          “{view.topic}” for {view.clientName || 'this client'} leaves every list, with its history. Use this for a request logged by
          mistake; to close one the client no longer needs, withdraw it instead. You can undo the deletion from Requests until you quit the
          app.
        </p>
      </ConfirmDialog>
    </>
  );
}
