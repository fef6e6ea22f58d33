import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { deliver, email } from '../support/deliver';
import { dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { loopbackAccount } from '../support/loopback-account';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

// New mail read as it arrives (issue 23, item 2: IDLE where offered), against a real Dovecot,
// which offers IDLE: a client's email delivered while the app listens is on offer within
// seconds, with no Check mail now, and the window is told.
const PASSWORD = 'correct horse battery';
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
const missing = dovecotMissing();

describe.skipIf(missing !== null)('new mail, as it arrives', () => {
  let imap: Dovecot;
  let dir: string;
  let stack: ReturnType<typeof openTestStack>;
  beforeAll(async () => void (imap = await startDovecot('jo@office.example', PASSWORD)), 30_000);
  afterAll(() => imap?.dispose());
  beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'follow-through-idle-'))));
  afterEach(() => {
    stack?.watcher.stopListening();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a client’s email delivered while the app listens is offered without a check being asked for, and the window is told', async () => {
    stack = openTestStack(dir, clock);
    const account = loopbackAccount(imap);
    await stack.handlers.saveMailbox({ account, password: PASSWORD });
    stack.service.logRequest(
      requestDetails({
        client: { name: 'Priya Nair', company: 'Northwind', email: 'priya@northwind.example', phone: '' },
        contact: { channel: 'phone', at: '2026-11-16T09:00:00.000Z' },
        topic: 'the joint webinar in March',
      }),
    );
    await stack.watcher.listen().ready();
    expect(stack.watcher.view().offers).toEqual([]);
    await deliver(
      imap,
      email({
        from: 'Priya Nair <priya@northwind.example>',
        subject: 'The webinar',
        date: 'Fri, 20 Nov 2026 09:55:00 +0000',
        messageId: '<idle-1@northwind.example>',
        body: 'Hi Jo, is the studio booked?',
      }),
    );
    await expect
      .poll(() => stack.watcher.view().offers.map((o) => o.firstLines), { timeout: 20_000, interval: 250 })
      .toEqual(['Hi Jo, is the studio booked?']);
    expect(stack.system.pushed.filter((p) => p.event === 'mailChecked')).toEqual([
      { event: 'mailChecked', payload: { at: '2026-11-20T10:00:00.000Z' } },
    ]);
  });

  it('Disconnect stops listening: mail delivered after it is not read', async () => {
    stack = openTestStack(dir, clock);
    const account = loopbackAccount(imap);
    await stack.handlers.saveMailbox({ account, password: PASSWORD });
    await stack.watcher.listen().ready();
    await stack.handlers.disconnectMailbox(undefined);
    await deliver(
      imap,
      email({
        from: 'priya@northwind.example',
        subject: 'Later',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: '<idle-2@northwind.example>',
        body: 'Later.',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(stack.system.pushed.filter((p) => p.event === 'mailChecked')).toEqual([]);
  });
});
