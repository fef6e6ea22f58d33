import { z } from 'zod';
import { CONTACT_CHANNELS } from '../domain/contact-channel';
import { MEDIA } from '../domain/draft-templates';
import { CLIENT_MESSAGE_KINDS, CONTACT_NEEDS, CORRECTABLE_FIELDS, PARK_OUTCOMES, type RequestEvent } from '../domain/events';
import type { RequestDocument } from './documents';

/**
 * What a stored request must look like to be read back. This checks structure (types,
 * instants, known kinds), not the input rules of the forms: a request logged under older,
 * looser rules is still a good record. Objects are loose: a field a newer version added to an
 * event is kept on it and written back unchanged, never stripped.
 */
const instant = z.iso.datetime({ offset: true });
const text = z.string();
// What an email put on an event; the watcher bounds each before it is written (shared/mailbox/message-id.ts).
const messageId = text.max(998).optional();
const sender = text.max(320).optional();
const emailSubject = text.max(998).optional();
const draftEdit = z.looseObject({ edited: z.boolean(), wordsChanged: z.number().int().min(0) });

const details = z.looseObject({
  client: z.looseObject({ name: text, company: text, email: text, phone: text }),
  contact: z.looseObject({ channel: z.enum(CONTACT_CHANNELS), at: instant }),
  topic: text,
  details: text,
  bossId: text,
  deadline: z.iso.date().nullable(),
});

const event = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('logged'), at: instant, request: details, messageId, from: sender, subject: emailSubject }),
  z.looseObject({ type: z.literal('asked'), at: instant, note: text, messageId }),
  z.looseObject({ type: z.literal('ask-undone'), at: instant }),
  z.looseObject({ type: z.literal('parked'), at: instant, strikeLimit: z.number().int().min(1) }),
  z.looseObject({ type: z.literal('park-outcome-chosen'), at: instant, outcome: z.enum(PARK_OUTCOMES), returnsOn: instant.nullable() }),
  z.looseObject({ type: z.literal('unparked'), at: instant }),
  z.looseObject({ type: z.literal('decided'), at: instant, decision: text }),
  z.looseObject({
    type: z.literal('client-contacted'),
    at: instant,
    channel: z.enum(CONTACT_CHANNELS),
    contactAt: instant,
    note: text,
    chased: z.boolean(),
    needs: z.enum(CONTACT_NEEDS).optional(),
    messageId,
    from: sender,
    subject: emailSubject,
  }),
  z.looseObject({
    type: z.literal('client-message-sent'),
    at: instant,
    kind: z.enum(CLIENT_MESSAGE_KINDS),
    subject: text,
    body: text.optional(),
    medium: z.enum(MEDIA).optional(),
    edit: draftEdit.optional(),
    promised: instant.optional(),
    messageId,
    sentAt: instant.optional(),
  }),
  z.looseObject({ type: z.literal('reopened'), at: instant }),
  z.looseObject({ type: z.literal('client-step-set'), at: instant, what: text, chaseOn: instant }),
  z.looseObject({ type: z.literal('client-step-done'), at: instant }),
  z.looseObject({ type: z.literal('call-proposed'), at: instant, startsAt: instant, minutes: z.number().int().positive() }),
  z.looseObject({ type: z.literal('call-logged'), at: instant, held: z.boolean(), note: text }),
  z.looseObject({
    type: z.literal('note-added'),
    at: instant,
    note: z.looseObject({ text, askedWhom: text, onBehalfOf: text, inCaseOnly: z.boolean() }),
    edit: draftEdit.optional(),
  }),
  z.looseObject({
    type: z.literal('corrected'),
    at: instant,
    details,
    changes: z.array(z.looseObject({ field: z.enum(CORRECTABLE_FIELDS), from: text, to: text })),
  }),
  z.looseObject({ type: z.literal('withdrawn'), at: instant, reason: text }),
  z.looseObject({ type: z.literal('deadline-agreed'), at: instant, deadline: z.iso.date(), note: text }),
]) satisfies z.ZodType<RequestEvent>;

/** One event as the store reads it back: the service checks each new event with it before writing. */
export const eventSchema = event;

export const requestDocumentSchema = z
  .object({
    id: z.string().min(1),
    rev: z.number().int().min(1),
    events: z.array(event).min(1, 'There are no events.'),
  })
  // An empty list is said above; it has no first event to be wrong.
  .refine((d) => d.events.length === 0 || d.events[0]!.type === 'logged', {
    message: 'The first event must be "logged".',
    path: ['events', 0, 'type'],
  })
  .refine((d) => d.rev === d.events.length, {
    message: 'The revision does not match the number of events.',
    path: ['rev'],
  }) satisfies z.ZodType<RequestDocument>;

/** A zod error as one sentence naming where: "events.2.at: Invalid ISO datetime". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? `${where(i.path)}: ` : ''}${i.message}`)
    .join('; ');
}

/** "event 1, at" rather than "events.0.at": where a user (or whoever mends the file) looks. */
export function where(path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  if (head === 'events' && typeof index === 'number') return [`event ${index + 1}`, ...rest.map(String)].join(', ');
  return path.map(String).join('.');
}
