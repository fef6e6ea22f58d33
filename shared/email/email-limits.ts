/**
 * How much of an email the app will read. A real email, even one with long Received chains,
 * signatures and a dozen attachments, is far inside each; a file past one is damaged or built
 * to stall a parser, and will never be readable, so it is answered with what is wrong and the
 * limit, never with "try again".
 */
export const EMAIL_LIMITS = {
  /** The header of the message or of any part, unfolded: a From with 100,000 addresses is past it. */
  headerBytes: 256 * 1024,
  /** Parts inside parts (multipart within multipart). Mail programs write 3 or 4. */
  depth: 30,
  /** Parts in all: body, alternatives, inline images, attachments. */
  parts: 500,
} as const;

/** How long a parse may run before the app gives up on the file, and the memory it may use. */
export const EMAIL_READ_SECONDS = 4;
export const EMAIL_READ_MEMORY_MB = 256;

const COULD_NOT = 'This email could not be read';
const WHAT_TO_DO = 'Open it in your mail program and copy the text you need into the form.';

export const EMAIL_REFUSALS = {
  slow: `${COULD_NOT}: the app gave up after ${EMAIL_READ_SECONDS} seconds, which no real email needs. It may be damaged. ${WHAT_TO_DO}`,
  memory: `${COULD_NOT}: it needs more than the ${EMAIL_READ_MEMORY_MB} MB of memory the app gives one email. It may be damaged. ${WHAT_TO_DO}`,
  damaged: `${COULD_NOT}: its contents are damaged. ${WHAT_TO_DO}`,
};

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;

/**
 * What puts an email past the limits, in words for the user, or null. A single pass over the
 * lines that follows the multipart boundaries as a MIME parser would, so the message is never
 * handed to one when it would stall it. `text` is the raw message (bytes as latin1 will do:
 * only ASCII structure is read).
 */
export function emailLimitProblem(text: string): string | null {
  const stack: string[] = [];
  let inHeader = true;
  let header = '';
  let parts = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (inHeader) {
      if (line === '') {
        const boundary = multipartBoundary(header);
        if (boundary) {
          stack.push(boundary);
          if (stack.length > EMAIL_LIMITS.depth)
            return `${COULD_NOT}: it is too deeply nested, with parts inside parts more than ${EMAIL_LIMITS.depth} levels deep; the limit is ${EMAIL_LIMITS.depth}. ${WHAT_TO_DO}`;
        }
        inHeader = false;
        header = '';
        continue;
      }
      header += /^[ \t]/.test(line) ? line : `\n${line}`;
      if (header.length > EMAIL_LIMITS.headerBytes)
        return `${COULD_NOT}: its header is too large (over ${kb(EMAIL_LIMITS.headerBytes)}; the limit is ${kb(EMAIL_LIMITS.headerBytes)}). ${WHAT_TO_DO}`;
      continue;
    }
    if (!stack.length || !line.startsWith('--')) continue;
    for (let i = stack.length - 1; i >= 0; i--) {
      const boundary = stack[i]!;
      if (!line.startsWith(boundary, 2)) continue;
      const rest = line.slice(2 + boundary.length);
      if (rest.startsWith('--')) stack.length = i;
      else if (rest.trim() === '') {
        stack.length = i + 1;
        inHeader = true;
        header = '';
        if (++parts > EMAIL_LIMITS.parts)
          return `${COULD_NOT}: it has too many parts (over ${EMAIL_LIMITS.parts.toLocaleString('en-GB')}; the limit is ${EMAIL_LIMITS.parts.toLocaleString('en-GB')}). ${WHAT_TO_DO}`;
      }
      break;
    }
  }
  return null;
}

function multipartBoundary(header: string): string | null {
  const type = /(?:^|\n)content-type:[ \t]*multipart\/[^\n]*/i.exec(header);
  if (!type) return null;
  const boundary = /boundary[ \t]*=[ \t]*(?:"([^"]+)"|([^;\s]+))/i.exec(type[0]);
  return boundary ? (boundary[1] ?? boundary[2] ?? null) : null;
}
