import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import type { Work } from '../../../shared/rules/next-work';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { StatusMessage } from '../../ui/StatusMessage';
import { DraftComposer } from '../drafts/DraftComposer';
import { AgreeDeadlineForm } from './AgreeDeadlineForm';
import { BossPanel } from './BossPanel';
import { ClientStepForm } from './ClientStepForm';
import { CorrectDetailsForm } from './CorrectDetailsForm';
import { DecisionForm } from './DecisionForm';
import { DeleteRequest } from './DeleteRequest';
import { LogContactForm } from './LogContactForm';
import { ProposeCallForm } from './ProposeCallForm';
import { ResearchForm } from './ResearchForm';
import { useRequestBusy } from './useRequestBusy';
import { WithdrawForm } from './WithdrawForm';

type Done = (message: string | null) => void;

interface Fold {
  id: 'message' | 'boss' | 'contact' | 'step' | 'call' | 'deadline' | 'note' | 'decision' | 'details' | 'withdraw';
  label: string;
  form: (done: Done) => ReactNode;
}

/**
 * Everything else that can be done on the request, one click away but folded: one form opens at
 * a time, under its button. A form that did its work closes and says what it did; a form whose
 * action no longer applies (the request was decided meanwhile) goes.
 */
export function OtherActions({
  view,
  settings,
  shown,
  initial = null,
}: {
  view: RequestDetailView;
  settings: Settings;
  shown: Work[];
  /** A form to open at once: the one a Today button came for. */
  initial?: Fold['id'] | null;
}) {
  const [open, setOpen] = useState<Fold['id'] | null>(initial);
  const [done, setDone] = useState<string | null>(null);
  const opened = useRef(initial !== null);
  const region = useRef<HTMLDivElement>(null);
  const busy = useRequestBusy(view.id);
  const folds = foldsFor(view, settings, shown);
  const current = folds.find((f) => f.id === open) ?? null;

  useEffect(() => {
    if (!opened.current || !current) return;
    opened.current = false;
    region.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, [current]);

  const toggle = (id: Fold['id']) => {
    setDone(null);
    opened.current = open !== id;
    setOpen(open === id ? null : id);
  };
  const finish: Done = (message) => {
    setOpen(null);
    setDone(message);
  };

  return (
    <section className="other-actions" aria-labelledby="other-actions-title">
      <h2 id="other-actions-title">Other actions</h2>
      <div className="fold-toggles">
        {folds.map((fold) => (
          <button
            key={fold.id}
            type="button"
            className={`button${fold.id === open ? ' selected' : ''}`}
            aria-expanded={fold.id === open}
            aria-controls={fold.id === open ? 'fold-panel' : undefined}
            onClick={() => toggle(fold.id)}
          >
            {fold.label}
          </button>
        ))}
        {view.state.status !== 'closed' && <DeleteRequest view={view} disabled={busy} />}
      </div>
      <StatusMessage message={done} />
      {current && (
        <div id="fold-panel" className="panel fold" role="region" aria-label={current.label} ref={region}>
          {current.form(finish)}
        </div>
      )}
    </section>
  );
}

function foldsFor(view: RequestDetailView, settings: Settings, shown: Work[]): Fold[] {
  const { status, clientStep, call } = view.state;
  const open = status === 'waiting' || status === 'parked';
  const notClosed = status !== 'closed';
  const inPanel = (kind: Work['kind']) => shown.some((w) => w.kind === kind);
  const folds: (Fold | false)[] = [
    !inPanel('message') &&
      view.drafts.length > 0 && {
        id: 'message',
        label: `Write to ${view.clientName}`,
        form: () => <DraftComposer view={view} settings={settings} />,
      },
    !inPanel('boss') &&
      open && {
        id: 'boss',
        label: status === 'parked' ? `When to ask ${view.bossName} again` : `Ask ${view.bossName}`,
        form: () => <BossPanel view={view} />,
      },
    notClosed && { id: 'contact', label: 'Log a contact', form: (done) => <LogContactForm view={view} onDone={done} /> },
    notClosed && !clientStep && { id: 'step', label: 'The client owes us…', form: (done) => <ClientStepForm view={view} onDone={done} /> },
    notClosed && {
      id: 'call',
      label: call ? 'Move the call' : 'Propose a call',
      form: (done) => <ProposeCallForm view={view} onDone={done} />,
    },
    notClosed &&
      view.state.details.deadline !== null && {
        id: 'deadline',
        label: 'Agree a new date',
        form: (done) => <AgreeDeadlineForm view={view} onDone={done} />,
      },
    { id: 'note', label: 'Research note', form: (done) => <ResearchForm view={view} onDone={done} /> },
    open && { id: 'decision', label: 'Record the decision', form: (done) => <DecisionForm view={view} onDone={done} /> },
    { id: 'details', label: 'Correct details', form: (done) => <CorrectDetailsForm view={view} settings={settings} onDone={done} /> },
    notClosed && { id: 'withdraw', label: 'Withdraw…', form: (done) => <WithdrawForm view={view} onDone={done} /> },
  ];
  return folds.filter((f): f is Fold => f !== false);
}
