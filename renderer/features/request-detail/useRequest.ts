import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/ipc/result';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';

/** Loads one request and runs actions on it; each action answers with the updated view. */
export function useRequest(id: string, onChanged: () => Promise<void>) {
  const [view, setView] = useState<RequestDetailView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('getRequest', { id }).then((result) => {
      if (!live) return;
      if (result.ok) setView(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [id]);

  /** Runs an action; true when it worked, so a form can clear what was typed only then. */
  const act = useCallback(
    async (run: () => Promise<Result<RequestDetailView>>): Promise<boolean> => {
      setBusy(true);
      const result = await run();
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setView(result.value);
      setError(null);
      await onChanged();
      return true;
    },
    [onChanged],
  );

  return { view, error, busy, act };
}
