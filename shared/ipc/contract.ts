import type { RequestDetails } from '../domain/request';
import type { ParkOutcome } from '../domain/events';
import type { Settings } from '../domain/settings';
import type { Draft } from '../drafts/draft';
import type { RequestDetailView, RequestSummary } from '../views/request-view';
import type { Result } from './result';

export interface Overview {
  /** The injected clock's now, so the renderer counts "waited" from the same instant as the rules. */
  asOf: string;
  settings: Settings;
  requests: RequestSummary[];
}

/**
 * The one IPC contract: method name -> argument and result. The preload, main's handler
 * table and the test binding are all typed from it.
 */
export interface IpcContract {
  getOverview: { args: undefined; result: Overview };
  getRequest: { args: { id: string }; result: RequestDetailView };
  logRequest: { args: RequestDetails; result: RequestDetailView };
  askBoss: { args: { id: string; note: string }; result: RequestDetailView };
  chooseParkOutcome: { args: { id: string; outcome: ParkOutcome }; result: RequestDetailView };
  unpark: { args: { id: string }; result: RequestDetailView };
  recordDecision: { args: { id: string; decision: string }; result: RequestDetailView };
  draftClientUpdate: { args: { id: string; locale: string }; result: Draft };
  copyText: { args: { text: string }; result: null };
  saveSettings: { args: Settings; result: Settings };
}

export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = IpcContract[M]['args'];
export type IpcResult<M extends IpcMethod> = IpcContract[M]['result'];

/** Channel names on the wire; the `satisfies` keeps this list and the contract in step. */
export const IPC_CHANNELS = {
  getOverview: 'ft:overview:get',
  getRequest: 'ft:request:get',
  logRequest: 'ft:request:log',
  askBoss: 'ft:request:ask-boss',
  chooseParkOutcome: 'ft:request:choose-park-outcome',
  unpark: 'ft:request:unpark',
  recordDecision: 'ft:request:record-decision',
  draftClientUpdate: 'ft:draft:client-update',
  copyText: 'ft:clipboard:copy-text',
  saveSettings: 'ft:settings:save',
} as const satisfies Record<IpcMethod, `ft:${string}`>;

export const IPC_METHODS = Object.keys(IPC_CHANNELS) as IpcMethod[];

/** What the preload exposes as `window.followThrough`, and nothing more. */
export type FollowThroughApi = {
  [M in IpcMethod]: (args: IpcArgs<M>) => Promise<Result<IpcResult<M>>>;
};

/** Builds the API over any transport: ipcRenderer in the app, a Playwright binding in tests. */
export function createApi(invoke: (method: IpcMethod, args: unknown) => Promise<unknown>): FollowThroughApi {
  return Object.fromEntries(
    IPC_METHODS.map((method) => [method, (args: unknown) => invoke(method, args)]),
  ) as FollowThroughApi;
}
