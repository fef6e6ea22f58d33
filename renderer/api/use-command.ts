import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc/contract';
import { ApiError, fetchOrThrow } from './api';
import { changedByRequest, keys } from './query-keys';

export interface CommandOptions<M extends IpcMethod> {
  /** Commands on one request share this key, so every control on that request is disabled while one runs. */
  requestId?: string;
  /** What else the command makes stale; a request command already covers that request's lists. */
  invalidates?: (value: IpcResult<M>, args: IpcArgs<M>) => QueryKey[];
}

/** Commands that change a request share this key: `useIsMutating` on it disables all its controls. */
export const requestMutationKey = (id: string) => ['command', 'request', id] as const;

/**
 * The one path for every write from the UI. While it runs, `pending` is true (its control is
 * disabled and says it is working) and a second call is ignored, so a double click counts
 * once. It stays pending until the screens it changed have been read again, so the control
 * never re-enables over a row that is about to go. A refusal because the request changed
 * meanwhile ('stale') refreshes everything, so the screen shows how it stands.
 */
export function useCommand<M extends IpcMethod>(method: M, options: CommandOptions<M> = {}) {
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation<IpcResult<M>, ApiError, IpcArgs<M>>({
    ...(options.requestId ? { mutationKey: requestMutationKey(options.requestId) } : {}),
    mutationFn: (args) => fetchOrThrow(method, args),
    onSuccess: async (value, args) => {
      const stale = [...(options.requestId ? changedByRequest(options.requestId) : []), ...(options.invalidates?.(value, args) ?? [])];
      if (isRequestView(value)) queryClient.setQueryData(keys.request(value.id), value);
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: async (error) => {
      if (error.code === 'stale') await queryClient.invalidateQueries();
    },
  });
  const { mutateAsync, reset } = mutation;

  /** Runs the command; answers its value, or null when it was refused (the message is in `error`). */
  const run = useCallback(
    async (args: IpcArgs<M>): Promise<IpcResult<M> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      try {
        return await mutateAsync(args);
      } catch {
        return null;
      } finally {
        inFlight.current = false;
      }
    },
    [mutateAsync],
  );

  return {
    run,
    pending: mutation.isPending,
    /** What the running (or last) call was sent with: which of several buttons is working. */
    args: mutation.variables,
    error: mutation.error?.message ?? null,
    fieldErrors: mutation.error?.fieldErrors ?? {},
    reset,
  };
}

function isRequestView(value: unknown): value is { id: string; version: number; state: unknown } {
  return typeof value === 'object' && value !== null && 'state' in value && 'version' in value && 'id' in value;
}
