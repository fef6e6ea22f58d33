import type { RequestState } from '../domain/request-state';

/**
 * A withdrawn request offers a closing note to the client until one has gone since it was
 * withdrawn: they told us they no longer need it, and a short reply closes the loop, as any
 * assistant would answer "we don't need this any more". Only offered, never due: a client who
 * withdrew on the phone may have had their answer there.
 */
export function closingNoteOffered(state: RequestState): boolean {
  const withdrawn = state.status === 'closed' ? state.withdrawn : null;
  return withdrawn !== null && !state.outbound.some((m) => m.kind === 'closing' && m.at >= withdrawn.at);
}
