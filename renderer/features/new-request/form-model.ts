import type { ContactChannel } from '../../../shared/domain/contact-channel';
import type { EmailOrigin } from '../../../shared/email/email-prefill';
import type { RequestDetails } from '../../../shared/domain/request';
import type { Settings } from '../../../shared/domain/settings';
import { requestDetailsSchema } from '../../../shared/ipc/schemas';
import { toDateTimeLocal } from '../../ui/format';
import { schemaResolver } from '../../ui/schema-resolver';

/** What the inputs hold, as typed: strings, so nothing the user typed is ever lost. */
export interface NewRequestForm {
  name: string;
  company: string;
  email: string;
  phone: string;
  channel: ContactChannel;
  contactAt: string;
  topic: string;
  details: string;
  bossId: string;
  deadline: string;
  /** The email it was filled in from, as main read it: kept with the request, never typed. */
  origin?: EmailOrigin | null;
  /** The sender's time zone, when their email's Date said it is not ours: the client's, if they have none yet. */
  zone?: string | null;
}

export function emptyForm(settings: Settings, asOf: string): NewRequestForm {
  return {
    name: '',
    company: '',
    email: '',
    phone: '',
    channel: 'email',
    contactAt: toDateTimeLocal(asOf),
    topic: '',
    details: '',
    bossId: settings.defaultBossId,
    deadline: '',
  };
}

/** A logged request's details as the form holds them, for correcting them. */
export function formFromDetails(details: RequestDetails): NewRequestForm {
  return {
    name: details.client.name,
    company: details.client.company,
    email: details.client.email,
    phone: details.client.phone,
    channel: details.contact.channel,
    contactAt: toDateTimeLocal(details.contact.at),
    topic: details.topic,
    details: details.details,
    bossId: details.bossId,
    deadline: details.deadline ?? '',
  };
}

/** The form checked by the same schema main applies, each message on its own field. */
export const requestFormResolver = schemaResolver<NewRequestForm, RequestDetails>(
  requestDetailsSchema,
  toRequestDetails,
  (path) => FIELD_FOR_PATH[path] ?? null,
);

export function toRequestDetails(form: NewRequestForm): RequestDetails {
  const contact = new Date(form.contactAt);
  return {
    client: { name: form.name, company: form.company, email: form.email, phone: form.phone },
    // An unparseable time becomes '' so the schema reports it against the field.
    contact: { channel: form.channel, at: Number.isNaN(contact.getTime()) ? '' : contact.toISOString() },
    topic: form.topic,
    details: form.details,
    bossId: form.bossId,
    deadline: form.deadline || null,
  };
}

/** Schema paths (client.name) to the input they belong to (name). */
export const FIELD_FOR_PATH: Record<string, keyof NewRequestForm> = {
  'client.name': 'name',
  'client.company': 'company',
  'client.email': 'email',
  'client.phone': 'phone',
  'contact.channel': 'channel',
  'contact.at': 'contactAt',
  topic: 'topic',
  details: 'details',
  bossId: 'bossId',
  deadline: 'deadline',
};

export function errorsByField(fieldErrors: Record<string, string>): Partial<Record<keyof NewRequestForm, string>> {
  const out: Partial<Record<keyof NewRequestForm, string>> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = FIELD_FOR_PATH[path];
    if (field) out[field] ??= message;
  }
  return out;
}
