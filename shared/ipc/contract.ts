import type { ContactChannel } from '../domain/contact-channel';
import type { ClientMessageKind, ParkOutcome, ResearchNote } from '../domain/events';
import type { RequestDetails } from '../domain/request';
import type { Settings } from '../domain/settings';
import type { ClientDraftOptions } from '../drafts/client-drafts';
import type { Draft } from '../drafts/draft';
import type { DigestItem } from '../drafts/boss-drafts';
import type { ChasesBeaten } from '../rules/chases-beaten';
import type { DueNotice } from '../rules/notifications';
import type { TodaySection } from '../rules/today';
import type { RequestDetailView, RequestSummary } from '../views/request-view';
import type { Result } from './result';

export interface Overview {
  /** The injected clock's now, so the renderer counts "waited" from the same instant as the rules. */
  asOf: string;
  settings: Settings;
  requests: RequestSummary[];
  chasesBeaten: ChasesBeaten;
  today: TodaySection[];
  /** What the dock or taskbar badge shows. */
  dueCount: number;
}

/** What leaves the app as an email: the draft as the assistant edited it. */
export interface OutgoingMail {
  to: string;
  toName: string;
  subject: string;
  body: string;
}

type WithId<T = object> = { id: string } & T;

/**
 * The one IPC contract: method name -> argument and result. The preload, main's handler
 * table and the test binding are all typed from it.
 */
export interface IpcContract {
  getOverview: { args: undefined; result: Overview };
  getRequest: { args: WithId; result: RequestDetailView };
  logRequest: { args: RequestDetails; result: RequestDetailView };
  askBoss: { args: WithId<{ note: string }>; result: RequestDetailView };
  undoAsk: { args: WithId; result: RequestDetailView };
  draftAsk: { args: WithId<{ locale: string }>; result: Draft };
  /** `only`: the ticked requests, or null for every request waiting on the boss. */
  draftDigest: { args: { bossId: string; locale: string; only: string[] | null }; result: Draft & { items: DigestItem[] } };
  /** Records one ask on each request the digest listed. */
  markDigestSent: { args: { bossId: string; requestIds: string[] }; result: { asked: number } };
  chooseParkOutcome: { args: WithId<{ outcome: ParkOutcome }>; result: RequestDetailView };
  unpark: { args: WithId; result: RequestDetailView };
  recordDecision: { args: WithId<{ decision: string }>; result: RequestDetailView };
  logClientContact: {
    args: WithId<{ channel: ContactChannel; contactAt: string; note: string }>;
    result: RequestDetailView;
  };
  /** `chaseOn` is a calendar day, yyyy-MM-dd. */
  setClientStep: { args: WithId<{ what: string; chaseOn: string }>; result: RequestDetailView };
  completeClientStep: { args: WithId; result: RequestDetailView };
  proposeCall: { args: WithId<{ startsAt: string; minutes: number }>; result: RequestDetailView };
  addNote: { args: WithId<{ note: ResearchNote }>; result: RequestDetailView };
  reopen: { args: WithId; result: RequestDetailView };
  markSent: { args: WithId<{ kind: ClientMessageKind; subject: string }>; result: RequestDetailView };
  draftForClient: { args: WithId<ClientDraftOptions>; result: Draft };
  copyText: { args: { text: string }; result: null };
  /** Opens the mail program; a body too long for a mailto: link goes to the clipboard instead. */
  openInMail: { args: OutgoingMail; result: { bodyCopied: boolean } };
  /** Saves an unsent .eml; null when the user cancels the save dialog. */
  saveEml: { args: OutgoingMail; result: { path: string } | null };
  saveCallInvite: { args: WithId; result: { path: string } | null };
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
  undoAsk: 'ft:request:undo-ask',
  draftAsk: 'ft:draft:ask',
  draftDigest: 'ft:draft:digest',
  markDigestSent: 'ft:digest:mark-sent',
  chooseParkOutcome: 'ft:request:choose-park-outcome',
  unpark: 'ft:request:unpark',
  recordDecision: 'ft:request:record-decision',
  logClientContact: 'ft:request:log-client-contact',
  setClientStep: 'ft:request:set-client-step',
  completeClientStep: 'ft:request:complete-client-step',
  proposeCall: 'ft:request:propose-call',
  addNote: 'ft:request:add-note',
  reopen: 'ft:request:reopen',
  markSent: 'ft:request:mark-sent',
  draftForClient: 'ft:draft:for-client',
  copyText: 'ft:clipboard:copy-text',
  openInMail: 'ft:mail:open',
  saveEml: 'ft:mail:save-eml',
  saveCallInvite: 'ft:calendar:save-invite',
  saveSettings: 'ft:settings:save',
} as const satisfies Record<IpcMethod, `ft:${string}`>;

export const IPC_METHODS = Object.keys(IPC_CHANNELS) as IpcMethod[];

/** Main -> renderer: a due item to show as a banner while the window has focus. */
export const DUE_NOTICE_CHANNEL = 'ft:event:due-notice';

/** What the preload exposes as `window.followThrough`, and nothing more. */
export type FollowThroughApi = {
  [M in IpcMethod]: (args: IpcArgs<M>) => Promise<Result<IpcResult<M>>>;
} & {
  /** Subscribes to due notices; returns the unsubscribe. */
  onDueNotice(listener: (notice: DueNotice) => void): () => void;
};

/** Builds the API over any transport: ipcRenderer in the app, a Playwright binding in tests. */
export function createApi(
  invoke: (method: IpcMethod, args: unknown) => Promise<unknown>,
  subscribe: (listener: (notice: DueNotice) => void) => () => void,
): FollowThroughApi {
  return {
    ...(Object.fromEntries(IPC_METHODS.map((method) => [method, (args: unknown) => invoke(method, args)])) as {
      [M in IpcMethod]: FollowThroughApi[M];
    }),
    onDueNotice: subscribe,
  };
}
