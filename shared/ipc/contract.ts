import type { BossAway, DeadlineWhileAway } from '../rules/boss-away';
import type { ContactChannel } from '../domain/contact-channel';
import type { ClientMessageKind, ContactNeeds, ParkOutcome, ResearchNote } from '../domain/events';
import type { RequestDetails, RequestStatus } from '../domain/request';
import type { Settings } from '../domain/settings';
import type { ClientDraftOptions } from '../drafts/client-drafts';
import type { ResearchDraftOptions } from '../drafts/research-draft';
import type { ClientProfile } from '../clients/client-profile';
import type { Medium } from '../domain/draft-templates';
import type { DraftShares } from '../rules/draft-use';
import type { Draft } from '../drafts/draft';
import type { DigestItem } from '../drafts/boss-drafts';
import type { EmailOrigin, EmailPrefill } from '../email/email-prefill';
import type { ImportItem } from '../files/export-file';
import type { ChasesBeaten } from '../rules/chases-beaten';
import type { DueNotice } from '../rules/notifications';
import type { PendingItem } from '../rules/pending';
import type { TodaySection, TodaySectionKind } from '../rules/today';
import type { RequestDetailView, RequestSummary } from '../views/request-view';
import type { AppCommand } from '../keyboard/shortcuts';
import type { Result } from './result';
import type { MailboxAccount, MailboxCheck, MailboxStatus, MailOffers } from '../mailbox/account';

/** The figures on the sidebar and the dock badge. */
export interface Counts {
  asOf: string;
  due: number;
  open: number;
  parked: number;
  /** Open (not closed) requests by the boss who decides them: a boss with any cannot simply be removed. */
  openByBoss: Record<string, number>;
}

/** The settings in force, and whether the first-run setup still waits to be done or skipped. */
export interface AppSettings {
  settings: Settings;
  setupNeeded: boolean;
}

/** Rows of a Today section sent at first; "Show more" asks for this many more. */
export const TODAY_PAGE = 25;

/** What Today asks for: one boss's requests or everyone's, and how many rows of each section. */
export interface TodayQuery {
  bossId: string | null;
  /** A section not named sends TODAY_PAGE rows. */
  rowsPerSection: Partial<Record<TodaySectionKind, number>>;
}

/** A section of Today as sent: its first rows, and how many it has in all. */
export interface TodaySectionPage extends TodaySection {
  total: number;
}

/** Everything the Today screen shows, and nothing more: a busy day's hundreds of rows come a page at a time. */
export interface TodayView {
  asOf: string;
  sections: TodaySectionPage[];
  /** One digest per boss with requests waiting on them. */
  digests: { bossId: string; bossName: string; waiting: number }[];
  /** The bosses away today: their asks wait until they are back; `deadlines`, the clients who need an answer before then. */
  bossesAway: ({ bossId: string; bossName: string; deadlines: DeadlineWhileAway[] } & BossAway)[];
  /** When nothing is due: the earliest next step of any open request. */
  upcoming: { requestId: string; topic: string; clientName: string; bossName: string; strikeLimit: number; step: PendingItem } | null;
}

export type StatusFilter = 'open' | 'all' | RequestStatus;

export interface RequestQuery {
  status: StatusFilter;
  /** null: every boss. */
  bossId: string | null;
  /** Every word must appear in the client, company, email, topic, details, notes or decision. */
  text: string;
  /** One page of the sorted result: rows offset..offset+limit. */
  offset: number;
  limit: number;
}

/** The most rows one listRequests call returns: a screen asks for the pages it shows. */
export const LIST_PAGE_MAX = 200;

export interface RequestList {
  asOf: string;
  /** The rows of the page asked for. */
  requests: RequestSummary[];
  /** How many rows match the filter, over all pages. */
  matching: number;
  /** How many requests exist at all, so an empty list can say "none yet" or "none match". */
  total: number;
  chasesBeaten: ChasesBeaten;
}

/** The first-run questions; every one can be left empty and set later in Settings. */
export interface SetupAnswers {
  assistantName: string;
  assistantEmail: string;
  signature: string;
  bossName: string;
  bossEmail: string;
  workingDays: number[];
}

/** What leaves the app as an email: the draft as the assistant edited it. */
export interface OutgoingMail {
  to: string;
  toName: string;
  subject: string;
  body: string;
}

/**
 * A draft main made, with the id it keeps it under for the session: when the draft is used,
 * main compares what went out with what it proposed, and records only whether and how much it changed.
 */
export type ProposedDraft = Draft & { proposalId: string };

/** What went out, as the assistant left it, and the proposal it came from (null if none this session). */
export interface UsedDraft {
  subject: string;
  body: string;
  proposalId: string | null;
}

/** A JSON export read against the data as it is: what importing it would do, request by request. */
export interface ImportPreview {
  items: ImportItem[];
}

/** A request deleted this session, which can still be brought back until the app quits. */
export interface DeletedRequest {
  id: string;
  topic: string;
  clientName: string;
  deletedAt: string;
}

/** An email as the New request form can use it, and the client's open requests it might belong to. */
/** An open request, named as the client would know it: where a new message from them may belong. */
export interface OpenRequestRef {
  id: string;
  version: number;
  topic: string;
  clientName: string;
}

export interface EmailReading {
  prefill: EmailPrefill;
  /** Open requests from the same email address: this email may be a contact on one of them. */
  openRequests: OpenRequestRef[];
}

/** An email file (its bytes, base64) or text pasted from a mail program. */
export type EmailSource = { kind: 'file'; fileName: string; base64: string } | { kind: 'text'; text: string };

/** A record that failed its check when the data was loaded, saved as found with what was wrong. */
export interface AttentionItem {
  id: string;
  /** The data file it came from. */
  file: string;
  /** The request id, or "settings". */
  key: string;
  /** "Jane Doe · the venue contract", when the record still says that much. */
  label: string | null;
  problem: string;
  /** What bringing it back would mend, when the app can mend it (a text over its limit cut, say); null when it cannot. */
  repairs: string[] | null;
  foundAt: string;
  /** Where its raw JSON was saved. */
  savedTo: string;
}

export interface BackupSummary {
  id: string;
  createdAt: string;
  kind: 'start' | 'daily' | 'before-restore' | 'before-migration' | 'before-repair' | 'before-import';
  requests: number;
}

/** The state of the user's data: what happened on load, what needs mending, the backups. */
export interface DataStatus {
  folder: string;
  /** What the app did with the data files this session (a restore, a migration), in words. */
  notices: string[];
  needsAttention: AttentionItem[];
  backups: BackupSummary[];
}

type WithId<T = object> = { id: string } & T;
/** A command on a request: `version` is the event count the screen was built from. */
type Command<T = object> = { id: string; version: number } & T;
export type RequestRef = { id: string; version: number };

/** What marking a digest sent did: each request asked ("Jane Doe: the gala"), which of them it parked, and how to undo it. */
export interface DigestSent {
  asked: string[];
  parked: string[];
  /** Each request as the digest left it: what Undo carries. */
  undo: RequestRef[];
}

/** This computer's login item: a setting of the machine, not of the data, so not in Settings or an export. */
export interface StartAtLogin {
  enabled: boolean;
  /** False where the system offers no way (an unknown platform): the option is not shown. */
  supported: boolean;
}

/**
 * The one IPC contract: method name -> argument and result. The preload, main's handler
 * table and the test binding are all typed from it.
 */
export interface IpcContract {
  // Reads: each screen asks for what it shows.
  getSettings: { args: undefined; result: AppSettings };
  getCounts: { args: undefined; result: Counts };
  /** Every open request decided by `from` goes to `to`, each recorded as a correction. */
  handOverRequests: { args: { from: string; to: string }; result: { moved: number } };
  getToday: { args: TodayQuery; result: TodayView };
  listRequests: { args: RequestQuery; result: RequestList };
  getRequest: { args: WithId; result: RequestDetailView };
  draftAsk: { args: WithId<{ locale: string }>; result: Draft };
  /** `only`: the ticked requests, or null for every request waiting on the boss. */
  draftDigest: {
    args: { bossId: string; locale: string; only: string[] | null };
    result: Draft & { items: DigestItem[]; bossAway: BossAway | null };
  };
  draftForClient: { args: WithId<ClientDraftOptions>; result: ProposedDraft };
  /** A "just in case" question to a colleague about this request. */
  draftResearch: { args: WithId<ResearchDraftOptions>; result: ProposedDraft };
  /** How often each kind of draft went out unedited over the last 90 days. */
  getDraftShares: { args: undefined; result: DraftShares };
  /** The never-blame check on text the assistant edited; `id` leaves that request's own words out. */
  checkWording: { args: { id: string | null; text: string }; result: { warnings: string[] } };
  getDataStatus: { args: undefined; result: DataStatus };
  /** Requests deleted since the app started, newest first: each can still be undone. */
  listDeleted: { args: undefined; result: DeletedRequest[] };
  /** Reads an email in main (never in the page) into what the New request form needs. */
  readEmail: { args: EmailSource; result: EmailReading };
  /** The open requests of the client being typed into New request (by email, else by name). */
  openRequestsOfClient: { args: { name: string; email: string }; result: OpenRequestRef[] };

  // Commands: each one that changes a request carries its version; a stale one is refused.
  /** `origin`: the email it was made from, as readEmail gave it. */
  /** `zone`: the sender's time zone as the email's Date gave it; the client's, when they have none yet. */
  logRequest: { args: RequestDetails & { origin?: EmailOrigin; zone?: string }; result: RequestDetailView };
  askBoss: { args: Command<{ note: string }>; result: RequestDetailView };
  undoAsk: { args: Command; result: RequestDetailView };
  /** Records one ask on each request the digest listed. */
  markDigestSent: { args: { bossId: string; requests: RequestRef[] }; result: DigestSent };
  /** Takes back every ask a digest recorded (and the parks they caused), or none: each request must be as the digest left it. */
  undoDigest: { args: { requests: RequestRef[] }; result: { undone: number } };
  chooseParkOutcome: { args: Command<{ outcome: ParkOutcome }>; result: RequestDetailView };
  unpark: { args: Command; result: RequestDetailView };
  recordDecision: { args: Command<{ decision: string }>; result: RequestDetailView };
  logClientContact: {
    /** `email`: the email it was logged from, as readEmail gave it. */
    args: Command<{ channel: ContactChannel; contactAt: string; note: string; needs: ContactNeeds; email?: EmailOrigin }>;
    result: RequestDetailView;
  };
  /** `chaseOn` is a calendar day, yyyy-MM-dd. */
  setClientStep: { args: Command<{ what: string; chaseOn: string }>; result: RequestDetailView };
  completeClientStep: { args: Command; result: RequestDetailView };
  proposeCall: { args: Command<{ startsAt: string; minutes: number }>; result: RequestDetailView };
  /** How the proposed call went: `held`, or it did not happen; `note` for the history. */
  logCall: { args: Command<{ held: boolean; note: string }>; result: RequestDetailView };
  addNote: { args: Command<{ note: ResearchNote }>; result: RequestDetailView };
  reopen: { args: Command; result: RequestDetailView };
  /** Corrects what was logged; the history keeps the old and new value of each field. */
  correctDetails: { args: Command<{ details: RequestDetails }>; result: RequestDetailView };
  /** Closes a request the client no longer needs, with the reason; it can be reopened. */
  withdraw: { args: Command<{ reason: string }>; result: RequestDetailView };
  agreeDeadline: { args: Command<{ deadline: string; note: string }>; result: RequestDetailView };
  /** Removes an open request logged by mistake; it can be brought back until the app quits. */
  deleteRequest: { args: Command; result: DeletedRequest };
  undoDelete: { args: WithId; result: RequestDetailView };
  /** An email marked sent, a call made or a voicemail left: the same touch, recorded with how it went. */
  markSent: { args: Command<{ kind: ClientMessageKind; medium: Medium; used: UsedDraft }>; result: RequestDetailView };
  /** Records the "just in case" question as a research note: whom, when, asked only in case. */
  recordResearch: { args: Command<ResearchDraftOptions & { used: UsedDraft }>; result: RequestDetailView };
  /** How this request's client is addressed; kept with the client, so all their requests use it. */
  saveClientProfile: { args: WithId<{ profile: ClientProfile }>; result: RequestDetailView };
  saveSettings: { args: Settings; result: Settings };
  /** null: skipped; the app asks again only if there are still no requests and no name. */
  finishSetup: { args: SetupAnswers | null; result: Settings };
  /** Backs up the data as it is now, then puts the chosen backup in its place. */
  restoreBackup: { args: { id: string }; result: { restored: BackupSummary; savedFirst: BackupSummary | null } };
  /** Takes a record off the "Needs attention" list; its saved file is kept in a dismissed folder. */
  dismissAttention: { args: { id: string }; result: { dismissed: true } };
  /** Mends a set-aside request and brings it back, with what was mended in its history. */
  restoreAttention: { args: { id: string }; result: { requestId: string } };
  /** Saves a set-aside record as a file, as it was found; null when the save dialog was cancelled. */
  exportAttention: { args: { id: string }; result: { path: string } | null };

  // Hand-offs to the system.
  copyText: { args: { text: string }; result: { copied: true } };
  /** Opens the mail program; a body too long for a mailto: link goes to the clipboard instead. */
  openInMail: { args: OutgoingMail; result: { bodyCopied: boolean } };
  /**
   * Saves an unsent .eml; null when the user cancels the save dialog. `inviteFor`: the request
   * whose proposed call goes with it as a calendar invitation.
   */
  saveEml: { args: OutgoingMail & { inviteFor?: string }; result: { path: string } | null };
  saveCallInvite: { args: WithId; result: { path: string } | null };
  /** Every request with its full history, to a .json file the user picks; null when they cancel. */
  exportJson: { args: undefined; result: { path: string; requests: number } | null };
  /** The queue under the screen's filter, to a .csv file the user picks. */
  exportCsv: { args: Pick<RequestQuery, 'status' | 'bossId' | 'text'>; result: { path: string; rows: number } | null };
  /** What importing an export would do, without doing it. */
  previewImport: { args: { fileName: string; base64: string }; result: ImportPreview };
  /** Imports an export: adds what is new, leaves what is here, and reports each request. */
  importJson: { args: { fileName: string; base64: string }; result: ImportPreview };
  getStartAtLogin: { args: undefined; result: StartAtLogin };
  setStartAtLogin: { args: { enabled: boolean }; result: StartAtLogin };

  // The mailbox: a setting of this computer, its password kept apart and encrypted by the system.
  getMailbox: { args: undefined; result: MailboxStatus };
  /** Signs in to both servers and says, for each, what worked or which stage failed. `password` null: the saved one. */
  testMailbox: { args: MailboxWithPassword; result: MailboxCheck };
  /** Saves the account; `password` null keeps the saved one. */
  saveMailbox: { args: MailboxWithPassword; result: MailboxStatus };
  /** Forgets the account and its password. */
  disconnectMailbox: { args: undefined; result: MailboxStatus };
  /**
   * Sends the draft to the request's client through the mailbox (to the address on the request,
   * never one the page names) and records it as sent, with the Message-ID it went out with.
   */
  /** `mailNote`: what else the user should know of a message that went (the request closed meanwhile, no copy in Sent). */
  sendMessage: { args: Command<{ kind: ClientMessageKind; used: UsedDraft }>; result: RequestDetailView & { mailNote: string | null } };
  /** Puts the draft in the mailbox's Drafts folder, flagged as a draft, to finish in the mail program. */
  saveToDrafts: { args: OutgoingMail; result: { folder: string } };
  /** Clients' emails found in the inbox, to log as contacts, and how the last check went. */
  getMailOffers: { args: undefined; result: MailOffers };
  /** Reads the inbox now rather than at the next check. */
  checkMailNow: { args: undefined; result: MailOffers };
  /** Logs the offered email as a contact on its request (a reply falls due), with the request's version. */
  logMailOffer: { args: { offerId: string; version: number }; result: RequestDetailView };
  /** Marks as sent a draft the Sent folder shows went out from the mail program, at the time it went. */
  markSentFromMailbox: { args: { offerId: string; version: number }; result: RequestDetailView };
  /**
   * Emails the ask note to the request's boss (the address in Settings, never one the page names)
   * and records the ask with the Message-ID it went out with, so the boss's reply can be found.
   */
  sendAsk: { args: Command<{ subject: string; body: string }>; result: RequestDetailView & { mailNote: string | null } };
  /** Records the boss's emailed reply, as found in the inbox, as the decision on its request. */
  recordReplyAsDecision: { args: { offerId: string; version: number }; result: RequestDetailView };
  /**
   * A new sender's email, downloaded from the inbox only now that the user picked it, as an
   * email file for the New request form, which reads it like a dropped one.
   */
  openMailOffer: { args: { offerId: string }; result: EmailSource };
  /** Not a request: the new sender's email is not offered again. */
  dismissMailOffer: { args: { offerId: string }; result: MailOffers };
}

/** The mailbox account as typed, and its password (null: keep the one saved). */
export interface MailboxWithPassword {
  account: MailboxAccount;
  password: string | null;
}

export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = IpcContract[M]['args'];
export type IpcResult<M extends IpcMethod> = IpcContract[M]['result'];

/** Channel names on the wire; the `satisfies` keeps this list and the contract in step. */
export const IPC_CHANNELS = {
  getSettings: 'ft:settings:get',
  getCounts: 'ft:counts:get',
  getToday: 'ft:today:get',
  listRequests: 'ft:requests:list',
  getRequest: 'ft:request:get',
  draftAsk: 'ft:draft:ask',
  draftDigest: 'ft:draft:digest',
  draftForClient: 'ft:draft:for-client',
  draftResearch: 'ft:draft:research',
  getDraftShares: 'ft:drafts:shares',
  checkWording: 'ft:draft:check-wording',
  getDataStatus: 'ft:data:status',
  readEmail: 'ft:email:read',
  openRequestsOfClient: 'ft:requests:of-client',
  logRequest: 'ft:request:log',
  askBoss: 'ft:request:ask-boss',
  undoAsk: 'ft:request:undo-ask',
  markDigestSent: 'ft:digest:mark-sent',
  undoDigest: 'ft:digest:undo',
  handOverRequests: 'ft:boss:hand-over',
  chooseParkOutcome: 'ft:request:choose-park-outcome',
  unpark: 'ft:request:unpark',
  recordDecision: 'ft:request:record-decision',
  logClientContact: 'ft:request:log-client-contact',
  setClientStep: 'ft:request:set-client-step',
  completeClientStep: 'ft:request:complete-client-step',
  proposeCall: 'ft:request:propose-call',
  logCall: 'ft:request:log-call',
  addNote: 'ft:request:add-note',
  reopen: 'ft:request:reopen',
  correctDetails: 'ft:request:correct-details',
  withdraw: 'ft:request:withdraw',
  agreeDeadline: 'ft:request:agree-deadline',
  deleteRequest: 'ft:request:delete',
  undoDelete: 'ft:request:undo-delete',
  listDeleted: 'ft:requests:deleted',
  markSent: 'ft:request:mark-sent',
  recordResearch: 'ft:request:record-research',
  saveClientProfile: 'ft:client:save-profile',
  saveSettings: 'ft:settings:save',
  finishSetup: 'ft:settings:finish-setup',
  restoreBackup: 'ft:data:restore-backup',
  dismissAttention: 'ft:data:dismiss-attention',
  restoreAttention: 'ft:data:restore-attention',
  exportAttention: 'ft:data:export-attention',
  copyText: 'ft:clipboard:copy-text',
  openInMail: 'ft:mail:open',
  saveEml: 'ft:mail:save-eml',
  saveCallInvite: 'ft:calendar:save-invite',
  exportJson: 'ft:data:export-json',
  exportCsv: 'ft:data:export-csv',
  previewImport: 'ft:data:preview-import',
  importJson: 'ft:data:import-json',
  getStartAtLogin: 'ft:login:get',
  setStartAtLogin: 'ft:login:set',
  getMailbox: 'ft:mailbox:get',
  testMailbox: 'ft:mailbox:test',
  saveMailbox: 'ft:mailbox:save',
  disconnectMailbox: 'ft:mailbox:disconnect',
  sendMessage: 'ft:mail:send',
  saveToDrafts: 'ft:mail:save-to-drafts',
  getMailOffers: 'ft:mail:offers',
  checkMailNow: 'ft:mail:check-now',
  logMailOffer: 'ft:mail:log-offer',
  markSentFromMailbox: 'ft:mail:mark-sent-from-mailbox',
  sendAsk: 'ft:mail:send-ask',
  recordReplyAsDecision: 'ft:mail:record-reply',
  openMailOffer: 'ft:mail:open-offer',
  dismissMailOffer: 'ft:mail:dismiss-offer',
} as const satisfies Record<IpcMethod, `ft:${string}`>;

export const IPC_METHODS = Object.keys(IPC_CHANNELS) as IpcMethod[];

/**
 * Main -> renderer pushes. Each carries plain data main made or checked: a due item to show as a
 * banner, a command from the menu or the tray, an email file the user opened with the app.
 */
/** How an import is going: reading the file, checking its requests (done of total), saving, done. */
export interface ImportProgress {
  stage: 'reading' | 'checking' | 'saving' | 'done';
  done: number;
  total: number;
}

export interface AppEvents {
  dueNotice: DueNotice;
  command: AppCommand;
  emailOpened: EmailSource;
  importProgress: ImportProgress;
  /** The mailbox was read (on a timer, on new mail, or on request): what it found is read again. */
  mailChecked: { at: string };
}
export type AppEvent = keyof AppEvents;

export const APP_EVENT_CHANNELS = {
  dueNotice: 'ft:event:due-notice',
  command: 'ft:event:command',
  emailOpened: 'ft:event:email-opened',
  importProgress: 'ft:event:import-progress',
  mailChecked: 'ft:event:mail-checked',
} as const satisfies Record<AppEvent, `ft:event:${string}`>;

export const APP_EVENTS = Object.keys(APP_EVENT_CHANNELS) as AppEvent[];

/** Subscribes to one push; answers the unsubscribe. */
export type Subscribe = <E extends AppEvent>(event: E, listener: (payload: AppEvents[E]) => void) => () => void;

/** What the preload exposes as `window.followThrough`, and nothing more. */
export type FollowThroughApi = {
  [M in IpcMethod]: (args: IpcArgs<M>) => Promise<Result<IpcResult<M>>>;
} & {
  /** Subscribes to one kind of push from main; returns the unsubscribe. */
  on: Subscribe;
};

/** Builds the API over any transport: ipcRenderer in the app, a Playwright binding in tests. */
export function createApi(invoke: (method: IpcMethod, args: unknown) => Promise<unknown>, subscribe: Subscribe): FollowThroughApi {
  return {
    ...(Object.fromEntries(IPC_METHODS.map((method) => [method, (args: unknown) => invoke(method, args)])) as {
      [M in IpcMethod]: FollowThroughApi[M];
    }),
    // Only the events the contract names can be listened to: the page never names a raw channel.
    on: (event, listener) => (APP_EVENTS.includes(event) ? subscribe(event, listener) : () => {}),
  };
}
