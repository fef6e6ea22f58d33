import { TEMPLATE_LABELS, type TemplateId } from '../../../shared/domain/draft-templates';
import { useDraftShares } from '../../api/queries';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { count } from '../../../shared/copy/plural';
import { openTemplate } from './open-template';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * How often each kind of draft went out as the app wrote it, over the last 90 days. Worked out
 * by main from what was recorded when each was used: a flag and a count of words changed,
 * never the text. The kind edited most often links to its template, the wording to fix first.
 */
export function DraftSharesSection() {
  const shares = useDraftShares();
  if (shares.error) return <ErrorBanner message={shares.error.message} />;
  if (!shares.data) return null;
  const { rows, lowest, days, total } = shares.data;
  return (
    <section className="panel" aria-labelledby="shares-title">
      <h2 id="shares-title">Drafts sent as written</h2>
      <p className="muted small">
        Over the last {days} days. Counted on this computer only, from whether you changed a draft before using it; no text is kept.
      </p>
      {total.used > 0 && (
        <p className="big-figure">
          <strong>{percent(total.share)}</strong> {total.unedited} of {count(total.used, 'draft', 'drafts')} went out as the app wrote them.
        </p>
      )}
      {rows.length === 0 ? (
        <p>No drafts used yet in this period. Each email marked sent, call logged or question recorded will count here.</p>
      ) : (
        <table className="shares">
          <thead>
            <tr>
              <th scope="col">Kind of draft</th>
              <th scope="col">Used</th>
              <th scope="col">Unedited</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.template} className={row.template === lowest ? 'lowest' : undefined}>
                <th scope="row">{TEMPLATE_LABELS[row.template]}</th>
                <td>{row.used}</td>
                <td>{row.unedited}</td>
                <td>{percent(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lowest && <LowestLink template={lowest} />}
    </section>
  );
}

function LowestLink({ template }: { template: TemplateId }) {
  const label = TEMPLATE_LABELS[template];
  return (
    <p>
      Edited most often: {label.charAt(0).toLowerCase() + label.slice(1)}.{' '}
      <button type="button" className="button link" onClick={() => openTemplate(template)}>
        Improve its template
      </button>
    </p>
  );
}
