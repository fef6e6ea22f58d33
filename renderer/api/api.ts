import type { FollowThroughApi, IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    followThrough: FollowThroughApi;
  }
}

/** The only way the renderer reaches the main process. */
export function call<M extends IpcMethod>(method: M, args: IpcArgs<M>): Promise<Result<IpcResult<M>>> {
  const fn = window.followThrough[method] as (a: IpcArgs<M>) => Promise<Result<IpcResult<M>>>;
  return fn(args).catch((): Result<IpcResult<M>> => ({
    ok: false,
    code: 'unreachable',
    error: 'Follow-Through could not reach its data. Please try again.',
  }));
}

/** A refusal from main, thrown so TanStack Query can hold it as the query's or mutation's error. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `call`, answering the value or throwing the refusal: the shape query and mutation functions want. */
export async function fetchOrThrow<M extends IpcMethod>(method: M, args: IpcArgs<M>): Promise<IpcResult<M>> {
  const result = await call(method, args);
  if (!result.ok) throw new ApiError(result.error, result.code, result.fieldErrors);
  return result.value;
}
