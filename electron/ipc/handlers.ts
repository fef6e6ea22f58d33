import { DomainError, StaleVersionError } from '../../shared/domain/domain-error';
import { mailtoUrl } from '../../shared/drafts/mailto';
import type { AppEvent, AppEvents, ImportProgress, IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { fieldErrorsOf, ipcArgSchemas } from '../../shared/ipc/schemas';
import { format } from 'date-fns';
import { buildExport, planImport } from '../../shared/files/export-file';
import { bossName } from '../../shared/domain/settings';
import { fileNameFor } from '../../shared/files/file-name';
import { queueCsv } from '../../shared/files/queue-csv';
import { prefillFromEmail } from '../../shared/email/email-prefill';
import type { UntrustedParser } from '../untrusted/untrusted-parser';
import { buildEml } from '../export/eml';
import { buildCallInvite, inviteMethod } from '../export/ics';
import { withInvitationAttached } from '../../shared/drafts/call-invitation';
import type { FollowThroughService } from '../service';
import type { DataFolder } from '../store/data-folder';
import type { SystemPorts } from './system-ports';
import { checkImap, checkSmtp } from '../mailbox/connection-check';
import { repairRequest } from '../../shared/store/repair-request';
import { fileInSent, saveToDrafts, sendMail, type Sender, type SentMail } from '../mailbox/mail-out';
import type { MailboxStore } from '../mailbox/mailbox-store';
import { contactFrom, type MailWatcher } from '../mailbox/mail-watcher';

const NOT_ON_LIST = 'That record is no longer on the list.';
const NO_PASSWORD = 'Enter the password (or app password) for this mailbox.';
const NOT_CONNECTED = 'Connect your mailbox in Settings → Mailbox first, or use Open in mail program.';
const NO_ADDRESS = 'There is no email address for this client: add it with Correct details, or use a call script.';

export interface HandlerDeps {
  service: FollowThroughService;
  data: DataFolder;
  system: SystemPorts;
  /** Reads emails and export files off the main process. */
  parser: UntrustedParser;
  /** The mailbox account of this computer and its encrypted password. */
  mailbox: MailboxStore;
  /** Reads the inbox for clients' emails. */
  watcher: MailWatcher;
  /** Tells the window how a long task is going (an import), without bringing it forward. */
  push?: <E extends AppEvent>(event: E, payload: AppEvents[E]) => void;
  log?: (message: string) => void;
}

export type HandlerTable = { [M in IpcMethod]: (raw: unknown) => Promise<Result<IpcResult<M>>> };

type Implementations = { [M in IpcMethod]: (args: IpcArgs<M>) => IpcResult<M> | Promise<IpcResult<M>> };

/**
 * One handler per contract method. Each validates its payload (the renderer is untrusted),
 * runs the service, and answers a Result: rule violations carry their own message, anything
 * unexpected is logged and answered with a calm generic one.
 */
export function createHandlers({ service, data, system, parser, mailbox, watcher, push, log }: HandlerDeps): HandlerTable {
  const sending = new Set<string>();
  /** The connected mailbox as the sender of a message now; refused with how to connect when there is none. */
  const sender = (): Sender => {
    const account = mailbox.account();
    const password = account ? mailbox.password() : null;
    if (!account || password === null) throw new DomainError(NOT_CONNECTED);
    return { account, password, fromName: service.currentSettings().assistantName, date: service.now() };
  };
  /** An export checked off main against the bosses in Settings now, then planned against the data. */
  const planFrom = async (base64: string, progress: boolean) => {
    const settings = service.currentSettings();
    const context = {
      now: service.now().toISOString(),
      bossIds: settings.bosses.map((b) => b.id),
      defaultBossId: settings.defaultBossId,
      defaultBossName: bossName(settings, settings.defaultBossId),
    };
    const report = (stage: ImportProgress['stage'], done: number, total: number) =>
      progress && push?.('importProgress', { stage, done, total });
    report('reading', 0, 0);
    const checked = await parser.checkImport(base64, context, (done, total) => report('checking', done, total));
    return { ...planImport(checked, (id) => service.documentById(id)), report, total: checked.length };
  };
  /** The request's proposed call as an invitation; refused when none was proposed. */
  const callInvite = (id: string) => {
    const { state, settings } = service.exportContext(id);
    if (!state.call) throw new DomainError('Propose a call time first.');
    return { ics: buildCallInvite(state, settings), method: inviteMethod(settings) };
  };
  const impl: Implementations = {
    getSettings: () => service.appSettings(),
    getCounts: () => service.counts(),
    getToday: (query) => service.todayView(query),
    listRequests: (query) => service.listRequests(query),
    getRequest: ({ id }) => service.request(id),
    draftAsk: ({ id, locale }) => service.askDraft(id, locale),
    draftDigest: ({ bossId, locale, only }) => service.digestDraft(bossId, locale, only),
    draftForClient: ({ id, ...options }) => service.clientDraft(id, options),
    draftResearch: ({ id, ...options }) => service.researchDraft(id, options),
    getDraftShares: () => service.draftShares(),
    checkWording: ({ id, text }) => service.checkWording(id, text),
    getDataStatus: () => data.status(),
    readEmail: async (source) => {
      const mail = await parser.readEmail(source);
      const prefill = prefillFromEmail(mail, service.now());
      return { prefill, openRequests: service.openRequestsFrom(prefill.clientEmail) };
    },
    logRequest: ({ origin, zone, ...details }) => service.logRequest(details, origin, zone),
    askBoss: ({ id, version, note }) => service.askBoss(id, version, note),
    undoAsk: ({ id, version }) => service.undoAsk(id, version),
    markDigestSent: ({ bossId, requests }) => service.markDigestSent(bossId, requests),
    undoDigest: ({ requests }) => service.undoDigest(requests),
    handOverRequests: ({ from, to }) => service.handOverRequests(from, to),
    chooseParkOutcome: ({ id, version, outcome }) => service.chooseParkOutcome(id, version, outcome),
    unpark: ({ id, version }) => service.unpark(id, version),
    recordDecision: ({ id, version, decision }) => service.recordDecision(id, version, decision),
    logClientContact: ({ id, version, ...input }) => service.logClientContact(id, version, input),
    setClientStep: ({ id, version, what, chaseOn }) => service.setClientStep(id, version, what, chaseOn),
    completeClientStep: ({ id, version }) => service.completeClientStep(id, version),
    proposeCall: ({ id, version, startsAt, minutes }) => service.proposeCall(id, version, startsAt, minutes),
    logCall: ({ id, version, held, note }) => service.logCall(id, version, held, note),
    addNote: ({ id, version, note }) => service.addNote(id, version, note),
    reopen: ({ id, version }) => service.reopen(id, version),
    correctDetails: ({ id, version, details }) => service.correctDetails(id, version, details),
    withdraw: ({ id, version, reason }) => service.withdraw(id, version, reason),
    agreeDeadline: ({ id, version, deadline, note }) => service.agreeDeadline(id, version, deadline, note),
    deleteRequest: ({ id, version }) => service.deleteRequest(id, version),
    undoDelete: ({ id }) => service.undoDelete(id),
    listDeleted: () => service.deletedThisSession(),
    openRequestsOfClient: ({ name, email }) => service.openRequestsOfClient(name, email),
    markSent: ({ id, version, kind, medium, used }) => service.markSent(id, version, kind, medium, used),
    recordResearch: ({ id, version, used, ...options }) => service.recordResearch(id, version, options, used),
    saveClientProfile: ({ id, profile }) => service.saveClientProfile(id, profile),
    saveSettings: (settings) => service.saveSettings(settings),
    finishSetup: (answers) => service.finishSetup(answers),
    restoreBackup: ({ id }) => {
      const { restored, savedFirst, store } = data.restore(id, service.now(), service.requestCount());
      service.reload(store);
      return { restored, savedFirst };
    },
    dismissAttention: ({ id }) => {
      if (!data.attention.dismiss(id)) throw new DomainError(NOT_ON_LIST, { id: NOT_ON_LIST });
      return { dismissed: true as const };
    },
    restoreAttention: ({ id }) => {
      const record = data.attention.record(id);
      if (!record) throw new DomainError(NOT_ON_LIST, { id: NOT_ON_LIST });
      const repaired = repairRequest(record.raw, record.key);
      if (!repaired) {
        throw new DomainError(
          'The app cannot mend this record by itself. Export it to keep it safe, or dismiss it once you have dealt with it.',
        );
      }
      const view = service.restoreRequest(repaired.doc, repaired.repairs);
      // Back in the data: no longer a record needing attention (its file is kept among the dismissed).
      data.attention.dismiss(id);
      return { requestId: view.id };
    },
    exportAttention: async ({ id }) => {
      const record = data.attention.record(id);
      if (!record) throw new DomainError(NOT_ON_LIST, { id: NOT_ON_LIST });
      const target = await system.chooseSavePath(fileNameFor(`Needs attention ${record.key}`, 'json'), {
        name: 'Saved record',
        extensions: ['json'],
      });
      if (!target) return null;
      await system.writeFile(target, record.text);
      return { path: target };
    },
    copyText: ({ text }) => {
      system.clipboard.writeText(text);
      return { copied: true as const };
    },
    openInMail: async (mail) => {
      const { url, bodyIncluded } = mailtoUrl(mail);
      if (!bodyIncluded) system.clipboard.writeText(mail.body);
      await system.openExternal(url);
      return { bodyCopied: !bodyIncluded };
    },
    saveEml: async ({ inviteFor, ...mail }) => {
      // The invitation is built before the dialog, so a request without a call is refused at once.
      const invite = inviteFor ? callInvite(inviteFor) : null;
      const path = await system.chooseSavePath(fileNameFor(mail.subject, 'eml'), { name: 'Email', extensions: ['eml'] });
      if (!path) return null;
      const settings = service.currentSettings();
      const from = settings.assistantEmail ? { name: settings.assistantName, email: settings.assistantEmail } : null;
      const body = invite ? withInvitationAttached(mail.body) : mail.body;
      await system.writeFile(path, await buildEml({ ...mail, body }, from, service.now(), invite));
      return { path };
    },
    exportJson: async () => {
      const now = service.now();
      const docs = service.allDocuments();
      const path = await system.chooseSavePath(`Follow-Through export ${format(now, 'yyyy-MM-dd')}.json`, {
        name: 'Follow-Through export',
        extensions: ['json'],
      });
      if (!path) return null;
      await system.writeFile(path, `${JSON.stringify(buildExport(docs, now), null, 2)}\n`);
      return { path, requests: docs.length };
    },
    exportCsv: async (filter) => {
      const now = service.now();
      const rows = service.allRows(filter);
      const path = await system.chooseSavePath(`Follow-Through requests ${format(now, 'yyyy-MM-dd')}.csv`, {
        name: 'Spreadsheet (CSV)',
        extensions: ['csv'],
      });
      if (!path) return null;
      await system.writeFile(path, queueCsv(rows, now));
      return { path, rows: rows.length };
    },
    previewImport: async ({ base64 }) => ({ items: (await planFrom(base64, false)).items }),
    importJson: async ({ base64 }) => {
      const { items, toAdd, report, total } = await planFrom(base64, true);
      report('saving', toAdd.length, total);
      // One backup, then one write of each file, however many requests the file adds.
      if (toAdd.length) data.backUpBefore('before-import', service.now(), service.requestCount());
      service.importDocuments(toAdd);
      report('done', toAdd.length, total);
      return { items };
    },
    getStartAtLogin: () => system.loginItem.get(),
    setStartAtLogin: ({ enabled }) => system.loginItem.set(enabled),
    getMailbox: () => mailbox.status(),
    testMailbox: async ({ account, password }) => {
      const pass = password ?? mailbox.password();
      if (pass === null) throw new DomainError(NO_PASSWORD, { password: NO_PASSWORD });
      const [imap, smtp] = await Promise.all([checkImap(account, pass), checkSmtp(account, pass)]);
      return { imap, smtp };
    },
    saveMailbox: ({ account, password }) => {
      if (password === null && !mailbox.status().hasPassword) throw new DomainError(NO_PASSWORD, { password: NO_PASSWORD });
      const saved = mailbox.save(account, password);
      watcher.accountChanged();
      return saved;
    },
    disconnectMailbox: () => {
      const forgotten = mailbox.forget();
      watcher.accountChanged();
      return forgotten;
    },
    sendMessage: async ({ id, version, kind, used }) => {
      // A screen out of date first: it shows how the request stands before anything else is said.
      const { state } = service.request(id);
      if (state.version !== version) throw new StaleVersionError();
      const from = sender();
      const client = state.details.client;
      if (!client.email) throw new DomainError(NO_ADDRESS);
      // One send per request at a time: a second window or a raced click cannot send it twice.
      if (sending.has(id)) throw new DomainError('This message is already being sent.');
      sending.add(id);
      try {
        const mail = { to: client.email, toName: client.name, subject: used.subject, body: used.body };
        const sent = await sendMail(from, mail, service.clientThread(id));
        // It went: recorded on the request as it is now, even if something else changed or closed it meanwhile.
        const { view, closedMeanwhile } = service.recordSentEmail(id, kind, used, sent.messageId);
        const closed = closedMeanwhile ? 'The request had been closed meanwhile; the message is kept in its history.' : null;
        return { ...view, mailNote: joinNotes(closed, await copyInSent(from, sent)) };
      } finally {
        sending.delete(id);
      }
    },
    sendAsk: async ({ id, version, subject, body }) => {
      // Everything that would refuse the ask is checked before the email goes, never after.
      service.checkAsk(id, version);
      const from = sender();
      const boss = service.awaitingDecision(id)!;
      if (!boss.bossEmail) {
        throw new DomainError(`There is no email address for ${boss.bossName || 'this boss'}: add it in Settings, or copy the note.`);
      }
      if (sending.has(id)) throw new DomainError('This message is already being sent.');
      sending.add(id);
      try {
        const sent = await sendMail(from, { to: boss.bossEmail, toName: boss.bossName, subject, body }, service.askThread(id));
        const view = service.askBoss(id, service.request(id).version, 'by email', sent.messageId);
        return { ...view, mailNote: await copyInSent(from, sent) };
      } finally {
        sending.delete(id);
      }
    },
    recordReplyAsDecision: ({ offerId, version }) => {
      const reply = watcher.reply(offerId);
      if (!reply) throw new DomainError('That reply is no longer on offer: the inbox was read again since.');
      if (!reply.text) throw new DomainError('The reply could not be read. Open it in your mail program and record the decision by hand.');
      return service.recordDecision(reply.requestId, version, reply.text);
    },
    openMailOffer: ({ offerId }) => watcher.download(offerId),
    dismissMailOffer: ({ offerId }) => watcher.dismiss(offerId),
    getMailOffers: () => watcher.view(),
    checkMailNow: () => watcher.check(),
    logMailOffer: ({ offerId, version }) => {
      // Looked at, not taken: a refusal (a stale screen) leaves it on offer to try again.
      const offer = watcher.offer(offerId);
      if (!offer) throw new DomainError('That message is no longer on offer: the inbox was read again since.');
      return service.logClientContact(offer.requestId, version, contactFrom(offer));
    },
    markSentFromMailbox: ({ offerId, version }) => {
      const offer = watcher.sentOffer(offerId);
      if (!offer) throw new DomainError('That message is no longer on offer: the mailbox was read again since.');
      // The text is the mail program's, not read: the history keeps the subject, and the edit is not measured.
      const used = { subject: offer.subject, body: '', proposalId: null };
      return service.markSent(offer.requestId, version, offer.kind, 'email', used, offer.messageId, new Date(offer.sentAt));
    },
    saveToDrafts: async (mail) => {
      return { folder: await saveToDrafts(sender(), mail) };
    },
    saveCallInvite: async ({ id }) => {
      const { state } = service.exportContext(id);
      const { ics } = callInvite(id);
      const path = await system.chooseSavePath(fileNameFor(`Call ${state.details.topic}`, 'ics'), {
        name: 'Calendar invitation',
        extensions: ['ics'],
      });
      if (!path) return null;
      await system.writeFile(path, ics);
      return { path };
    },
  };
  /** The copy in Sent, after the send is recorded: its failure is said, and never unsends anything. */
  const copyInSent = async (from: Sender, sent: SentMail): Promise<string | null> => {
    try {
      await fileInSent(from, sent);
      return null;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      log?.(`A sent message could not be copied to Sent: ${why}`);
      return `It was sent, but no copy could be put in your Sent folder (${why.replace(/\.$/, '')}).`;
    }
  };
  const table = {} as Record<IpcMethod, (raw: unknown) => Promise<Result<unknown>>>;
  for (const method of Object.keys(impl) as IpcMethod[]) {
    table[method] = (raw) => handle(method, raw, impl[method] as (args: unknown) => unknown, log);
  }
  return table as HandlerTable;
}

async function handle(
  method: IpcMethod,
  raw: unknown,
  run: (args: unknown) => unknown,
  log: ((message: string) => void) | undefined,
): Promise<Result<unknown>> {
  const parsed = ipcArgSchemas[method].safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const first = Object.values(fieldErrors)[0] ?? 'Some of the details are not valid.';
    return { ok: false, code: 'invalid', error: `Please check the form: ${first}`, fieldErrors };
  }
  try {
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        ok: false,
        code: error instanceof StaleVersionError ? 'stale' : 'refused',
        error: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      };
    }
    log?.(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, code: 'failed', error: 'Something went wrong and nothing was changed. Please try again.' };
  }
}

const joinNotes = (...notes: (string | null)[]) => notes.filter(Boolean).join(' ') || null;
