/**
 * The call proposal says "I’ll send you a calendar invitation": a copied or mailto draft cannot
 * carry one. A saved .eml carries the invitation itself, so there the sentence says it is
 * attached. A sentence the assistant rewrote is left as they wrote it.
 */
export const INVITATION_TO_FOLLOW = 'I’ll send you a calendar invitation';
export const INVITATION_ATTACHED = 'I have attached a calendar invitation';

export function withInvitationAttached(body: string): string {
  return body.replace(INVITATION_TO_FOLLOW, INVITATION_ATTACHED);
}
