import { useState } from 'react';
import { PARK_OUTCOME_LABELS, PARK_OUTCOMES } from '../../../shared/domain/events';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { call } from '../../api/api';
import type { Act } from './act';
import { AskDraft } from './AskDraft';
import { dueLabel, formatDateTime, formatDay } from '../../ui/format';

/** The boss side: one click records an ask; after the last strike, one click picks what parking means. */
export function BossPanel({ view, busy, act }: { view: RequestDetailView; busy: boolean; act: Act }) {
  const [note, setNote] = useState('');
  const { state } = view;

  if (state.status === 'waiting') {
    const ask = async () => {
      if (await act(() => call('askBoss', { id: view.id, note }))) setNote('');
    };
    return (
      <section className="panel" aria-labelledby="boss-title">
        <h2 id="boss-title">Ask the boss</h2>
        <p data-testid="ask-due">
          {view.askDue
            ? 'Ask due today.'
            : view.nextAskDue
              ? `Next ask due ${dueLabel(view.nextAskDue, view.asOf)}.`
              : null}{' '}
          <span className="muted">
            Strike {view.strikes} of {view.strikeLimit}
            {view.round > 1 ? `, round ${view.round}` : ''}.
          </span>
        </p>
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
          <button type="button" className="button primary" disabled={busy} onClick={() => void ask()}>
            {view.strikes === 0 ? 'Ask boss' : 'Ask boss again'}
          </button>
        </div>
        {state.strikes + 1 === view.strikeLimit && (
          <p className="muted small">This is the last ask of the round: the request will be parked after it.</p>
        )}
        {view.strikes > 0 && <UndoAsk view={view} busy={busy} act={act} />}
        <AskDraft key={view.strikes} view={view} act={act} />
      </section>
    );
  }

  if (state.status === 'parked' && state.park) {
    const { park } = state;
    return (
      <section className="panel parked" aria-labelledby="park-title">
        <h2 id="park-title">Parked</h2>
        <p>
          Parked on {formatDateTime(park.at)} after {view.strikes} unanswered asks to {view.bossName}. It is off the
          active list. {park.outcome === null ? 'What should happen now?' : null}
        </p>
        {park.outcome !== null && (
          <p data-testid="park-outcome">
            {park.returnsOn
              ? `Comes back for round ${state.round + 1} on ${formatDay(park.returnsOn)}.`
              : `Parked until ${view.bossName} raises it.`}
          </p>
        )}
        <div className="choice" role="group" aria-label="When to ask again">
          {PARK_OUTCOMES.map((outcome) => (
            <button
              key={outcome}
              type="button"
              className={`button${park.outcome === outcome ? ' selected' : ''}`}
              aria-pressed={park.outcome === outcome}
              disabled={busy}
              onClick={() => void act(() => call('chooseParkOutcome', { id: view.id, outcome }))}
            >
              {PARK_OUTCOME_LABELS[outcome]}
            </button>
          ))}
        </div>
        <div className="actions">
          <button
            type="button"
            className="button link"
            disabled={busy}
            onClick={() => void act(() => call('unpark', { id: view.id }))}
          >
            Bring it back now
          </button>
          {park.outcome === null && <UndoAsk view={view} busy={busy} act={act} />}
        </div>
      </section>
    );
  }

  return null;
}

/** An ask clicked by mistake can be taken back; the undo shows in the history too. */
function UndoAsk({ view, busy, act }: { view: RequestDetailView; busy: boolean; act: Act }) {
  return (
    <button type="button" className="button link" disabled={busy} onClick={() => void act(() => call('undoAsk', { id: view.id }))}>
      Undo last ask
    </button>
  );
}
