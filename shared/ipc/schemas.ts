import { z } from 'zod';
import { CONTACT_CHANNELS } from '../domain/contact-channel';
import { PARK_OUTCOMES } from '../domain/events';
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

export const requestDetailsSchema = z.object({
  client: z.object({
    name: oneLine(200, 'Client name').pipe(z.string().min(1, 'Enter the client’s name.')),
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
    at: z.iso.datetime({ offset: true, error: 'Enter the date and time the client got in touch.' }),
  }),
  topic: oneLine(200, 'Topic').pipe(z.string().min(1, 'Enter the topic in one line.')),
  details: z.string().trim().max(10_000, 'Details must be at most 10,000 characters.'),
  bossId: z.string().min(1, 'Pick the boss who decides this.').max(100),
  deadline: z.iso.date('Enter the deadline as a date, or leave it empty.').nullable(),
});

const bossSchema = z.object({
  id: z.string().min(1).max(100),
  name: oneLine(100, 'Boss name').pipe(z.string().min(1, 'Every boss needs a name.')),
});

export const settingsSchema = z
  .object({
    assistantName: oneLine(100, 'Your name'),
    signature: z.string().max(1000, 'The signature must be at most 1,000 characters.'),
    bosses: z.array(bossSchema).min(1, 'Keep at least one boss.').max(50),
    defaultBossId: z.string().min(1),
    askSpacingBusinessDays: z
      .number('Ask spacing must be a number.')
      .int('Ask spacing must be a whole number of business days.')
      .min(1, 'Ask spacing must be between 1 and 5 business days.')
      .max(5, 'Ask spacing must be between 1 and 5 business days.'),
    strikeLimit: z
      .number('The strike limit must be a number.')
      .int('The strike limit must be a whole number.')
      .min(1, 'The strike limit must be between 1 and 10.')
      .max(10, 'The strike limit must be between 1 and 10.'),
    defaultClientGapDays: z.number().int().min(1, 'The client gap must be at least 1 day.').max(60),
    updateCadenceDays: z.number().int().min(1, 'Updates must be at least a day apart.').max(60),
  })
  .refine((s) => s.bosses.some((b) => b.id === s.defaultBossId), {
    message: 'Pick a default boss from the list.',
    path: ['defaultBossId'],
  })
  .refine((s) => new Set(s.bosses.map((b) => b.id)).size === s.bosses.length, {
    message: 'Two bosses share an id.',
    path: ['bosses'],
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

export const ipcArgSchemas: { [M in IpcMethod]: z.ZodType<IpcArgs<M>, unknown> } = {
  getOverview: z.undefined(),
  getRequest: z.object({ id }),
  logRequest: requestDetailsSchema,
  askBoss: z.object({ id, note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.') }),
  chooseParkOutcome: z.object({ id, outcome: z.enum(PARK_OUTCOMES, 'Pick one of the three outcomes.') }),
  unpark: z.object({ id }),
  recordDecision: z.object({
    id,
    decision: z.string().trim().min(1, 'Write down what the boss decided.').max(10_000),
  }),
  draftClientUpdate: z.object({ id, locale }),
  copyText: z.object({ text: z.string().max(1_000_000) }),
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
