import { makeMsg } from './make-email';

/** Hostile emails, shared by the refusal tests and `npm run bench` (which times what the tests only read). */

const normal = { fromName: 'Jane Doe', from: 'jane@acme.example', date: '2026-11-19T16:45:00Z', subject: 'Tickets', text: 'Two more?' };

/** A real .msg whose directory's sector chain points back at itself (its FAT entry names its own sector). */
export function loopingMsg(): Buffer {
  const msg = Buffer.from(makeMsg(normal));
  const directoryStart = msg.readUInt32LE(0x30);
  const firstFatSector = msg.readUInt32LE(0x4c);
  msg.writeUInt32LE(directoryStart, (firstFatSector + 1) * 512 + directoryStart * 4);
  return msg;
}

/** A message with `levels` multiparts, each the only part of the one around it. */
export function nestedMime(levels: number): string {
  let body = 'Content-Type: text/plain\r\n\r\nhello\r\n';
  for (let i = levels; i > 0; i--) {
    body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}--b${i}--\r\n`;
  }
  return `From: jane@acme.example\r\nSubject: Nested\r\n${body}`;
}

export const asFile = (name: string, bytes: Buffer | string) => ({
  kind: 'file' as const,
  fileName: name,
  base64: Buffer.from(bytes).toString('base64'),
});
