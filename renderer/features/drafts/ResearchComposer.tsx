import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ResearchDraftOptions } from '../../../shared/drafts/research-draft';
import type { ProposedDraft } from '../../../shared/ipc/contract';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { fetchOrThrow } from '../../api/api';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { useRequestBusy } from '../request-detail/useRequestBusy';
import { Advice } from './Advice';
import { HandOff } from './HandOff';

const EMPTY: ResearchDraftOptions = { colleague: '', colleagueEmail: '', question: '', includeClient: false };

/**
 * A quiet question to a colleague who may know the answer, before the boss decides. The draft
 * says nothing is decided and promises to keep them posted; it names neither the client nor the
 * boss unless the assistant ticks the box. Recording it adds a research note, asked only in case.
 */
export function ResearchComposer({ view }: { view: RequestDetailView }) {
  const [form, setForm] = useState<ResearchDraftOptions>(EMPTY);
  const [asked, setAsked] = useState<ResearchDraftOptions | null>(null);
  const [edited, setEdited] = useState<ProposedDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const draft = useQuery({
    queryKey: keys.researchDraft(view.id, view.version, asked),
    queryFn: () => fetchOrThrow('draftResearch', { id: view.id, ...asked! }),
    enabled: asked !== null,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const record = useCommand('recordResearch', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const shown = asked ? (edited ?? draft.data ?? null) : null;
  const set = (next: Partial<ResearchDraftOptions>) => setForm({ ...form, ...next });
  const missing = !form.colleague.trim() ? 'Say whom you are asking.' : !form.question.trim() ? 'Write the question.' : null;
  const [tried, setTried] = useState(false);

  const make = () => {
    setTried(true);
    if (missing) return;
    setEdited(null);
    setNotice(null);
    if (JSON.stringify(form) === JSON.stringify(asked)) void draft.refetch();
    setAsked(form);
  };

  const save = async () => {
    if (!shown || !asked) return null;
    const used = { subject: shown.subject, body: shown.body, proposalId: draft.data?.proposalId ?? null };
    if (!(await record.run({ id: view.id, version: view.version, ...asked, used }))) return null;
    setAsked(null);
    setEdited(null);
    setForm(EMPTY);
    setTried(false);
    setNotice(`Recorded: you asked ${asked.colleague.trim()}, only in case.`);
    return null;
  };

  return (
    <details className="research" open={asked !== null || undefined}>
      <summary>Ask a colleague, just in case</summary>
      <div className="grid-2">
        <div>
          <label htmlFor="research-colleague">Colleague</label>
          <input id="research-colleague" value={form.colleague} onChange={(e) => set({ colleague: e.target.value })} />
        </div>
        <div>
          <label htmlFor="research-email">Their email (optional)</label>
          <input id="research-email" type="email" value={form.colleagueEmail} onChange={(e) => set({ colleagueEmail: e.target.value })} />
        </div>
      </div>
      <label htmlFor="research-question">What you want to find out</label>
      <textarea id="research-question" rows={2} value={form.question} onChange={(e) => set({ question: e.target.value })} />
      <label className="checkbox">
        <input type="checkbox" checked={form.includeClient} onChange={(e) => set({ includeClient: e.target.checked })} />
        Tell them who it is for (the client, and for whom you are asking)
      </label>
      {tried && missing && (
        <div className="field-error" role="alert">
          {missing}
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={draft.isFetching} onClick={make}>
          {shown ? 'Draft it again' : 'Draft the question'}
        </button>
      </div>
      <ErrorBanner message={draft.error?.message ?? null} />
      {shown && (
        <>
          <label htmlFor="research-subject">Subject</label>
          <input id="research-subject" value={shown.subject} onChange={(e) => setEdited({ ...shown, subject: e.target.value })} />
          <label htmlFor="research-body">Message</label>
          <textarea id="research-body" rows={10} value={shown.body} onChange={(e) => setEdited({ ...shown, body: e.target.value })} />
          <Advice advice={shown.advice} />
          <HandOff mail={shown} sentLabel="Record as asked" sending={record.pending} busy={busy} onSent={save} />
          <ErrorBanner message={record.error} />
        </>
      )}
      <StatusMessage message={notice} />
    </details>
  );
}
