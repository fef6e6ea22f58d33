import EmailReplyParser from 'email-reply-parser';

/**
 * Reply headers the library leaves behind when they close the message (it drops the quote under
 * them but not the line itself): Russian clients' "… написал:", and any left in the languages
 * it does know. A header standing last introduces nothing of the sender's own.
 */
const TRAILING_HEADERS = [
  /^.{4,200}\s(написал|написала)\s*:\s*$/u,
  /^On .{4,200} wrote:\s*$/,
  /^-{2,}\s*On .{4,200} wrote:\s*$/,
  /^(Le|El|Am|Il|Op) .{4,200}:\s*$/,
  /^-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}\s*$/i,
];

/**
 * Outlook's history starts, which the library misses when the header names no address ("From:
 * Sam Patel") or the rule follows the text without a blank line. Outlook always writes above the
 * history, so everything from one of these on is history.
 */
const ORIGINAL_MESSAGE =
  /^-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine|Messaggio originale|Oorspronkelijk bericht)\s*-{2,}\s*$/i;
const HEADER_FROM = /^\*?(From|De|Von|Da|Van)\s?:\*? /i;
const HEADER_SENT = /^\*?(Sent|Date|Envoyé|Gesendet|Datum|Inviato|Data|Verzonden|Enviado)\s?:\*? /i;

/**
 * Android's Russian reply header, "02.04.2012 14:20 пользователь "Sam" <sam@x> написал:", which
 * the library does not know: often wrapped over two lines, and the quote under it not always
 * marked with ">". Like Outlook's, it always stands above the history.
 */
const ANDROID_RU = /^\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}\s+пользователь\s/u;
const WROTE_RU = /(написал|написала)\s*:\s*$/u;

function cutOutlookHistory(lines: string[]): string[] {
  const start = lines.findIndex(
    (line, i) =>
      ORIGINAL_MESSAGE.test(line) ||
      (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((next) => HEADER_SENT.test(next))) ||
      (ANDROID_RU.test(line.trim()) && lines.slice(i, i + 2).some((next) => WROTE_RU.test(next.trim()))),
  );
  return start < 0 ? lines : lines.slice(0, start);
}

/**
 * What the sender wrote in this message, wherever it stands: above the quote (top-posting),
 * below it (Thunderbird's bottom-posting) or between quoted lines. The quoted history, reply
 * headers in the languages assistants meet ("On … wrote:", "Le … a écrit :", "Am … schrieb",
 * "El … escribió:", "De : / Envoyé :", "Von: / Gesendet:", "Da: / Inviato:", "Van: /
 * Verzonden:", Yahoo's "--- On … wrote:") and the signature are left out.
 *
 * The cutting is Crisp's email-reply-parser (MIT, maintained, about ten locales, used on a
 * million emails a day), chosen over planer (Mailgun's talon, ported) which kept Spanish and
 * Italian histories and quoted lines between answers in our fixtures. Runs in the parse worker.
 */
export function newText(body: string): string {
  const visible = new EmailReplyParser().read(body.replace(/\r\n?/g, '\n')).getVisibleText();
  const lines = cutOutlookHistory(visible.split('\n'));
  while (lines.length && (lines.at(-1)!.trim() === '' || TRAILING_HEADERS.some((h) => h.test(lines.at(-1)!.trim())))) lines.pop();
  return lines
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
