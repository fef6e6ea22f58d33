import type { ContactChannel } from './contact-channel';

export type RequestId = string;

export interface Client {
  name: string;
  company: string;
  email: string;
  phone: string;
}

/** What the assistant types when logging a request; fixed at logging time. */
export interface RequestDetails {
  client: Client;
  /** How and exactly when the client reached us; drafts quote both. */
  contact: { channel: ContactChannel; at: string };
  topic: string;
  details: string;
  bossId: string;
  /** The client's own deadline (a calendar day, yyyy-MM-dd), if they gave one. */
  deadline: string | null;
}

export type RequestStatus = 'waiting' | 'parked' | 'decided' | 'closed';
