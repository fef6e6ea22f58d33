import { describe, expect, it } from 'vitest';
import { mailtoUrl, MAILTO_MAX_LENGTH } from '../../shared/drafts/mailto';

const mail = {
  to: 'jane@acme.example',
  toName: 'Jane Doe',
  subject: 'Update on the gala & more',
  body: 'Dear Jane,\n\nLine two: 50% done?\n',
};

describe('mailto: links (RFC 6068)', () => {
  it('percent-encodes subject and body and keeps line breaks as CRLF', () => {
    const { url, bodyIncluded } = mailtoUrl(mail);
    expect(bodyIncluded).toBe(true);
    expect(url).toBe(
      'mailto:jane@acme.example?subject=Update%20on%20the%20gala%20%26%20more&body=Dear%20Jane%2C%0D%0A%0D%0ALine%20two%3A%2050%25%20done%3F%0D%0A',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('body')).toBe('Dear Jane,\r\n\r\nLine two: 50% done?\r\n');
  });

  it('cannot smuggle a header through the subject or address', () => {
    const { url } = mailtoUrl({ ...mail, to: 'jane@acme.example\r\nBcc: evil@example.com', subject: 'Hi\r\nBcc: evil@example.com' });
    expect(url).not.toMatch(/[\r\n]/);
    expect([...new URL(url).searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url).toContain('subject=Hi%20Bcc%3A%20evil%40example.com');
  });

  it('encodes non-ASCII text as UTF-8', () => {
    expect(mailtoUrl({ ...mail, subject: 'Zoë’s café' }).url).toContain('subject=Zo%C3%AB%E2%80%99s%20caf%C3%A9');
  });

  it('leaves a body that would make the link too long out of it', () => {
    const long = mailtoUrl({ ...mail, body: 'x'.repeat(MAILTO_MAX_LENGTH) });
    expect(long.bodyIncluded).toBe(false);
    expect(long.url).toBe('mailto:jane@acme.example?subject=Update%20on%20the%20gala%20%26%20more');
  });
});

describe('mailto: links at their edges', () => {
  const short = { to: ' a@b.c ', toName: 'A', subject: '  S  ', body: 'B' };
  // "mailto:a@b.c?subject=S&body=B" is 29 characters.
  it('keep the body when the link is exactly as long as allowed, not one character over', () => {
    expect(mailtoUrl(short, 29)).toEqual({ url: 'mailto:a@b.c?subject=S&body=B', bodyIncluded: true });
    expect(mailtoUrl(short, 28)).toEqual({ url: 'mailto:a@b.c?subject=S', bodyIncluded: false });
  });
});
