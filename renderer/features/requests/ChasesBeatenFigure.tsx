import type { ChaseScore, ChasesBeaten } from '../../../shared/rules/chases-beaten';

const percent = (score: ChaseScore) => (score.rate === null ? '—' : `${Math.round(score.rate * 100)}%`);
const detail = (score: ChaseScore) => `${score.beaten} of ${score.beaten + score.chased}`;

/** How often our update reached the client before they had to chase. */
export function ChasesBeatenFigure({ score }: { score: ChasesBeaten }) {
  return (
    <p className="figure">
      <span className="figure-label">Chases beaten</span> <strong>{percent(score.overall)}</strong>{' '}
      <span className="muted">({detail(score.overall)} overall)</span> <span className="sep">·</span>{' '}
      <strong>{percent(score.last30Days)}</strong> <span className="muted">({detail(score.last30Days)} in the last 30 days)</span>
    </p>
  );
}
