import { DomainError } from '../domain/domain-error';
import type { RequestDetails } from '../domain/request';
import type { Settings } from '../domain/settings';

/** Checks that need the clock or the settings; the payload's shape is checked by its schema. */
export function validateNewRequest(details: RequestDetails, settings: Settings, now: Date): void {
  if (new Date(details.contact.at) > now) {
    throw new DomainError('The contact time is in the future. Enter when the client actually got in touch.', {
      'contact.at': 'This is in the future. Enter when the client actually got in touch.',
    });
  }
  if (!settings.bosses.some((b) => b.id === details.bossId)) {
    throw new DomainError('That boss is no longer in Settings. Pick one from the list.', {
      bossId: 'Pick a boss from the list.',
    });
  }
}
