import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
const clock = new SettableClock(new Date('2026-11-04T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-files-'));
  clock.set(new Date('2026-11-04T10:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('.eml files, read back with a real email parser', () => {
  it('are UTF-8, addressed, marked unsent, dated by the app clock, with the body as typed', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Sam Pătel', assistantEmail: 'sam@follow.example' });
    const body = 'Dear Zoë,\n\nThe café booking — confirmed.\nSee you on Tuesday.\n\nKind regards,\nSam';
    const saved = unwrap(
      await handlers.saveEml({ to: 'zoe@acme.example', toName: 'Zoë Ångström', subject: 'Update on the café — booking', body }),
    );
    expect(saved?.path).toBe(path.join(dir, 'exports', 'Update on the café booking.eml'));

    const raw = readFileSync(saved!.path);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Update on the café — booking');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([{ name: 'Zoë Ångström', address: 'zoe@acme.example' }]);
    expect(mail.from?.value).toEqual([{ name: 'Sam Pătel', address: 'sam@follow.example' }]);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('x-mozilla-draft-info')).toEqual(expect.stringContaining('internal/draft'));
    expect(mail.date?.toISOString()).toBe('2026-11-04T10:00:00.000Z');
    expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe(body);
    expect(
      String(mail.headers.get('content-type') && (mail.headers.get('content-type') as { params: { charset: string } }).params.charset),
    ).toBe('utf-8');
    // RFC 5322: CRLF line ends and no raw 8-bit bytes in the headers.
    const headerBlock = raw.toString('latin1').split('\r\n\r\n')[0]!;
    expect(headerBlock).not.toMatch(/[\u0080-\u00ff]/);
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
  });

  it('answer null, and write nothing, when the user cancels the save dialog', async () => {
    const { handlers, system } = openTestStack(dir, clock);
    system.acceptSave = false;
    expect(await handlers.saveEml({ to: '', toName: '', subject: 'x', body: 'y' })).toEqual({ ok: true, value: null });
    expect(system.saved).toEqual([]);
  });
});

describe('opening a draft in the mail program', () => {
  it('opens a mailto: link built by the app', async () => {
    const { handlers, system } = openTestStack(dir, clock);
    expect(unwrap(await handlers.openInMail({ to: 'jane@acme.example', toName: 'Jane', subject: 'Hi', body: 'Line 1\nLine 2' }))).toEqual({
      bodyCopied: false,
    });
    expect(system.opened).toEqual(['mailto:jane@acme.example?subject=Hi&body=Line%201%0D%0ALine%202']);
  });

  it('puts a long body on the clipboard and says so', async () => {
    const { handlers, system } = openTestStack(dir, clock);
    const body = 'A long message. '.repeat(300);
    expect(unwrap(await handlers.openInMail({ to: 'jane@acme.example', toName: 'Jane', subject: 'Hi', body }))).toEqual({
      bodyCopied: true,
    });
    expect(system.opened).toEqual(['mailto:jane@acme.example?subject=Hi']);
    expect(system.copied).toBe(body);
  });
});

describe('.ics invitations, read back with a real iCalendar parser', () => {
  it('hold the proposed time, the length, the topic, the client as attendee and the assistant as organiser', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Sam Patel', assistantEmail: 'sam@follow.example' });
    const { id } = service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-04T09:00:00.000Z' } }));
    unwrap(await handlers.proposeCall({ id, version: service.request(id).version, startsAt: '2026-11-10T14:00:00.000Z', minutes: 45 }));
    const saved = unwrap(await handlers.saveCallInvite({ id }));

    const calendar = new ICAL.Component(<unknown[]>ICAL.parse(readFileSync(saved!.path, 'utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Call: the sponsorship proposal');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-10T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-10T14:45:00.000Z');
    expect(event.uid).toBe(`${id}-${Date.parse('2026-11-10T14:00:00Z')}@follow-through`);
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:jane@acme.example']);
    expect(event.attendees[0]!.getParameter('cn')).toBe('Jane Doe');
    expect(String(event.organizer).toLowerCase()).toBe('mailto:sam@follow.example');
  });

  it('is a plain PUBLISH event without an organiser when Settings has no email for the assistant', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const { id } = service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-04T09:00:00.000Z' } }));
    unwrap(await handlers.proposeCall({ id, version: service.request(id).version, startsAt: '2026-11-10T14:00:00.000Z', minutes: 30 }));
    const calendar = new ICAL.Component(<unknown[]>ICAL.parse(readFileSync(unwrap(await handlers.saveCallInvite({ id }))!.path, 'utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstProperty('organizer')).toBeNull();
  });

  it('refuses a call time in the past with a message', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    const { id } = service.logRequest(requestDetails({ contact: { channel: 'email', at: '2026-11-04T09:00:00.000Z' } }));
    expect(
      await handlers.proposeCall({ id, version: service.request(id).version, startsAt: '2026-11-03T14:00:00.000Z', minutes: 30 }),
    ).toMatchObject({
      ok: false,
      error: 'Pick a call time in the future.',
    });
  });
});

describe('a call proposal saved as an .eml', () => {
  it('carries the call as a text/calendar; method=REQUEST part, and its text says the invitation is attached', async () => {
    const { handlers, service } = openTestStack(dir, clock);
    service.saveSettings({ ...DEFAULT_SETTINGS, assistantName: 'Sam Patel', assistantEmail: 'sam@follow.example' });
    const { id, version } = service.logRequest(
      requestDetails({ topic: 'the gala', client: { name: 'Jane Doe', company: '', email: 'jane@acme.example', phone: '' } }),
    );
    service.proposeCall(id, version, '2026-11-10T14:00:00.000Z', 30);
    const draft = unwrap(
      await handlers.draftForClient({
        id,
        kind: 'call-proposal',
        medium: 'email',
        locale: 'en-GB',
        reason: null,
        expectedBusinessDays: null,
        invite: false,
      }),
    );
    // Copied or opened as a mailto link, it cannot carry the invitation, so it says one will follow.
    expect(draft.body).toContain('Would Tuesday 10 November at 14:00 suit you? I’ll send you a calendar invitation;');

    const mailOut = { to: draft.to, toName: draft.toName, subject: draft.subject, body: draft.body, inviteFor: id };
    const saved = unwrap(await handlers.saveEml(mailOut));
    const raw = readFileSync(saved!.path, 'utf8');
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const mail = await simpleParser(raw);
    expect(mail.text).toContain('Would Tuesday 10 November at 14:00 suit you? I have attached a calendar invitation;');
    expect(mail.text).not.toContain('I’ll send you a calendar invitation');
    // mailparser hands an alternative text/calendar part over as an attachment.
    const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
    const calendar = new ICAL.Component(<unknown[]>ICAL.parse(part!.content.toString('utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-10T14:00:00.000Z');
    expect(event.summary).toBe('Call: the gala');
  });

  it('is refused, with nothing saved, for a request with no call proposed', async () => {
    const { handlers, service, system } = openTestStack(dir, clock);
    const { id } = service.logRequest(requestDetails());
    expect(await handlers.saveEml({ to: '', toName: '', subject: 'x', body: 'y', inviteFor: id })).toMatchObject({
      ok: false,
      code: 'refused',
      error: 'Propose a call time first.',
    });
    expect(system.saved).toEqual([]);
  });
});
