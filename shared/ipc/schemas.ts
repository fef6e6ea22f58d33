import { MESSAGE_ID_MAX } from '../mailbox/message-id';
import { MAIL_AUTH, MAIL_SECURITY } from '../mailbox/account';
import { z } from 'zod';
import { CONTACT_CHANNELS } from '../domain/contact-channel';
import { CLIENT_MESSAGE_KINDS, CONTACT_NEEDS, PARK_OUTCOMES } from '../domain/events';
import { SETTING_RANGES, type Range } from '../domain/setting-ranges';
import { THEMES } from '../domain/settings';
import { MEDIA, TEMPLATE_IDS, TEMPLATE_LABELS, type TemplateId } from '../domain/draft-templates';
import { GREETING_STYLES } from '../clients/greeting';
import { PREFERRED_CHANNELS } from '../clients/client-profile';
import { isClientZone } from '../clients/time-zone';
import { PLACEHOLDERS, unknownPlaceholders } from '../drafts/template';
import { SUBJECT_MAX } from '../drafts/subject';
import { TODAY_SECTION_ORDER, type TodaySectionKind } from '../rules/today';
import { LIST_PAGE_MAX, type IpcArgs, type IpcMethod } from './contract';

/**
 * Payload schemas for every IPC method. Main validates each payload with these at the
 * boundary (the renderer is untrusted); the renderer reuses them to show inline messages
 * before sending. Messages say what to fix.
 */

/**
 * Text as typed, less the invisible control characters a paste can bring (NUL, bell, escape,
 * form feed): they can do nothing but harm in a mail header, a file or a spreadsheet. Tabs and
 * line breaks stay; emoji and right-to-left text are kept as they are.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const text = (message?: string) => z.string(message).overwrite((s) => s.replace(CONTROL_CHARACTERS, ''));

/** An export chosen in the page: its bytes, base64, at most 200 MB of JSON. */
const importFile = z.strictObject({
  fileName: z.string().max(500),
  base64: z
    .string()
    .min(1, 'Choose an export file.')
    .max(Math.ceil((200 * 1024 * 1024) / 3) * 4, 'That file is larger than 200 MB, too large for an export.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file could not be read.'),
});

/** 20 MB of email, as base64 (4 characters for every 3 bytes). */
/** The largest email file the app reads: dropped, pasted or opened with the app. */
export const EMAIL_MAX_BYTES = 20 * 1024 * 1024;
const EMAIL_MAX_BASE64 = Math.ceil(EMAIL_MAX_BYTES / 3) * 4;

/** The earliest contact time the app takes: anything before is a mistyped year. */
const EARLIEST_CONTACT = '1990-01-01T00:00:00Z';

const id = z.string('Missing request id.').trim().min(1, 'Missing request id.').max(100, 'That request id is too long.');
const oneLine = (max: number, label: string) =>
  text()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((s) => !/[\r\n]/.test(s), `${label} must fit on one line.`);
const required = (max: number, label: string, message: string) => oneLine(max, label).pipe(z.string().min(1, message));
const instant = (message: string) => z.iso.datetime({ offset: true, error: message });
/** When the client got in touch: a real instant, not before 1990 (the future is the rules' to refuse: it moves). */
const contactInstant = (message: string) =>
  instant(message).refine((at) => Date.parse(at) >= Date.parse(EARLIEST_CONTACT), 'Check the year: that is before 1990.');
const wholeNumber = (label: string, min: number, max: number, unit: string) =>
  z
    .number(`${label} must be a number.`)
    .int(`${label} must be a whole number${unit ? ` of ${unit}` : ''}.`)
    .min(min, `${label} must be between ${min} and ${max}${unit ? ` ${unit}` : ''}.`)
    .max(max, `${label} must be between ${min} and ${max}${unit ? ` ${unit}` : ''}.`);

const ranged = (range: Range) => {
  const between = `${range.label} must be between ${range.min} and ${range.max}${range.unit ? ` ${range.unit}` : ''}.`;
  const base = z.number(`${range.label} must be a number.`);
  return (range.whole ? base.int(`${range.label} must be a whole number${range.unit ? ` of ${range.unit}` : ''}.`) : base)
    .min(range.min, between)
    .max(range.max, between);
};

/** The version a command was built from: the request's event count. */
const version = z.number('Missing the request version.').int('The request version must be a whole number.').min(1).max(1_000_000);

const clockTime = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time like 09:00.`);

const weekdays = z
  .array(z.number().int().min(0).max(6))
  .min(1, 'Pick at least one working day.')
  .refine((days) => new Set(days).size === days.length, 'Each working day once.');

const email = (label: string, message: string) => oneLine(254, label).pipe(z.union([z.literal(''), z.email(message)]));

export const requestDetailsSchema = z.strictObject(
  {
    client: z.strictObject({
      name: required(200, 'Client name', 'Enter the client’s name.'),
      company: oneLine(200, 'Company'),
      email: oneLine(254, 'Email').pipe(
        z.union([z.literal(''), z.email('Enter an email address like name@example.com, or leave it empty.')]),
      ),
      phone: oneLine(50, 'Phone').refine(
        (s) => s === '' || /^[+()\d][\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i.test(s),
        'Enter a phone number using digits, spaces and + ( ) - only, or leave it empty.',
      ),
    }),
    contact: z.strictObject({
      channel: z.enum(CONTACT_CHANNELS, 'Pick how the client got in touch.'),
      at: contactInstant('Enter the date and time the client got in touch.'),
    }),
    topic: required(200, 'Topic', 'Enter the topic in one line.'),
    details: text().trim().max(10_000, 'Details must be at most 10,000 characters.'),
    bossId: z.string().min(1, 'Pick the boss who decides this.').max(100),
    deadline: z.iso
      .date('Enter the deadline as a date, or leave it empty.')
      .refine((day) => day >= '1990-01-01' && day <= '2100-12-31', 'Check the year of the deadline: it must be between 1990 and 2100.')
      .nullable(),
  },
  'Send the request’s details.',
);

const templateSchema = (label: string) =>
  z
    .strictObject({
      subject: oneLine(200, `The ${label} subject`),
      body: text().max(5000, `The ${label} template must be at most 5,000 characters.`),
    })
    .superRefine((t, ctx) => {
      const unknown = unknownPlaceholders(`${t.subject}\n${t.body}`);
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['body'],
          message: `The ${label} template uses ${unknown.map((n) => `{{${n}}}`).join(', ')}, which the app does not know. Use only ${PLACEHOLDERS.map((n) => `{{${n}}}`).join(' ')}.`,
        });
      }
    });

export const settingsSchema = z
  .strictObject({
    assistantName: oneLine(100, 'Your name'),
    assistantEmail: oneLine(254, 'Your email').pipe(
      z.union([z.literal(''), z.email('Enter your email address like name@example.com, or leave it empty.')]),
    ),
    signature: text().max(1000, 'The signature must be at most 1,000 characters.'),
    callbackNumber: oneLine(40, 'Your callback number').refine(
      (s) => s === '' || /^[+()\d][\d\s().+-]*(?:\s*(?:ext\.?|x)\s*\d+)?$/iu.test(s),
      'Enter the number as you would say it, digits with spaces, + ( ) or -, e.g. 020 7946 0000; or leave it empty.',
    ),
    greetingStyle: z.enum(GREETING_STYLES, 'Pick how drafts greet a client.'),
    bosses: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(100),
          name: oneLine(100, 'Boss name'),
          email: oneLine(254, 'Boss email').pipe(
            z.union([z.literal(''), z.email('Enter the boss’s email like name@example.com, or leave it empty.')]),
          ),
          away: z
            .array(
              z
                .strictObject({
                  from: z.iso.date('Write each time away as two dates, e.g. 2026-11-16 to 2026-11-20.'),
                  to: z.iso.date('Write each time away as two dates, e.g. 2026-11-16 to 2026-11-20.'),
                  note: oneLine(200, 'The note on a time away'),
                })
                .refine((p) => p.to >= p.from, 'A time away must end on or after the day it starts.'),
            )
            .max(50, 'Keep at most 50 times away per boss.')
            .optional(),
        }),
      )
      .min(1, 'Keep at least one boss.')
      .max(50),
    defaultBossId: z.string().min(1),
    setupDone: z.boolean(),
    workingDays: weekdays,
    holidays: z.array(z.iso.date('Enter holidays as dates.')).max(366, 'At most 366 holidays.'),
    workingHours: z
      .strictObject({ start: clockTime('The start of the working day'), end: clockTime('The end of the working day') })
      .refine((h) => h.start < h.end, { message: 'The working day must end after it starts.', path: ['end'] }),
    notificationsEnabled: z.boolean(),
    theme: z.enum(THEMES, 'Pick light, dark or the system’s setting.'),
    deadlineWarningBusinessDays: ranged(SETTING_RANGES.deadlineWarningBusinessDays),
    askSpacingBusinessDays: ranged(SETTING_RANGES.askSpacingBusinessDays),
    strikeLimit: ranged(SETTING_RANGES.strikeLimit),
    firstResponseAimHours: ranged(SETTING_RANGES.firstResponseAimHours),
    firstResponseLimitHours: ranged(SETTING_RANGES.firstResponseLimitHours),
    defaultClientGapDays: ranged(SETTING_RANGES.defaultClientGapDays),
    updateCadenceDays: ranged(SETTING_RANGES.updateCadenceDays),
    updatesBeforeRelaxing: ranged(SETTING_RANGES.updatesBeforeRelaxing),
    relaxedCadenceDays: ranged(SETTING_RANGES.relaxedCadenceDays),
    paddingFactor: ranged(SETTING_RANGES.paddingFactor),
    holdUpReasons: z.array(required(300, 'A reason', 'Remove empty reasons.')).max(20, 'Keep at most 20 reasons.'),
    deadlineOffers: z.array(required(300, 'An offer', 'Remove empty offers.')).max(10, 'Keep at most 10 offers.'),
    templates: z.strictObject(
      Object.fromEntries(TEMPLATE_IDS.map((k) => [k, templateSchema(TEMPLATE_LABELS[k].toLowerCase())])) as {
        [K in TemplateId]: ReturnType<typeof templateSchema>;
      },
    ),
  })
  .superRefine((s, ctx) => {
    if (s.bosses.length < 2) return;
    s.bosses.forEach((b, i) => {
      if (!b.name) ctx.addIssue({ code: 'custom', path: ['bosses', i, 'name'], message: 'Name each boss, so you can tell them apart.' });
    });
  })
  .refine((s) => s.bosses.some((b) => b.id === s.defaultBossId), {
    message: 'Pick a default boss from the list.',
    path: ['defaultBossId'],
  })
  .refine((s) => new Set(s.bosses.map((b) => b.id)).size === s.bosses.length, {
    message: 'Two bosses share an id.',
    path: ['bosses'],
  })
  .refine((s) => s.firstResponseLimitHours >= s.firstResponseAimHours, {
    message: 'The limit cannot be shorter than the aim.',
    path: ['firstResponseLimitHours'],
  })
  .refine((s) => s.relaxedCadenceDays >= s.updateCadenceDays, {
    message: 'The relaxed cadence cannot be shorter than the weekly one.',
    path: ['relaxedCadenceDays'],
  });

const locale = z
  .string()
  .min(2)
  .max(35)
  .refine((s) => {
    try {
      return Intl.getCanonicalLocales(s).length === 1;
    } catch {
      return false;
    }
  }, 'Unknown locale.');

const outgoingMail = z.strictObject({
  to: oneLine(254, 'To').pipe(z.union([z.literal(''), z.email('The client’s email address is not valid.')])),
  toName: oneLine(200, 'Name'),
  subject: oneLine(SUBJECT_MAX, 'The subject'),
  body: text().max(100_000, 'The message is too long.'),
});

export const setupAnswersSchema = z.strictObject({
  assistantName: oneLine(100, 'Your name'),
  assistantEmail: email('Your email', 'Enter your email address like name@example.com, or leave it empty.'),
  signature: text().max(1000, 'The signature must be at most 1,000 characters.'),
  bossName: oneLine(100, 'Your boss’s name'),
  bossEmail: email('Your boss’s email', 'Enter the boss’s email like name@example.com, or leave it empty.'),
  workingDays: weekdays,
});

const researchNote = z.strictObject({
  text: text().trim().min(1, 'Write the note.').max(5000, 'Keep the note under 5,000 characters.'),
  askedWhom: oneLine(200, 'Whom you asked'),
  onBehalfOf: oneLine(200, 'On whose behalf'),
  inCaseOnly: z.boolean(),
});

export const clientProfileSchema = z.strictObject({
  title: oneLine(30, 'The title').refine((s) => !/\d/u.test(s), 'A title is a word such as Ms, Mr, Dr or Prof, without numbers.'),
  greeting: z.enum(GREETING_STYLES, 'Pick how to greet them.').nullable(),
  preferredChannel: z.enum(PREFERRED_CHANNELS, 'Pick email or phone, or no preference.').nullable(),
  // Absent in profiles saved before time zones (format 6): the assistant's own.
  timeZone: z.string().max(64).refine(isClientZone, 'Pick a time zone from the list.').nullable().default(null),
});

const researchOptions = {
  colleague: required(200, 'The colleague’s name', 'Say whom you are asking.'),
  colleagueEmail: email('Their email', 'Enter their email like name@example.com, or leave it empty.'),
  question: text().trim().min(1, 'Write the question.').max(2000, 'Keep the question under 2,000 characters.'),
  includeClient: z.boolean(),
};

/** The draft as it went out (subject and body as left in the composer) and the proposal it came from. */
const usedDraft = z.strictObject({
  subject: oneLine(SUBJECT_MAX, 'The subject'),
  body: text().max(100_000, 'The message is too long.'),
  proposalId: z.string().max(100).nullable(),
});

/** The email a request or a contact came from, as readEmail answered it: bounded as the store keeps it. */
const emailOrigin = z.strictObject({
  messageId: z
    .string()
    .min(3)
    .max(MESSAGE_ID_MAX)
    .regex(/^<[^<>\s]+>$/, 'Not a Message-ID.'),
  from: z.string().max(320),
  subject: z.string().max(SUBJECT_MAX),
});

/** A record in Needs attention, by its file's name there. */
const attentionRef = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[\w.-]+$/, 'That is not a saved record.'),
});

const command = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ id, version, ...shape }, 'Send the request id and version.');
const nothing = z.undefined('This call takes no arguments.');

/** A mail server as the user types it: a host name or address, a port, and how the connection is secured. */
const mailServer = (protocol: 'IMAP' | 'SMTP') =>
  z
    .strictObject({
      host: required(
        253,
        `The ${protocol} server`,
        `Enter the ${protocol} server, such as ${protocol === 'IMAP' ? 'imap' : 'smtp'}.example.com.`,
      ).refine(
        (h) => /^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(h),
        `The ${protocol} server is a name such as ${protocol === 'IMAP' ? 'imap' : 'smtp'}.example.com, without spaces or a protocol.`,
      ),
      port: wholeNumber(`The ${protocol} port`, 1, 65535, ''),
      security: z.enum(MAIL_SECURITY, `Pick TLS, STARTTLS or none for ${protocol}.`),
    })
    .refine((server) => server.security !== 'none' || LOOPBACK.test(server.host), {
      path: ['security'],
      message: `Without TLS the password would cross the network in the clear: pick TLS or STARTTLS. None is only for a server on this computer.`,
    });
/** This computer: the only place a mail server may be reached without TLS. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The mailbox account: never its password, which travels beside it and is kept apart. */
export const mailboxAccountSchema = z.strictObject({
  address: required(254, 'The email address', 'Enter the address clients write to.').pipe(
    z.email('Enter an email address such as jo@example.com.'),
  ),
  user: required(254, 'The user name', 'Enter the user name you sign in with, often the address itself.'),
  auth: z.enum(MAIL_AUTH, 'Only password sign-in is supported.'),
  imap: mailServer('IMAP'),
  smtp: mailServer('SMTP'),
  logAutomatically: z.boolean('Say whether clients’ emails are logged automatically.'),
  offerNewSenders: z.boolean('Say whether emails from new senders are offered.'),
});

/** A password as typed: null keeps the one already saved. Not trimmed: spaces can be part of it. */
const mailPassword = z
  .string('The password must be text.')
  .max(1000, 'The password must be at most 1,000 characters.')
  .refine((p) => !/[\r\n]/.test(p), 'The password must fit on one line.')
  .nullable();
const mailboxWithPassword = z.strictObject({ account: mailboxAccountSchema, password: mailPassword });
const mailOfferRef = z.strictObject({
  offerId: z.string('Missing the message.').regex(/^[0-9a-f]{16}$/, 'That message is not on offer.'),
  version,
});
const messageKind = z.enum(CLIENT_MESSAGE_KINDS, 'Pick a kind of message.');
const bossId = z.string('Pick a boss.').min(1, 'Pick a boss.').max(100);

export const ipcArgSchemas: { [M in IpcMethod]: z.ZodType<IpcArgs<M>, unknown> } = {
  getSettings: nothing,
  getCounts: nothing,
  getToday: z.strictObject({
    bossId: z.string().min(1).max(100).nullable(),
    // An object with a key per section (not a record): an unknown key, __proto__ included, is refused by name.
    rowsPerSection: z.strictObject(
      Object.fromEntries(
        TODAY_SECTION_ORDER.map((kind) => [
          kind,
          z.number().int().min(1, 'Ask for at least one row.').max(100_000, 'Ask for at most 100,000 rows.').optional(),
        ]),
      ) as Record<TodaySectionKind, z.ZodOptional<z.ZodNumber>>,
      'Name sections of Today only.',
    ),
  }),
  listRequests: z.strictObject({
    status: z.enum(['open', 'all', 'waiting', 'parked', 'decided', 'closed'], 'Pick a status to show.'),
    bossId: z.string().min(1).max(100).nullable(),
    text: z.string().max(500, 'Search for at most 500 characters.'),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(LIST_PAGE_MAX, `Ask for at most ${LIST_PAGE_MAX} rows at a time.`),
  }),
  getRequest: z.strictObject({ id }),
  draftAsk: z.strictObject({ id, locale }),
  draftDigest: z.strictObject({ bossId, locale, only: z.array(id).max(500).nullable() }),
  draftForClient: z.strictObject({
    id,
    kind: messageKind,
    locale,
    reason: oneLine(300, 'The reason').nullable(),
    expectedBusinessDays: wholeNumber('Expected business days', 1, 60, 'days').nullable(),
    invite: z.boolean(),
    offer: oneLine(300, 'The deadline offer').nullish(),
    medium: z.enum(MEDIA, 'Pick email, call or voicemail.'),
  }),
  draftResearch: z.strictObject({ id, ...researchOptions }),
  getDraftShares: nothing,
  checkWording: z.strictObject({ id: id.nullable(), text: z.string().max(100_000, 'The text is too long to check.') }),
  getDataStatus: nothing,
  openRequestsOfClient: z.strictObject({ name: text().max(200), email: text().max(320) }),
  readEmail: z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('file'),
        fileName: z.string().max(500),
        base64: z
          .string()
          .max(EMAIL_MAX_BASE64, 'That file is larger than 20 MB, too large for an email the app can read.')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file could not be read.'),
      }),
      z.strictObject({
        kind: z.literal('text'),
        text: z.string().trim().min(1, 'Paste the email first.').max(2_000_000, 'That is too much text for one email.'),
      }),
    ],
    'Drop an email file or paste an email.',
  ),
  logRequest: z.strictObject(
    { ...requestDetailsSchema.shape, origin: emailOrigin.optional(), zone: z.string().max(64).refine(isClientZone).optional() },
    'Send the request’s details.',
  ),
  askBoss: command({ note: text().trim().max(2000, 'Keep the note under 2,000 characters.') }),
  undoAsk: command({}),
  markDigestSent: z.strictObject({
    bossId,
    requests: z.array(z.strictObject({ id, version })).min(1, 'Tick at least one request to send the digest about.').max(500),
  }),
  handOverRequests: z.strictObject({ from: bossId, to: bossId }),
  undoDigest: z.strictObject({ requests: z.array(z.strictObject({ id, version })).min(1).max(500) }),
  chooseParkOutcome: command({ outcome: z.enum(PARK_OUTCOMES, 'Pick one of the outcomes offered.') }),
  unpark: command({}),
  recordDecision: command({ decision: text().trim().min(1, 'Write down what the boss decided.').max(10_000) }),
  logClientContact: command({
    channel: z.enum(CONTACT_CHANNELS, 'Pick how the client got in touch.'),
    contactAt: contactInstant('Enter the date and time the client got in touch.'),
    note: text().trim().max(2000, 'Keep the note under 2,000 characters.'),
    needs: z.enum(CONTACT_NEEDS, 'Say what their message needs from you.'),
    email: emailOrigin.optional(),
  }),
  setClientStep: command({
    what: required(200, 'What the client owes', 'Say what the client owes us, e.g. "send the signed contract".'),
    chaseOn: z.iso.date('Pick the day you may follow up.'),
  }),
  completeClientStep: command({}),
  proposeCall: command({
    startsAt: instant('Pick the day and time of the call.'),
    minutes: wholeNumber('The call length', 5, 240, 'minutes'),
  }),
  logCall: command({
    held: z.boolean('Say whether the call took place.'),
    note: text().trim().max(2000, 'Keep the note under 2,000 characters.'),
  }),
  addNote: command({ note: researchNote }),
  reopen: command({}),
  correctDetails: command({ details: requestDetailsSchema }),
  deleteRequest: command({}),
  undoDelete: z.strictObject({ id }),
  listDeleted: nothing,
  withdraw: command({ reason: required(300, 'The reason', 'Say why the client no longer needs it.') }),
  agreeDeadline: command({
    deadline: z.iso.date('Pick the new date the client agreed.'),
    note: text().trim().max(500, 'Keep the note under 500 characters.'),
  }),
  markSent: command({ kind: messageKind, medium: z.enum(MEDIA, 'Pick email, call or voicemail.'), used: usedDraft }),
  recordResearch: command({ ...researchOptions, used: usedDraft }),
  saveClientProfile: z.strictObject({ id, profile: clientProfileSchema }),
  saveSettings: settingsSchema,
  finishSetup: setupAnswersSchema.nullable(),
  restoreBackup: z.strictObject({
    id: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[\w.-]+$/, 'That is not a backup name.'),
  }),
  dismissAttention: attentionRef,
  restoreAttention: attentionRef,
  exportAttention: attentionRef,
  copyText: z.strictObject({ text: text('Only text can be copied.').max(1_000_000, 'That is too much text to copy.') }),
  openInMail: outgoingMail,
  saveEml: outgoingMail.extend({ inviteFor: id.optional() }),
  saveCallInvite: z.strictObject({ id }),
  exportJson: nothing,
  exportCsv: z.strictObject({
    status: z.enum(['open', 'all', 'waiting', 'parked', 'decided', 'closed'], 'Pick a status to show.'),
    bossId: z.string().min(1).max(100).nullable(),
    text: z.string().max(500, 'Search for at most 500 characters.'),
  }),
  previewImport: importFile,
  importJson: importFile,
  getStartAtLogin: nothing,
  setStartAtLogin: z.strictObject({ enabled: z.boolean('Say whether to start at login: true or false.') }),
  getMailbox: nothing,
  testMailbox: mailboxWithPassword,
  saveMailbox: mailboxWithPassword,
  disconnectMailbox: nothing,
  sendMessage: command({ kind: messageKind, used: usedDraft }),
  saveToDrafts: outgoingMail,
  getMailOffers: nothing,
  checkMailNow: nothing,
  logMailOffer: mailOfferRef,
  markSentFromMailbox: mailOfferRef,
  sendAsk: command({ subject: outgoingMail.shape.subject, body: outgoingMail.shape.body }),
  recordReplyAsDecision: mailOfferRef,
  openMailOffer: mailOfferRef.pick({ offerId: true }),
  dismissMailOffer: mailOfferRef.pick({ offerId: true }),
};

/**
 * Zod issues as one message per field path, first message wins. Built through a Map, so a
 * field named `__proto__` or `valueOf` is a key like any other, never the object's prototype.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out = new Map<string, string>();
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join('.') || '_';
    if (!out.has(key)) out.set(key, message);
  };
  for (const issue of error.issues) {
    // An unexpected field is named itself, not the object that holds it.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], `“${key}” is not a field here; send only the fields this form has.`);
    } else add(issue.path, issue.message);
  }
  return Object.fromEntries(out);
}
