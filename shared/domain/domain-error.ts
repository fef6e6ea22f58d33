import { STALE_MESSAGE } from '../ipc/result';

/**
 * A rule said no. The message is shown to the user as it is, so it says what to do;
 * `fieldErrors` (keyed by the field's dotted path) put it next to the field at fault.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The command was built from an older version of the request than the one stored. */
export class StaleVersionError extends DomainError {
  /** `field`: the payload path of the version that is out of date. */
  constructor(field = 'version') {
    super(STALE_MESSAGE, { [field]: STALE_MESSAGE });
    this.name = 'StaleVersionError';
  }
}
