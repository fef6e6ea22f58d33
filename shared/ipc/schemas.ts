import { z } from 'zod';
import { CONTACT_CHANNELS } from '../domain/contact-channel';
import { CLIENT_MESSAGE_KINDS, CLIENT_MESSAGE_LABELS, PARK_OUTCOMES } from '../domain/events';
import { PLACEHOLDERS, unknownPlaceholders } from '../drafts/template';
import type { IpcArgs, IpcMethod } from './contract';

/**
 * Payload schemas for every IPC method. Main validates each payload with these at the
 * boundary (the renderer is untrusted); the renderer reuses them to show inline messages
 * before sending. Messages say what to fix.
 */

const id = z.string().trim().min(1, 'Missing request id.').max(100);
const oneLine = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((s) => !/[\r\n]/.test(s), `${label} must fit on one line.`);
const required = (max: number, label: string, message: string) => oneLine(max, label).pipe(z.string().min(1, message));
const instant = (message: string) => z.iso.datetime({ offset: true, error: message });
const wholeNumber = (label: string, min: number, max: number, unit: string) =>
  z
    .number(`${label} must be a number.`)
    .int(`${label} must be a whole number${unit ? ` of ${unit}` : ''}.`)
    .min(min, `${label} must be between ${min} and ${max}${unit ? ` ${unit}` : ''}.`)
    .max(max, `${label} must be between ${min} and ${max}${unit ? ` ${unit}` : ''}.`);

const clockTime = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time like 09:00.`);

export const requestDetailsSchema = z.object({
  client: z.object({
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
  contact: z.object({
    channel: z.enum(CONTACT_CHANNELS, 'Pick how the client got in touch.'),
    at: instant('Enter the date and time the client got in touch.'),
  }),
  topic: required(200, 'Topic', 'Enter the topic in one line.'),
  details: z.string().trim().max(10_000, 'Details must be at most 10,000 characters.'),
  bossId: z.string().min(1, 'Pick the boss who decides this.').max(100),
  deadline: z.iso.date('Enter the deadline as a date, or leave it empty.').nullable(),
});

const templateSchema = (label: string) =>
  z
    .object({
      subject: oneLine(200, `The ${label} subject`),
      body: z.string().max(5000, `The ${label} template must be at most 5,000 characters.`),
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
  .object({
    assistantName: oneLine(100, 'Your name'),
    assistantEmail: oneLine(254, 'Your email').pipe(
      z.union([z.literal(''), z.email('Enter your email address like name@example.com, or leave it empty.')]),
    ),
    signature: z.string().max(1000, 'The signature must be at most 1,000 characters.'),
    bosses: z
      .array(
        z.object({
          id: z.string().min(1).max(100),
          name: required(100, 'Boss name', 'Every boss needs a name.'),
          email: oneLine(254, 'Boss email').pipe(
            z.union([z.literal(''), z.email('Enter the boss’s email like name@example.com, or leave it empty.')]),
          ),
        }),
      )
      .min(1, 'Keep at least one boss.')
      .max(50),
    defaultBossId: z.string().min(1),
    workingDays: z
      .array(z.number().int().min(0).max(6))
      .min(1, 'Pick at least one working day.')
      .refine((days) => new Set(days).size === days.length, 'Each working day once.'),
    holidays: z.array(z.iso.date('Enter holidays as dates.')).max(366, 'At most 366 holidays.'),
    workingHours: z
      .object({ start: clockTime('The start of the working day'), end: clockTime('The end of the working day') })
      .refine((h) => h.start < h.end, { message: 'The working day must end after it starts.', path: ['end'] }),
    notificationsEnabled: z.boolean(),
    deadlineWarningBusinessDays: wholeNumber('The deadline warning', 1, 20, 'business days'),
    askSpacingBusinessDays: wholeNumber('Ask spacing', 1, 5, 'business days'),
    strikeLimit: wholeNumber('The strike limit', 1, 10, ''),
    firstResponseAimHours: wholeNumber('The first-response aim', 1, 24, 'hours'),
    firstResponseLimitHours: wholeNumber('The first-response limit', 1, 72, 'hours'),
    defaultClientGapDays: wholeNumber('The usual client gap', 1, 60, 'days'),
    updateCadenceDays: wholeNumber('The update cadence', 1, 30, 'days'),
    updatesBeforeRelaxing: wholeNumber('Updates before relaxing', 1, 20, ''),
    relaxedCadenceDays: wholeNumber('The relaxed cadence', 1, 60, 'days'),
    paddingFactor: z
      .number('The padding factor must be a number.')
      .min(1, 'The padding factor must be between 1 and 5.')
      .max(5, 'The padding factor must be between 1 and 5.'),
    holdUpReasons: z.array(required(300, 'A reason', 'Remove empty reasons.')).max(20, 'Keep at most 20 reasons.'),
    templates: z.object(
      Object.fromEntries(CLIENT_MESSAGE_KINDS.map((k) => [k, templateSchema(CLIENT_MESSAGE_LABELS[k].toLowerCase())])) as {
        [K in (typeof CLIENT_MESSAGE_KINDS)[number]]: ReturnType<typeof templateSchema>;
      },
    ),
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

const outgoingMail = z.object({
  to: oneLine(254, 'To').pipe(z.union([z.literal(''), z.email('The client’s email address is not valid.')])),
  toName: oneLine(200, 'Name'),
  subject: oneLine(300, 'The subject'),
  body: z.string().max(100_000, 'The message is too long.'),
});

export const ipcArgSchemas: { [M in IpcMethod]: z.ZodType<IpcArgs<M>, unknown> } = {
  getOverview: z.undefined(),
  getRequest: z.object({ id }),
  logRequest: requestDetailsSchema,
  askBoss: z.object({ id, note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.') }),
  undoAsk: z.object({ id }),
  draftAsk: z.object({ id, locale }),
  draftDigest: z.object({ bossId: z.string().min(1).max(100), locale, only: z.array(id).max(500).nullable() }),
  markDigestSent: z.object({
    bossId: z.string().min(1).max(100),
    requestIds: z.array(id).min(1, 'Tick at least one request to send the digest about.').max(500),
  }),
  chooseParkOutcome: z.object({ id, outcome: z.enum(PARK_OUTCOMES, 'Pick one of the three outcomes.') }),
  unpark: z.object({ id }),
  recordDecision: z.object({
    id,
    decision: z.string().trim().min(1, 'Write down what the boss decided.').max(10_000),
  }),
  logClientContact: z.object({
    id,
    channel: z.enum(CONTACT_CHANNELS, 'Pick how the client got in touch.'),
    contactAt: instant('Enter the date and time the client got in touch.'),
    note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.'),
  }),
  setClientStep: z.object({
    id,
    what: required(200, 'What the client owes', 'Say what the client owes us, e.g. "send the signed contract".'),
    chaseOn: z.iso.date('Pick the day you may follow up.'),
  }),
  completeClientStep: z.object({ id }),
  proposeCall: z.object({
    id,
    startsAt: instant('Pick the day and time of the call.'),
    minutes: wholeNumber('The call length', 5, 240, 'minutes'),
  }),
  addNote: z.object({
    id,
    note: z.object({
      text: z.string().trim().min(1, 'Write the note.').max(5000),
      askedWhom: oneLine(200, 'Whom you asked'),
      onBehalfOf: oneLine(200, 'On whose behalf'),
      inCaseOnly: z.boolean(),
    }),
  }),
  reopen: z.object({ id }),
  markSent: z.object({ id, kind: z.enum(CLIENT_MESSAGE_KINDS), subject: oneLine(300, 'The subject') }),
  draftForClient: z.object({
    id,
    kind: z.enum(CLIENT_MESSAGE_KINDS),
    locale,
    reason: oneLine(300, 'The reason').nullable(),
    expectedBusinessDays: wholeNumber('Expected business days', 1, 60, 'days').nullable(),
    invite: z.boolean(),
  }),
  copyText: z.object({ text: z.string().max(1_000_000) }),
  openInMail: outgoingMail,
  saveEml: outgoingMail,
  saveCallInvite: z.object({ id }),
  saveSettings: settingsSchema,
};

/** Zod issues as one message per field path, first message wins. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
