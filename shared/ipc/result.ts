/**
 * Every IPC call answers with this, never with a thrown error, so the renderer can show the
 * message next to what the user typed. `fieldErrors` is keyed by the field's dotted path.
 */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };
