import { useState } from 'react';
import { ITEM_COPY } from '../../../shared/copy/labels';
import { pendingAction } from '../../../shared/copy/pending';
import type { ClientMessageKind } from '../../../shared/domain/events';
import type { Settings } from '../../../shared/domain/settings';
import type { Work } from '../../../shared/rules/next-work';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { dueDetail } from '../../ui/due-detail';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueWhen } from '../../ui/format';
import { StatusMessage } from '../../ui/StatusMessage';
import { DraftComposer } from '../drafts/DraftComposer';
import { BossPanel } from './BossPanel';
import { LogCallForm } from './LogCallForm';
import { useRequestBusy } from './useRequestBusy';

/**
 * Where the page starts: what is due on the request (the same items as its row on Today), and
 * the work for it, ready. The lead is what Today's button does; the other kind of work follows
 * only when it is due too. `draft`: the message a Today button asked for, drafted at once.
 */
export function NextStepPanel({
  view,
  settings,
  works,
  draft,
}: {
  view: RequestDetailView;
  settings: Settings;
  works: Work[];
  draft: ClientMessageKind | undefined;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">Next step</h2>
      <Summary view={view} />
      {/* What Mark as sent did, kept here because the composer may have nothing left to show. */}
      <StatusMessage message={notice} />
      {works.map((work) =>
        work.kind === 'message' ? (
          <DraftComposer key="message" view={view} settings={settings} startOn={work.message} initialKind={draft} onSent={setNotice} />
        ) : work.kind === 'call' ? (
          <LogCallForm key="call" view={view} onDone={setNotice} />
        ) : (
          <BossPanel key="boss" view={view} />
        ),
      )}
    </section>
  );
}

/**
 * The work in the panel while the page is open: what main puts there now, and what it put there
 * since the page opened. Work done stays where it was done (an ask stays with its Undo, a park
 * choice with the choice made) instead of folding away under the pointer; the page opened
 * again starts from what is due then.
 */
export function useShownWork(view: RequestDetailView, draft: ClientMessageKind | undefined): Work[] {
  const [shown, setShown] = useState<Work[]>([]);
  const now = shownWork(view, draft);
  const merged = [
    ...shown.map((kept) => now.find((w) => w.kind === kept.kind) ?? kept),
    ...now.filter((w) => !shown.some((kept) => kept.kind === w.kind)),
  ];
  // Remembered as soon as it changes (React's "adjust state while rendering"), so it holds across re-reads.
  if (JSON.stringify(merged) !== JSON.stringify(shown)) setShown(merged);
  return merged;
}

/** The work main put in the panel; a message a Today button asked for is always among it. */
function shownWork(view: RequestDetailView, draft: ClientMessageKind | undefined): Work[] {
  const works = [view.nextWork.lead, view.nextWork.also].filter((w): w is Work => w !== null);
  if (draft && !works.some((w) => w.kind === 'message') && view.drafts.some((d) => d.kind === draft)) {
    works.push({ kind: 'message', message: draft });
  }
  return works;
}

function Summary({ view }: { view: RequestDetailView }) {
  if (view.state.status === 'closed') return <Closed view={view} />;
  if (view.due.length > 0) {
    return (
      <ul className="row-items due-now" aria-label="Due now">
        {view.due.map((item) => (
          <li key={item.kind}>
            <span className={`badge ${item.late ? 'late' : 'due'}`}>
              {item.late ? ITEM_COPY[item.kind].lateBadge : ITEM_COPY[item.kind].badge}
            </span>{' '}
            <span className="muted">{dueDetail(item, view, view.asOf)}</span>
          </li>
        ))}
      </ul>
    );
  }
  if (!view.nextStep) return null;
  return (
    <p className="next-line">
      Nothing is due now. Next: {pendingAction(view.nextStep, { client: view.clientName, boss: view.bossName }, view.strikeLimit)},{' '}
      {dueWhen(view.nextStep.dueAt, view.asOf)}.
    </p>
  );
}

function Closed({ view }: { view: RequestDetailView }) {
  const reopen = useCommand('reopen', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  return (
    <>
      <p className="next-line">
        {view.state.withdrawn ? 'Withdrawn: the client no longer needs it.' : 'Closed: the client has the answer.'} Nothing more is owed
        {view.drafts.some((d) => d.kind === 'closing') ? '; a short closing note to them is below, if you want to send one.' : '.'}
      </p>
      <div className="actions">
        <CommandButton
          pending={reopen.pending}
          busy={busy}
          pendingLabel="Reopening…"
          onClick={() => void reopen.run({ id: view.id, version: view.version })}
        >
          Reopen
        </CommandButton>
      </div>
      <ErrorBanner message={reopen.error} />
    </>
  );
}
