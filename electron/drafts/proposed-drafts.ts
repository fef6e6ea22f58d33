import type { TemplateId } from '../../shared/domain/draft-templates';
import type { DraftEdit } from '../../shared/domain/events';
import type { Draft } from '../../shared/drafts/draft';
import { draftEdit } from '../../shared/drafts/words-changed';
import type { ProposedDraft, UsedDraft } from '../../shared/ipc/contract';

interface Proposal {
  requestId: string;
  template: TemplateId;
  text: string;
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

  keep(requestId: string, draft: Draft): ProposedDraft {
    const proposalId = this.newId();
    if (draft.template) this.kept.set(proposalId, { requestId, template: draft.template, text: textOf(draft) });
    while (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return { ...draft, proposalId };
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
