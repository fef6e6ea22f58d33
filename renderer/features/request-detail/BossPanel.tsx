import { useState } from 'react';
import { PARK_OUTCOME_COPY } from '../../../shared/copy/labels';
import { count } from '../../../shared/copy/plural';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { sentenceCase } from '../../../shared/copy/case';
import { formatCalendarDay, formatDateTime, formatDay } from '../../ui/format';
import { strikeWording } from '../../ui/strikes';
import { AskDraft } from './AskDraft';
import { useRequestBusy } from './useRequestBusy';

/** The boss side: one click records an ask; after the last strike, one click picks what parking means. */
export function BossPanel({ view }: { view: RequestDetailView }) {
  const { state } = view;
  if (state.status === 'waiting') return <Asking view={view} />;
  if (state.status === 'parked' && state.park) return <Parked view={view} />;
  return null;
}

function Asking({ view }: { view: RequestDetailView }) {
  const [note, setNote] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const askBoss = useCommand('askBoss', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  const ask = async () => {
    if (busy) return;
    if (await askBoss.run({ id: view.id, version: view.version, note })) setNote('');
  };
  return (
    <section className="panel" aria-labelledby="boss-title">
      <h3 id="boss-title">Ask {view.bossName}</h3>
      <p>
        {sentenceCase(strikeWording(view.strikes, view.strikeLimit, view.nextAskDue, view.asOf))}
        {view.round > 1 ? `, round ${view.round}` : ''}.
      </p>
      {view.bossAway && (
        <p className="notice" role="note">
          {view.bossName} is away until {formatCalendarDay(view.bossAway.until)}
          {view.bossAway.note ? ` (${view.bossAway.note})` : ''}: asks wait until {formatCalendarDay(view.bossAway.back)}. An ask recorded
          now still counts as a strike.
        </p>
      )}
      <div className="inline-form">
        <label htmlFor="ask-note" className="sr-only">
          Note about this ask (optional)
        </label>
        <input
          id="ask-note"
          placeholder="Note (optional), e.g. asked in our 1:1"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void ask()}
        />
        <CommandButton
          className="button primary"
          pending={askBoss.pending}
          busy={busy}
          pendingLabel="Recording…"
          onClick={() => void ask()}
        >
          {view.strikes === 0 ? 'Ask boss' : 'Ask boss again'}
        </CommandButton>
      </div>
      {view.strikes + 1 === view.strikeLimit && (
        <p className="muted small">This is the last ask of the round: the request will be parked after it.</p>
      )}
      <ErrorBanner message={askBoss.error} />
      {view.strikes > 0 && <UndoAsk view={view} />}
      <AskDraft key={view.version} view={view} onAsked={setSaid} />
      <StatusMessage message={said} />
    </section>
  );
}

function Parked({ view }: { view: RequestDetailView }) {
  const park = view.state.park!;
  const deadline = view.deadline;
  const tooLate = view.parkChoices.filter((c) => c.afterDeadline);
  const choose = useCommand('chooseParkOutcome', { requestId: view.id });
  const unpark = useCommand('unpark', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  return (
    <section className="panel parked" aria-labelledby="park-title">
      <h3 id="park-title">Parked</h3>
      <p>
        Parked on {formatDateTime(park.at)} after {count(view.strikes, 'unanswered ask', 'unanswered asks')} to {view.bossName}. It is off
        the active list. {park.outcome === null ? 'What should happen now?' : null}
      </p>
      {park.outcome !== null && (
        <p>
          {park.returnsOn
            ? `Comes back for round ${view.round + 1} on ${formatDay(park.returnsOn)}.`
            : `Parked until ${view.bossName} raises it.`}
          {view.parkTooLate && deadline && (
            <strong className="late-text"> That is too late for the client’s deadline of {formatCalendarDay(deadline)}.</strong>
          )}
        </p>
      )}
      {/* Said while choosing, and while the choice made is too late; the buttons stay marked either way. */}
      {tooLate.length > 0 && deadline && (park.outcome === null || view.parkTooLate) && (
        <p className="warning-text" role="note">
          The client needs this by {formatCalendarDay(deadline)}. The choices marked “after the deadline” come back too late for it;
          re-asking before the deadline gives the boss a last chance in time.
        </p>
      )}
      <div className="choice" role="group" aria-label="When to ask again">
        {view.parkChoices.map(({ outcome, returnsOn, afterDeadline }) => (
          <CommandButton
            key={outcome}
            className={`button${park.outcome === outcome ? ' selected' : ''}${outcome === 'before-deadline' ? ' primary' : ''}`}
            aria-pressed={park.outcome === outcome}
            pending={choose.pending && choose.args?.outcome === outcome}
            busy={busy}
            pendingLabel="Saving…"
            onClick={() => void choose.run({ id: view.id, version: view.version, outcome })}
          >
            {PARK_OUTCOME_COPY[outcome].choice}
            {returnsOn && <span className="choice-detail"> · {formatDay(returnsOn)}</span>}
            {afterDeadline && <span className="choice-detail late-text"> · after the deadline</span>}
          </CommandButton>
        ))}
      </div>
      <div className="actions">
        <CommandButton
          className="button link"
          pending={unpark.pending}
          busy={busy}
          pendingLabel="Bringing it back…"
          onClick={() => void unpark.run({ id: view.id, version: view.version })}
        >
          Bring it back now
        </CommandButton>
        {park.outcome === null && <UndoAsk view={view} />}
      </div>
      <ErrorBanner message={choose.error ?? unpark.error} />
    </section>
  );
}

/** An ask clicked by mistake can be taken back; the undo shows in the history too. */
function UndoAsk({ view }: { view: RequestDetailView }) {
  const undo = useCommand('undoAsk', { requestId: view.id });
  const busy = useRequestBusy(view.id);
  return (
    <>
      <CommandButton
        className="button link"
        pending={undo.pending}
        busy={busy}
        pendingLabel="Undoing…"
        onClick={() => void undo.run({ id: view.id, version: view.version })}
      >
        Undo last ask
      </CommandButton>
      <ErrorBanner message={undo.error} />
    </>
  );
}
