import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import type { HandlerTable } from '../../electron/ipc/handlers';
import type { FollowThroughService } from '../../electron/service';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { buildExport } from '../../shared/files/export-file';
import { IPC_METHODS, type IpcArgs, type IpcMethod } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { ipcArgSchemas } from '../../shared/ipc/schemas';
import { requestDetails } from '../support/fixtures';
import { openTestStack, TestSystem } from '../support/open-test-store';

/**
 * The handler table under attack, as the renderer would attack it: every channel gets
 * FUZZ_RUNS generated payloads (1,000 unless told), each a valid payload with one part
 * broken (deleted, replaced by a wrong type, a 1 MB string, right-to-left text, NaN, a
 * negative, an impossible date, an unknown id, a stale version, or given an extra
 * `__proto__`/`constructor` key), or something else entirely. Each payload goes through
 * structuredClone first, as Electron's IPC would carry it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

let dir: string;
let handlers: HandlerTable;
let service: FollowThroughService;
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
const ids: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-fuzz-'));
  const exports = mkdtempSync(path.join(tmpdir(), 'follow-through-fuzz-exports-'));
  ({ handlers, service } = openTestStack(path.join(dir, 'data'), clock, new TestSystem(exports)));
  for (const topic of ['the venue contract', 'the gala sponsorship']) ids.push(service.logRequest(requestDetails({ topic })).id);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An export of the store as it is: importing it adds nothing. */
function exportOfTheStore() {
  const file = buildExport(service.allDocuments(), clock.now());
  return { fileName: 'export.json', base64: Buffer.from(JSON.stringify(file)).toString('base64') };
}

/** The current version of a request, or 1 while it stands deleted. */
function versionOrOne(id: string): number {
  try {
    return service.request(id).version;
  } catch {
    return 1;
  }
}

/** A valid payload for each channel, built from the store as it is at the moment of the call. */
function validPayload(method: IpcMethod): unknown {
  const id = ids[0]!;
  const version = service.request(id).version;
  const cmd = { id, version };
  const mail = { to: 'jane@acme.example', toName: 'Jane Doe', subject: 'The venue contract', body: 'Dear Jane,\n\nNews soon.' };
  const mailbox = {
    address: 'jo@office.example',
    user: 'jo@office.example',
    auth: 'password',
    imap: { host: '127.0.0.1', port: 9, security: 'none' },
    smtp: { host: '127.0.0.1', port: 9, security: 'none' },
    logAutomatically: false,
    offerNewSenders: false,
  } as const;
  const payloads: { [M in IpcMethod]: IpcArgs<M> } = {
    getSettings: undefined,
    getCounts: undefined,
    getToday: { bossId: null, rowsPerSection: { reply: 50 } },
    listRequests: { status: 'open', bossId: null, text: 'venue', offset: 0, limit: 50 },
    getRequest: { id },
    draftAsk: { id, locale: 'en-GB' },
    draftDigest: { bossId: DEFAULT_SETTINGS.defaultBossId, locale: 'en-GB', only: null },
    draftForClient: { id, kind: 'update', medium: 'email', locale: 'en-GB', reason: null, expectedBusinessDays: 3, invite: false },
    draftResearch: { id, colleague: 'Sam Patel', colleagueEmail: '', question: 'What would a second venue cost?', includeClient: false },
    getDraftShares: undefined,
    checkWording: { id, text: 'We are still waiting.' },
    getDataStatus: undefined,
    readEmail: {
      kind: 'file',
      fileName: 'venue.eml',
      base64: Buffer.from('From: Jane Doe <jane@acme.example>\r\nSubject: Re: the venue\r\n\r\nHello').toString('base64'),
    },
    logRequest: requestDetails({ topic: 'a fuzzed request' }),
    askBoss: { ...cmd, note: 'in the corridor' },
    undoAsk: cmd,
    undoDigest: { requests: [{ id, version: 1 }] },
    handOverRequests: { from: DEFAULT_SETTINGS.defaultBossId, to: DEFAULT_SETTINGS.defaultBossId },
    markDigestSent: { bossId: DEFAULT_SETTINGS.defaultBossId, requests: [cmd] },
    chooseParkOutcome: { ...cmd, outcome: 'in-2-weeks' },
    unpark: cmd,
    recordDecision: { ...cmd, decision: 'Yes, go ahead.' },
    logClientContact: { ...cmd, channel: 'phone', contactAt: '2026-11-19T09:00:00.000Z', note: 'She rang.', needs: 'reply' },
    setClientStep: { ...cmd, what: 'send the signed contract', chaseOn: '2026-11-27' },
    completeClientStep: cmd,
    proposeCall: { ...cmd, startsAt: '2026-11-25T14:00:00.000Z', minutes: 30 },
    logCall: { ...cmd, held: false, note: 'They had to cancel.' },
    addNote: { ...cmd, note: { text: 'Asked Sam about prices.', askedWhom: 'Sam', onBehalfOf: '', inCaseOnly: true } },
    reopen: cmd,
    correctDetails: { ...cmd, details: requestDetails({ topic: 'the venue contract, corrected' }) },
    withdraw: { ...cmd, reason: 'They found another venue.' },
    agreeDeadline: { ...cmd, deadline: '2026-12-18', note: 'Agreed by phone.' },
    // Deleting and undoing work on the second request, so the first stays for every other channel.
    deleteRequest: { id: ids[1]!, version: versionOrOne(ids[1]!) },
    undoDelete: { id: ids[1]! },
    listDeleted: undefined,
    openRequestsOfClient: { name: 'Jane Doe', email: 'jane@acme.example' },
    markSent: { ...cmd, kind: 'update', medium: 'call', used: { subject: 'The venue contract', body: 'Hello Jane,', proposalId: null } },
    recordResearch: {
      ...cmd,
      colleague: 'Sam Patel',
      colleagueEmail: 'sam@example.com',
      question: 'What would a second venue cost?',
      includeClient: false,
      used: { subject: 'A question, just in case', body: 'Hello Sam,', proposalId: null },
    },
    saveClientProfile: { id, profile: { title: 'Ms', greeting: 'title-surname', preferredChannel: 'phone', timeZone: 'America/New_York' } },
    saveSettings: service.currentSettings(),
    finishSetup: {
      assistantName: 'Alex',
      assistantEmail: 'alex@example.com',
      signature: 'Alex',
      bossName: 'Mo',
      bossEmail: '',
      workingDays: [1, 2, 3, 4, 5],
    },
    // Well-formed names of things that do not exist: a valid call is refused by the data folder.
    restoreBackup: { id: 'no-such-backup' },
    dismissAttention: { id: 'no-such-record.json' },
    restoreAttention: { id: 'no-such-record.json' },
    exportAttention: { id: 'no-such-record.json' },
    copyText: { text: 'Dear Jane' },
    openInMail: mail,
    saveEml: mail,
    saveCallInvite: { id },
    exportJson: undefined,
    exportCsv: { status: 'open', bossId: null, text: '' },
    previewImport: exportOfTheStore(),
    importJson: exportOfTheStore(),
    getStartAtLogin: undefined,
    setStartAtLogin: { enabled: true },
    getMailbox: undefined,
    // Port 9 on loopback (discard): a valid test is answered "nothing answered" at once.
    testMailbox: { account: mailbox, password: 'x' },
    saveMailbox: { account: mailbox, password: 'x' },
    disconnectMailbox: undefined,
    // No mailbox is connected in the fuzz test's store: a valid send or save is refused as "connect first".
    sendMessage: { ...cmd, kind: 'update', used: { subject: 'The venue contract', body: 'Dear Jane,', proposalId: null } },
    saveToDrafts: mail,
    getMailOffers: undefined,
    checkMailNow: undefined,
    // Well formed, but no message is on offer: refused by the rule.
    logMailOffer: { offerId: '0123456789abcdef', version },
    markSentFromMailbox: { offerId: '0123456789abcdef', version },
    sendAsk: { ...cmd, subject: 'The venue contract: your decision, please', body: 'Hi Alex,' },
    recordReplyAsDecision: { offerId: '0123456789abcdef', version },
    openMailOffer: { offerId: '0123456789abcdef' },
    dismissMailOffer: { offerId: '0123456789abcdef' },
  };
  return structuredClone(payloads[method]);
}

const MEGABYTE = 'x'.repeat(1024 * 1024);
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    -0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    '',
    '   ',
    MEGABYTE,
    `${MEGABYTE}\n`,
    '\u202Eelbat\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627',
    'Zoë 👩🏽‍💼 O’Neill',
    '\u0000\u0007\u001b[31m',
    'line one\r\nBcc: everyone@example.com',
    '<img src=x onerror="alert(1)">',
    '=HYPERLINK("https://example.com")',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    '2026-02-30T10:00:00Z',
    '1989-12-31T23:59:59Z',
    '2999-01-01T00:00:00Z',
    '0000-00-00',
    'not-a-date',
    'no-such-request',
    '../../etc/passwd',
    '__proto__',
    [],
    [1, 2, 3],
    {},
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.anything({ maxDepth: 2 }),
);

/** One way to break a payload; the path is picked from the payload's own tree. */
type Plan =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'extra'; pick: number; key: string; value: unknown }
  | { kind: 'stale'; delta: number }
  | { kind: 'unknown-id'; id: string }
  | { kind: 'whole'; value: unknown };

const plan: fc.Arbitrary<Plan> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: badValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      pick: fc.nat(),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'isAdmin'), fc.string({ maxLength: 12 })),
      value: badValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), delta: fc.constantFrom(-1, 1, 2, -100) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown-id' as const), id: fc.oneof(fc.uuid(), fc.constant('r-0')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: badValue }) },
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

function parentOf(root: unknown, at: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const part of at.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  return node;
}

/** Sets an own property, so `__proto__` becomes a key as it would after structured clone, not a prototype. */
function setOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The payload to send, and the field the answer must name (null: the rules may refuse without one). */
function apply(method: IpcMethod, p: Plan): { payload: unknown; field: string | null } {
  const payload = validPayload(method);
  switch (p.kind) {
    case 'whole':
      return { payload: p.value, field: '_' };
    case 'stale':
    case 'unknown-id': {
      const key = p.kind === 'stale' ? 'version' : 'id';
      if (payload === null || typeof payload !== 'object' || !('version' in payload)) return { payload, field: null };
      const record = payload as Record<string, unknown>;
      record[key] = p.kind === 'stale' ? (record.version as number) + p.delta : p.id;
      return { payload, field: key };
    }
    case 'delete':
    case 'replace': {
      const paths = pathsOf(payload);
      const at = paths[p.pick % paths.length]!;
      if (at.length === 0) return { payload: p.kind === 'delete' ? undefined : p.value, field: '_' };
      const parent = parentOf(payload, at);
      const last = at.at(-1)!;
      if (p.kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last];
      } else setOwn(parent, last, p.value);
      return { payload, field: at.join('.') };
    }
    case 'extra': {
      const objects = pathsOf(payload).filter((at) => {
        const node = at.length ? parentOf(payload, at)[at.at(-1)!] : payload;
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      if (!objects.length) return { payload: { [p.key || 'extra']: p.value }, field: '_' };
      const at = objects[p.pick % objects.length]!;
      const node = (at.length ? parentOf(payload, at)[at.at(-1)!] : payload) as object;
      const key = Object.hasOwn(node, p.key) || p.key === '' ? `${p.key}extra` : p.key;
      setOwn(node, key, p.value);
      return { payload, field: [...at, key].join('.') };
    }
  }
}

/** Every file under the data folder, by name and content hash. */
function snapshot(root: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      hash.update(path.relative(root, full));
      if (entry.isDirectory()) walk(full);
      else hash.update(readFileSync(full));
    }
  };
  walk(root);
  return hash.digest('hex');
}

/** Was the id swapped for one that does not exist, or the version for one that is not current? */
function brokeIdOrVersion(sent: unknown, field: string | null): boolean {
  if (!sent || typeof sent !== 'object' || (field !== 'id' && field !== 'version')) return false;
  const { id, version } = sent as { id?: unknown; version?: unknown };
  if (field === 'id') return typeof id === 'string' && !ids.includes(id.trim());
  if (typeof id !== 'string' || !ids.includes(id)) return false;
  try {
    return version !== service.request(id).version;
  } catch {
    return false; // Deleted just now by the fuzzing of deleteRequest: no version to be stale against.
  }
}

/**
 * Rules that tie two fields together answer on the field a person would change: a boss id
 * that no longer matches is reported on the default boss, a start after the end on the end.
 */
const RELATED: Record<string, string[]> = {
  'bosses.N.id': ['defaultBossId', 'bosses'],
  'bosses.N': ['defaultBossId', 'bosses'],
  defaultBossId: ['defaultBossId'],
  firstResponseAimHours: ['firstResponseLimitHours'],
  updateCadenceDays: ['relaxedCadenceDays'],
  'workingHours.start': ['workingHours.end'],
  // A mail server other than this one cannot go without TLS: that is said on its security.
  'account.imap.host': ['account.imap.security'],
  'account.smtp.host': ['account.smtp.security'],
};

/** Does the answer's field name the part that was broken (or the object holding it)? */
function names(fieldErrors: Record<string, string>, field: string): boolean {
  const related = RELATED[field.replace(/\.\d+/g, '.N')] ?? [];
  return Object.keys(fieldErrors).some(
    (key) =>
      key === field ||
      field === '_' ||
      field.startsWith(`${key}.`) ||
      key.startsWith(`${field}.`) ||
      related.some((r) => key === r || key.startsWith(`${r}.`)),
  );
}

const totals = { tried: 0, refused: 0, refusedByRule: 0, accepted: 0, storeChanged: 0, refusedButChanged: 0 };

describe('the handler table under generated payloads', () => {
  it.each(IPC_METHODS)(
    '%s answers every payload, names the field it refuses, and writes nothing when it refuses',
    async (method) => {
      const property = fc.asyncProperty(plan, async (p) => {
        const { payload, field } = apply(method, p);
        let sent: unknown;
        try {
          sent = structuredClone(payload);
        } catch {
          return; // Not something IPC can carry.
        }
        const schemaAccepts = ipcArgSchemas[method].safeParse(sent).success;
        const broke = brokeIdOrVersion(sent, field);
        const before = snapshot(dir);
        let answer: Result<unknown>;
        try {
          answer = await handlers[method](sent);
        } catch (error) {
          throw new Error(`${method} threw past its handler: ${String(error)}`);
        }
        totals.tried++;
        const changed = snapshot(dir) !== before;
        // A field the call does not have, or a request that is not there or not current, is never let through.
        if (p.kind === 'extra' || broke) expect(answer.ok, `${method} let ${field} through`).toBe(false);
        if (answer.ok) {
          totals.accepted++;
          if (changed) totals.storeChanged++;
          expect(schemaAccepts, `${method} accepted a payload its schema refuses`).toBe(true);
          return;
        }
        if (changed) totals.refusedButChanged++;
        expect(answer.code, `${method}: ${answer.error}`).not.toBe('failed');
        expect(answer.error.length).toBeGreaterThan(10);
        expect(changed, `${method} wrote to the data folder while refusing: ${answer.error}`).toBe(false);
        if (!schemaAccepts) {
          totals.refused++;
          expect(answer.code).toBe('invalid');
          expect(answer.fieldErrors, `${method} refused without naming a field: ${answer.error}`).toBeDefined();
          // Only a plan that broke something can be refused: the untouched payload is valid.
          expect(field, `${method}: refused a payload nothing was done to`).not.toBeNull();
          expect(names(answer.fieldErrors!, field!), `${method}: broke ${field}, answer named ${JSON.stringify(answer.fieldErrors)}`).toBe(
            true,
          );
        } else if (broke) {
          totals.refused++;
          expect(Object.keys(answer.fieldErrors ?? {}), `${method}: ${answer.error}`).toContain(field);
        } else {
          // A valid payload the rules refuse in this state (asking about a parked request, say).
          totals.refusedByRule++;
        }
      });
      await fc.assert(property, { numRuns: RUNS });
    },
    600_000,
  );

  afterAll(() => {
    console.log(
      `IPC fuzz over ${IPC_METHODS.length} channels: ${totals.tried} payloads tried, ${totals.refused} refused as invalid (each naming its field), ` +
        `${totals.refusedByRule} valid but refused by a rule in that state, ${totals.accepted} accepted as valid, ` +
        `store changed by ${totals.storeChanged} accepted calls and by ${totals.refusedButChanged} refused ones.`,
    );
  });
});
