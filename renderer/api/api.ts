import type { FollowThroughApi, IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    followThrough: FollowThroughApi;
  }
}

/** The only way the renderer reaches the main process. */
export function call<M extends IpcMethod>(method: M, args: IpcArgs<M>): Promise<Result<IpcResult<M>>> {
  const fn = window.followThrough[method] as (a: IpcArgs<M>) => Promise<Result<IpcResult<M>>>;
  return fn(args).catch(
    (): Result<IpcResult<M>> => ({ ok: false, error: 'Follow-Through could not reach its data. Please try again.' }),
  );
}
