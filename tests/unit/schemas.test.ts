import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { fieldErrorsOf, ipcArgSchemas, requestDetailsSchema, settingsSchema } from '../../shared/ipc/schemas';
import { requestDetails } from '../support/fixtures';

function errorsFor(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe('the new-request schema', () => {
  it('accepts a complete request and trims what was typed', () => {
    const parsed = requestDetailsSchema.parse(requestDetails({ topic: '  the gala  ' }));
    expect(parsed.topic).toBe('the gala');
  });

  it.each([
    ['client.name', { client: { ...requestDetails().client, name: '   ' } }, 'Enter the client’s name.'],
    [
      'client.email',
      { client: { ...requestDetails().client, email: 'jane at acme' } },
      'Enter an email address like name@example.com, or leave it empty.',
    ],
    [
      'client.phone',
      { client: { ...requestDetails().client, phone: 'call me' } },
      'Enter a phone number using digits, spaces and + ( ) - only, or leave it empty.',
    ],
    ['contact.channel', { contact: { channel: 'fax', at: '2026-11-02T08:30:00Z' } }, 'Pick how the client got in touch.'],
    ['contact.at', { contact: { channel: 'email', at: '2 Nov' } }, 'Enter the date and time the client got in touch.'],
    ['topic', { topic: '' }, 'Enter the topic in one line.'],
    ['topic', { topic: 'two\nlines' }, 'Topic must fit on one line.'],
    ['topic', { topic: 'x'.repeat(201) }, 'Topic must be at most 200 characters.'],
    ['deadline', { deadline: '31/12/2026' }, 'Enter the deadline as a date, or leave it empty.'],
    ['bossId', { bossId: '' }, 'Pick the boss who decides this.'],
  ])('rejects a bad %s with a message that says what to fix', (path, overrides, message) => {
    expect(errorsFor(requestDetailsSchema, requestDetails(overrides as never))[path]).toBe(message);
  });

  it('accepts empty optional fields', () => {
    const client = { name: 'Jane', company: '', email: '', phone: '' };
    expect(requestDetailsSchema.safeParse(requestDetails({ client, deadline: null })).success).toBe(true);
  });
});

describe('the settings schema', () => {
  it('accepts the defaults', () => {
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it.each([
    ['askSpacingBusinessDays', { askSpacingBusinessDays: 0 }, 'Ask spacing must be between 1 and 5 business days.'],
    ['askSpacingBusinessDays', { askSpacingBusinessDays: 6 }, 'Ask spacing must be between 1 and 5 business days.'],
    ['askSpacingBusinessDays', { askSpacingBusinessDays: 1.5 }, 'Ask spacing must be a whole number of business days.'],
    ['askSpacingBusinessDays', { askSpacingBusinessDays: Number.NaN }, 'Ask spacing must be a number.'],
    ['strikeLimit', { strikeLimit: 11 }, 'The strike limit must be between 1 and 10.'],
    ['bosses', { bosses: [] }, 'Keep at least one boss.'],
    [
      'bosses.1.name',
      {
        bosses: [
          { id: 'boss-1', name: 'Alex', email: '' },
          { id: 'boss-2', name: ' ', email: '' },
        ],
      },
      'Name each boss, so you can tell them apart.',
    ],
    ['defaultBossId', { defaultBossId: 'nobody' }, 'Pick a default boss from the list.'],
    [
      'bosses.0.email',
      { bosses: [{ id: 'boss-1', name: 'Alex', email: 'alex at home' }] },
      'Enter the boss’s email like name@example.com, or leave it empty.',
    ],
    ['workingDays', { workingDays: [] }, 'Pick at least one working day.'],
    ['workingHours.end', { workingHours: { start: '17:00', end: '09:00' } }, 'The working day must end after it starts.'],
    ['workingHours.start', { workingHours: { start: '9am', end: '17:00' } }, 'The start of the working day must be a time like 09:00.'],
    ['holidays.0', { holidays: ['25/12/2026'] }, 'Enter holidays as dates.'],
    ['deadlineWarningBusinessDays', { deadlineWarningBusinessDays: 0 }, 'The deadline warning must be between 1 and 20 business days.'],
    ['firstResponseLimitHours', { firstResponseAimHours: 4, firstResponseLimitHours: 2 }, 'The limit cannot be shorter than the aim.'],
    ['relaxedCadenceDays', { updateCadenceDays: 7, relaxedCadenceDays: 5 }, 'The relaxed cadence cannot be shorter than the weekly one.'],
    ['paddingFactor', { paddingFactor: 0.5 }, 'The padding factor must be between 1 and 5.'],
  ])('rejects a bad %s', (path, overrides, message) => {
    expect(errorsFor(settingsSchema, { ...DEFAULT_SETTINGS, ...overrides })[path]).toBe(message);
  });
});

describe('every IPC payload schema', () => {
  const v = { id: 'r1', version: 1 };
  it.each([
    ['getCounts', { sneaky: true }, '_', 'This call takes no arguments.'],
    ['getRequest', {}, 'id', 'Missing request id.'],
    ['getRequest', { id: '' }, 'id', 'Missing request id.'],
    ['askBoss', { id: 'r1', note: '' }, 'version', 'Missing the request version.'],
    ['askBoss', { ...v, version: 1.5, note: '' }, 'version', 'The request version must be a whole number.'],
    ['askBoss', { ...v, note: 'x'.repeat(2001) }, 'note', 'Keep the note under 2,000 characters.'],
    ['chooseParkOutcome', { ...v, outcome: 'forever' }, 'outcome', 'Pick one of the outcomes offered.'],
    ['unpark', null, '_', 'Send the request id and version.'],
    ['recordDecision', { ...v, decision: '   ' }, 'decision', 'Write down what the boss decided.'],
    [
      'draftForClient',
      { id: 'r1', kind: 'update', locale: 'not a locale!', reason: null, expectedBusinessDays: null, invite: true },
      'locale',
      'Unknown locale.',
    ],
    [
      'draftForClient',
      { id: 'r1', kind: 'threat', locale: 'en-GB', reason: null, expectedBusinessDays: null, invite: true },
      'kind',
      'Pick a kind of message.',
    ],
    [
      'logClientContact',
      { ...v, channel: 'email', contactAt: 'yesterday', note: '' },
      'contactAt',
      'Enter the date and time the client got in touch.',
    ],
    ['setClientStep', { ...v, what: '', chaseOn: '2026-11-13' }, 'what', 'Say what the client owes us, e.g. "send the signed contract".'],
    ['setClientStep', { ...v, what: 'sign', chaseOn: '13/11/2026' }, 'chaseOn', 'Pick the day you may follow up.'],
    [
      'proposeCall',
      { ...v, startsAt: '2026-11-10T14:00:00Z', minutes: 0 },
      'minutes',
      'The call length must be between 5 and 240 minutes.',
    ],
    ['addNote', { ...v, note: { text: '', askedWhom: '', onBehalfOf: '', inCaseOnly: true } }, 'note.text', 'Write the note.'],
    [
      'markSent',
      { ...v, kind: 'update', medium: 'email', used: { subject: 'two\nlines', body: '', proposalId: null } },
      'used.subject',
      'The subject must fit on one line.',
    ],
    [
      'openInMail',
      { to: 'x@y.example', toName: '', subject: 'Hi\r\nBcc: evil@example.com', body: '' },
      'subject',
      'The subject must fit on one line.',
    ],
    ['saveEml', { to: 'not an address', toName: '', subject: 'Hi', body: '' }, 'to', 'The client’s email address is not valid.'],
    ['copyText', { text: 42 }, 'text', 'Only text can be copied.'],
    ['logRequest', 'DROP TABLE', '_', 'Send the request’s details.'],
    ['saveSettings', { ...DEFAULT_SETTINGS, strikeLimit: '3' }, 'strikeLimit', 'The strike limit must be a number.'],
    ['markDigestSent', { bossId: 'boss-1', requests: [] }, 'requests', 'Tick at least one request to send the digest about.'],
    ['draftDigest', { bossId: '', locale: 'en-GB', only: null }, 'bossId', 'Pick a boss.'],
    ['undoAsk', { id: '', version: 1 }, 'id', 'Missing request id.'],
  ] as const)('%s rejects %j at %s', (method, payload, path, message) => {
    expect(errorsFor(ipcArgSchemas[method], payload)).toMatchObject({ [path]: message });
  });

  it('has a schema for every method of the contract', async () => {
    const { IPC_METHODS } = await import('../../shared/ipc/contract');
    expect(Object.keys(ipcArgSchemas).sort()).toEqual([...IPC_METHODS].sort());
  });
});
