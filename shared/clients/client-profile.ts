import type { GreetingStyle } from './greeting';
import type { ClientZone } from './time-zone';

/**
 * What the assistant keeps about a client across all their requests: how to address them and
 * how they like to be reached. Kept by client key, so every request from them uses it.
 */
export interface ClientProfile {
  /** "Ms", "Dr": for the title-and-surname greeting when the name does not carry one. */
  title: string;
  /** null: the greeting style from Settings. */
  greeting: GreetingStyle | null;
  /** null: no preference. Phone means their messages are also offered as call and voicemail scripts. */
  preferredChannel: PreferredChannel | null;
  /**
   * Where they are, when it is not where the assistant is: drafts give times on their clock and
   * read their deadline on their calendar. Set from an email's Date offset, or picked by hand.
   */
  timeZone: ClientZone;
}

export const PREFERRED_CHANNELS = ['email', 'phone'] as const;
export type PreferredChannel = (typeof PREFERRED_CHANNELS)[number];

export const EMPTY_PROFILE: ClientProfile = { title: '', greeting: null, preferredChannel: null, timeZone: null };

export const isEmptyProfile = (p: ClientProfile) => !p.title && p.greeting === null && p.preferredChannel === null && p.timeZone === null;
