/** Names Windows keeps for devices: "CON.eml" cannot be saved there, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * The file name a save dialog offers for a subject: letters, digits, spaces and dashes only,
 * so no path separator, drive letter, dot-dot, control or bidirectional-override character can
 * reach it; at most 80 characters; never a name Windows reserves.
 */
export function fileNameFor(subject: string, extension: string): string {
  let base =
    subject
      .replace(/[^\p{L}\p{N} -]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
      .trim() || 'draft';
  if (RESERVED.test(base)) base = `${base} draft`;
  return `${base}.${extension}`;
}
