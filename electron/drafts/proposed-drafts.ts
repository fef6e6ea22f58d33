import type { TemplateId } from '../../shared/domain/draft-templates';
import type { DraftEdit } from '../../shared/domain/events';
import type { Draft, DraftKind } from '../../shared/drafts/draft';
import { draftEdit } from '../../shared/drafts/words-changed';
import type { ProposedDraft, UsedDraft } from '../../shared/ipc/contract';

interface Proposal {
  requestId: string;
  template: TemplateId;
  text: string;
  kind: DraftKind;
  subject: string;
  /** An email (not a script): one the mailbox's Sent folder can show went out. */
  email: boolean;
  madeAt: Date;
}

/** An email draft main proposed this session: what the Sent folder is matched against. */
export interface EmailProposal {
  proposalId: string;
  requestId: string;
  kind: DraftKind;
  subject: string;
  madeAt: Date;
}

/** Enough for a day's drafting; the oldest go first. Memory only: nothing here is written to disk. */
const KEPT = 200;

const textOf = (d: { subject: string; body: string }) => `${d.subject}\n${d.body}`;

/**
 * The drafts main proposed this session. The page says which proposal a used draft came from;
 * main compares the two itself, so the figure in Settings does not rest on the page's word,
 * and only the result (edited or not, words changed) is kept, never the text.
 */
export class ProposedDrafts {
  private readonly kept = new Map<string, Proposal>();

  constructor(private readonly newId: () => string) {}

  keep(requestId: string, draft: Draft, now: Date): ProposedDraft {
    const proposalId = this.newId();
    if (draft.template) {
      const { kind, subject } = draft;
      this.kept.set(proposalId, {
        requestId,
        template: draft.template,
        text: textOf(draft),
        kind,
        subject,
        email: draft.medium === 'email',
        madeAt: now,
      });
    }
    while (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return { ...draft, proposalId };
  }

  /** The email drafts proposed this session, oldest first. */
  emails(): EmailProposal[] {
    return [...this.kept.entries()]
      .filter(([, p]) => p.email)
      .map(([proposalId, p]) => ({ proposalId, requestId: p.requestId, kind: p.kind, subject: p.subject, madeAt: p.madeAt }));
  }

  /**
   * How the used draft differs from the proposal it names. null (not measured) when main has no
   * such proposal for this request and kind: made before a restart, or not made by the app.
   */
  editOf(used: UsedDraft, requestId: string, template: TemplateId): DraftEdit | null {
    const proposal = used.proposalId ? this.kept.get(used.proposalId) : undefined;
    if (!proposal || proposal.requestId !== requestId || proposal.template !== template) return null;
    return draftEdit(proposal.text, textOf(used));
  }
}
