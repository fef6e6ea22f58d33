import { createEvent } from 'ics';
import type { RequestState } from '../../shared/domain/request-state';
import type { Settings } from '../../shared/domain/settings';

/**
 * A calendar invitation (RFC 5545) for the call proposed on a request, built with the `ics`
 * library. With the assistant's email in Settings it is a REQUEST with them as organiser
 * and the client as attendee; without it, a PUBLISH that calendars simply import.
 */
/**
 * RFC 5545 lets a parameter value (the CN of an attendee) hold anything but a double quote, and
 * the ics library quotes it without escaping one: a client called Jane "JD" Doe would end the
 * name early and the rest would be read as parameters. Straight quotes become single quotes.
 */
const parameterSafe = (name: string) => name.replace(/"/g, "'");

/** The METHOD the invitation carries: a REQUEST needs an organiser to reply to. */
export const inviteMethod = (settings: Settings): 'REQUEST' | 'PUBLISH' => (settings.assistantEmail ? 'REQUEST' : 'PUBLISH');

export function buildCallInvite(state: RequestState, settings: Settings): string {
  const { call, details } = state;
  if (!call) throw new Error('No call has been proposed on this request.');
  const organiser = settings.assistantEmail
    ? { name: parameterSafe(settings.assistantName || settings.assistantEmail), email: settings.assistantEmail }
    : null;
  const { error, value } = createEvent({
    uid: `${state.id}-${new Date(call.startsAt).getTime()}@follow-through`,
    productId: 'follow-through/calendar',
    method: inviteMethod(settings),
    start: new Date(call.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: call.minutes },
    title: `Call: ${details.topic}`,
    description: [`About ${details.topic}.`, details.client.phone ? `Phone: ${details.client.phone}` : ''].filter(Boolean).join('\n'),
    ...(organiser ? { organizer: organiser } : {}),
    attendees: details.client.email
      ? [
          {
            name: parameterSafe(details.client.name),
            email: details.client.email,
            rsvp: true,
            role: 'REQ-PARTICIPANT',
            partstat: 'NEEDS-ACTION',
          },
        ]
      : [],
  });
  if (error || !value) throw new Error(`Could not build the invitation: ${error?.message ?? 'unknown error'}`);
  return value;
}
