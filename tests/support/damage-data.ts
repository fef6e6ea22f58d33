import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Damages one request in the main data file as a bad disk or a hand edit might: its first
 * event's time becomes text that is not a date. The rest of the file stays valid.
 */
export async function damageRequest(dir: string, id: string, at: string): Promise<void> {
  const file = path.join(dir, 'follow-through.json');
  const json = JSON.parse(await readFile(file, 'utf8')) as { requests: Record<string, { events: { at: string }[] }> };
  json.requests[id]!.events[0]!.at = at;
  await writeFile(file, JSON.stringify(json));
}
