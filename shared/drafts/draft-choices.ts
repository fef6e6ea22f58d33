import type { ClientProfile } from '../clients/client-profile';
import { isScripted, type Medium } from '../domain/draft-templates';
import type { ClientMessageKind } from '../domain/events';
import type { RequestState } from '../domain/request-state';
import { closingNoteOffered } from '../rules/closing-note';

/** One message the client can be sent now, and the ways it can go. The first medium is the one to start with. */
export interface DraftChoice {
  kind: ClientMessageKind;
  media: Medium[];
}

/**
 * The messages this request can use now, most pressing first. A client who reached us by phone
 * or voicemail (at first or since), or who prefers the phone, is also offered the scripted ones
 * as a call and a voicemail. The call comes first when they prefer the phone. With no email
 * address, the scripted messages come as a call and a voicemail only (the email draft says
 * how to add the address).
 */
export function draftChoices(state: RequestState, profile: ClientProfile): DraftChoice[] {
  const kinds: ClientMessageKind[] = [];
  if (state.status === 'closed') return closingNoteOffered(state) ? [{ kind: 'closing', media: ['email'] }] : [];
  // Decided, the answer comes first; an acknowledgement or reply can still be sent, after it in the list.
  if (state.status === 'decided') kinds.push('answer');
  if (!state.acknowledgedAt) kinds.push('acknowledgement');
  else if (state.replyOwed) kinds.push('reply');
  if (state.status === 'waiting' || state.status === 'parked') kinds.push('update');
  if (state.clientStep) kinds.push('follow-up');
  if (state.call) kinds.push('call-proposal');
  const prefersPhone = profile.preferredChannel === 'phone';
  const byPhone = prefersPhone || state.inbound.some((c) => c.channel === 'phone' || c.channel === 'voicemail');
  const noEmail = !state.details.client.email.trim();
  // Without an address the scripts are what can be used; an email draft would have nowhere to go.
  if (noEmail) return kinds.map((kind) => ({ kind, media: isScripted(kind) ? ['call', 'voicemail'] : ['email'] }));
  const scripted: Medium[] = prefersPhone ? ['call', 'voicemail', 'email'] : ['email', 'call', 'voicemail'];
  return kinds.map((kind) => ({ kind, media: byPhone && isScripted(kind) ? scripted : ['email'] }));
}
