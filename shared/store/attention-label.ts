import { isObject } from './migrations';

/**
 * "Jane Doe · the venue contract": what a user knows a request by, read from a record that
 * failed its check, as far as its first event still says. Null when even that is unreadable.
 */
export function attentionLabel(raw: unknown): string | null {
  if (!isObject(raw) || !Array.isArray(raw.events)) return null;
  const first: unknown = raw.events[0];
  if (!isObject(first) || !isObject(first.request)) return null;
  const { client, topic } = first.request;
  const name = isObject(client) && typeof client.name === 'string' ? client.name.trim() : '';
  const about = typeof topic === 'string' ? topic.trim() : '';
  const label = [name, about].filter(Boolean).join(' · ');
  return label || null;
}
