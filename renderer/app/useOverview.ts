import { useCallback, useEffect, useState } from 'react';
import type { Overview } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { call } from '../api/api';

/**
 * The queue and settings, fetched on start, on demand after every change, and again when
 * the window regains focus or a minute passes, so "due today" turns over at midnight.
 */
export function useOverview(): { overview: Overview | null; error: string | null; reload: () => Promise<void> } {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = useCallback((result: Result<Overview>) => {
    if (result.ok) {
      setOverview(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, []);
  const reload = useCallback(() => call('getOverview', undefined).then(apply), [apply]);
  useEffect(() => {
    const refresh = () => void call('getOverview', undefined).then(apply);
    refresh();
    const timer = window.setInterval(refresh, 60_000);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [apply]);
  return { overview, error, reload };
}
