/**
 * Every IPC call answers with this, never with a thrown error, so the renderer can show the
 * message next to what the user typed. `fieldErrors` is keyed by the field's dotted path.
 * `code` says what kind of refusal it is: 'stale' means the request changed since the screen
 * was drawn (nothing was written; refresh and look again).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string> };

export type ErrorCode = 'invalid' | 'refused' | 'stale' | 'failed' | 'unreachable';

export const STALE_MESSAGE = 'This request changed meanwhile; it now shows how it stands.';
