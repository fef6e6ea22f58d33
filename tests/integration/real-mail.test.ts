import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { makeEml, makeMsg, type TestEmail } from '../support/make-email';
import { openTestStack } from '../support/open-test-store';

// Requests from real mail (#21): each message is built as a mail program writes it, read by the
// parse worker through main's handler, from a drop (a file) and from a paste (the raw text).
// Every expectation is written by hand from the message as composed here.
let dir: string;
const clock = new SettableClock(new Date('2026-11-20T10:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-real-mail-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function formFrom(source: { eml: Buffer } | { msg: Uint8Array }, paste = false) {
  const { handlers } = openTestStack(dir, clock);
  const answer =
    'eml' in source
      ? paste
        ? await handlers.readEmail({ kind: 'text', text: source.eml.toString('utf8') })
        : await handlers.readEmail({ kind: 'file', fileName: 'mail.eml', base64: source.eml.toString('base64') })
      : await handlers.readEmail({ kind: 'file', fileName: 'mail.msg', base64: Buffer.from(source.msg).toString('base64') });
  if (!answer.ok) throw new Error(answer.error);
  // Which email it was is read-email.test.ts's subject; here, what the form is filled with.
  const { clientName, clientEmail, channel, contactAt, topic, details } = answer.value.prefill;
  return { clientName, clientEmail, channel, contactAt, topic, details };
}

const priya: TestEmail = {
  fromName: 'Priya Nair',
  from: 'priya@northwind.example',
  date: '2026-11-19T08:15:00Z',
  subject: 'The joint webinar in March',
  text: '',
};

describe('an HTML-only email', () => {
  const html =
    '<html><head><style>p { color: red }</style><script>alert("x")</script></head><body>' +
    '<p>Dear Sam,</p><p>Could we plan the <b>joint webinar</b> in March?</p>' +
    '<ul><li>the date</li><li>the speakers</li></ul>' +
    '<p>The outline is <a href="https://northwind.example/outline">on our site</a>.</p>' +
    '<img src="https://track.example/open.gif" width="1" height="1"></body></html>';

  it.each([false, true])('gives the details as readable text, from a drop and from a paste (paste: %s)', async (paste) => {
    const form = await formFrom({ eml: await makeEml({ ...priya, html }) }, paste);
    expect(form).toEqual({
      clientName: 'Priya Nair',
      clientEmail: 'priya@northwind.example',
      channel: 'email',
      contactAt: '2026-11-19T08:15:00.000Z',
      topic: 'the joint webinar in March',
      details:
        'Dear Sam,\n\nCould we plan the joint webinar in March?\n\n * the date\n * the speakers\n\nThe outline is on our site [https://northwind.example/outline].',
    });
  });

  it('reads an Outlook .msg whose only body is RTF encapsulating HTML, as Outlook writes it', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}' +
      '{\\*\\htmltag64 <p>}Could we plan the joint webinar in March?{\\*\\htmltag72 </p>}' +
      '{\\*\\htmltag64 <p>}Priya{\\*\\htmltag72 </p>}}';
    const form = await formFrom({ msg: makeMsg({ ...priya, rtf }) });
    expect(form.details).toBe('Could we plan the joint webinar in March?\n\nPriya');
  });

  it('reads an Exchange .msg whose only body is RTF written in Rich Text, encapsulating nothing', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}{\\colortbl;\\red0\\green0\\blue0;}' +
      "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\\pard\\f0\\fs22 Dear Sam,\\par\\par Could we plan the joint webinar in M\\'e4rz?\\par Priya\\par}";
    const form = await formFrom({ msg: makeMsg({ ...priya, rtf }) });
    expect(form.details).toBe('Dear Sam,\n\nCould we plan the joint webinar in März?\nPriya');
  });

  it('reads a .msg saved by new Outlook, its HTML body in binary form', async () => {
    const form = await formFrom({
      msg: makeMsg({ ...priya, htmlBinary: '<html><body><p>Dear Sam,</p><p>Could we plan the joint webinar in März?</p></body></html>' }),
    });
    expect(form.details).toBe('Dear Sam,\n\nCould we plan the joint webinar in März?');
  });

  it('reads an Outlook .msg that has only an HTML body', async () => {
    const form = await formFrom({ msg: makeMsg({ ...priya, html }) });
    expect(form.details).toContain('Could we plan the joint webinar in March?');
    expect(form.details).not.toContain('track.example');
    expect(form.details).not.toContain('color: red');
    expect(form.details).not.toContain('alert');
  });
});

describe('replies', () => {
  it.each([false, true])('keeps a reply written below the quote (Thunderbird bottom-posting; paste: %s)', async (paste) => {
    const text =
      'Hi Sam,\n\nOn 18/11/2026 17:02, Sam Patel wrote:\n> Could you confirm the room for the webinar?\n\nThe main hall is booked for 12 March.\nCould Alex join the panel?\n\nPriya';
    const form = await formFrom({ eml: await makeEml({ ...priya, subject: 'Re: The joint webinar in March', text }) }, paste);
    expect(form).toMatchObject({ clientName: 'Priya Nair', clientEmail: 'priya@northwind.example', contactAt: '2026-11-19T08:15:00.000Z' });
    expect(form.details).toContain('The main hall is booked for 12 March.');
    expect(form.details).not.toContain('Could you confirm the room');
    expect(form.topic).toBe('the joint webinar in March');
  });

  it('cuts a German Outlook history and a French Gmail one', async () => {
    const german =
      'Danke, der Termin passt.\n\nVon: Sam Patel <sam@follow.example>\nGesendet: Mittwoch, 18. November 2026 17:02\nAn: Priya Nair\nBetreff: Webinar\n\nPasst der Termin?';
    expect((await formFrom({ eml: await makeEml({ ...priya, text: german }) })).details).toBe('Danke, der Termin passt.');
    const french =
      'Je confirme la salle.\n\nLe mer. 18 nov. 2026 à 17:02, Sam Patel <sam@follow.example> a écrit :\n> La salle est-elle libre ?';
    expect((await formFrom({ msg: makeMsg({ ...priya, text: french }) })).details).toBe('Je confirme la salle.');
  });
});

describe('an old non-Unicode Outlook .msg', () => {
  it('is read in the code page it names (932, Japanese), not as Latin-1', async () => {
    const form = await formFrom({
      msg: makeMsg({
        fromName: '山田 太郎',
        from: 'yamada@example.jp',
        date: '2026-11-19T08:15:00Z',
        subject: '日本語 Non Unicode タイトル',
        text: '会議の日程を確認させてください。',
        codepage: 932,
      }),
    });
    expect(form).toMatchObject({
      clientName: '山田 太郎',
      clientEmail: 'yamada@example.jp',
      topic: '日本語 Non Unicode タイトル',
      details: '会議の日程を確認させてください。',
    });
  });
});

describe('an old non-Unicode Outlook .msg that names its code page only as the internet one', () => {
  it('is read in that code page (1251, Cyrillic), not as Latin-1', async () => {
    const form = await formFrom({
      msg: makeMsg({
        fromName: 'Иван Петров',
        from: 'ivan@example.ru',
        date: '2026-11-19T08:15:00Z',
        subject: 'Встреча в пятницу',
        text: 'Подтвердите, пожалуйста, время встречи.',
        codepage: 1251,
        codepageIn: 'internet',
      }),
    });
    expect(form).toMatchObject({
      clientName: 'Иван Петров',
      topic: 'Встреча в пятницу',
      details: 'Подтвердите, пожалуйста, время встречи.',
    });
  });
});

describe('raw 8-bit headers', () => {
  it('reads a Chinese name and subject sent unencoded in the charset the body declares', async () => {
    const gbk = (text: string) => iconv.encode(text, 'gbk');
    const eml = Buffer.concat([
      Buffer.from('From: '),
      gbk('王小明'),
      Buffer.from(' <wang@example.cn>\r\nSubject: '),
      gbk('关于会议的安排'),
      Buffer.from('\r\nDate: Thu, 19 Nov 2026 08:15:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=gbk\r\n'),
      Buffer.from('Content-Transfer-Encoding: 8bit\r\n\r\n'),
      gbk('请确认会议时间。'),
      Buffer.from('\r\n'),
    ]);
    expect(await formFrom({ eml })).toEqual({
      clientName: '王小明',
      clientEmail: 'wang@example.cn',
      channel: 'email',
      contactAt: '2026-11-19T08:15:00.000Z',
      topic: '关于会议的安排',
      details: '请确认会议时间。',
    });
  });
});

describe('senders', () => {
  it('keeps the name of an internal Exchange sender who has no SMTP address', async () => {
    const form = await formFrom({
      msg: makeMsg({
        ...priya,
        text: 'Please see the agenda.',
        exchangeSender: '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=PNAIR',
      }),
    });
    expect(form.clientName).toBe('Priya Nair');
    expect(form.clientEmail).toBe('');
    expect(form.details).toBe('Please see the agenda.');
  });

  it.each([false, true])('takes the client from From when the Reply-To is a mailing list (paste: %s)', async (paste) => {
    const eml = await makeEml({
      ...priya,
      text: 'Is the webinar open to members?',
      replyTo: 'events-list@lists.northwind.example',
      headers: { 'List-Id': 'Northwind events <events.lists.northwind.example>' },
    });
    const form = await formFrom({ eml }, paste);
    expect(form.clientName).toBe('Priya Nair');
    expect(form.clientEmail).toBe('priya@northwind.example');
    expect(form.details).toBe('Is the webinar open to members?');
  });
});
