import { describe, expect, it } from 'vitest';
import { DomainError, StaleVersionError } from '../../shared/domain/domain-error';
import { validateNewRequest } from '../../shared/rules/new-request';
import { requestDetails, settings } from '../support/fixtures';

// What a refusal carries to the screen: its message, and the message beside each field at fault.
const STALE = 'This request changed meanwhile; it now shows how it stands.';

describe('a refusal', () => {
  it('is a DomainError, named so in the log, with field messages when given', () => {
    const error = new DomainError('Pick a boss.', { bossId: 'Pick a boss from the list.' });
    expect([error.name, error.message, error.fieldErrors]).toEqual([
      'DomainError',
      'Pick a boss.',
      { bossId: 'Pick a boss from the list.' },
    ]);
  });

  it('for a stale version says so beside the version, or beside the field named', () => {
    const stale = new StaleVersionError();
    expect([stale.name, stale.message, stale.fieldErrors]).toEqual(['StaleVersionError', STALE, { version: STALE }]);
    expect(new StaleVersionError('items.0.version').fieldErrors).toEqual({ 'items.0.version': STALE });
    expect(stale).toBeInstanceOf(DomainError);
  });
});

describe('logging a request: what only the clock and Settings can check', () => {
  const now = new Date('2026-11-02T09:00:00.000Z');
  const config = settings();

  it('takes a contact at this very minute', () => {
    expect(() =>
      validateNewRequest(requestDetails({ contact: { channel: 'phone', at: '2026-11-02T09:00:00.000Z' } }), config, now),
    ).not.toThrow();
  });

  it('refuses a contact time in the future, beside the field', () => {
    expect(() =>
      validateNewRequest(requestDetails({ contact: { channel: 'phone', at: '2026-11-02T09:01:00.000Z' } }), config, now),
    ).toThrow(
      new DomainError('The contact time is in the future. Enter when the client actually got in touch.', {
        'contact.at': 'This is in the future. Enter when the client actually got in touch.',
      }),
    );
  });

  it('refuses a boss not in Settings, beside the field', () => {
    expect(() => validateNewRequest(requestDetails({ bossId: 'gone' }), config, now)).toThrow(
      new DomainError('That boss is no longer in Settings. Pick one from the list.', { bossId: 'Pick a boss from the list.' }),
    );
  });
});
