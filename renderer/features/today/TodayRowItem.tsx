import { ITEM_COPY } from '../../../shared/copy/labels';
import { DRAFT_FOR, type DueAction } from '../../../shared/rules/due-facts';
import type { TodayRow } from '../../../shared/rules/today';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { routeHref, type Route } from '../../app/route';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { dueDetail } from '../../ui/due-detail';
import { keepSelectionAfter, rowKeys } from '../../ui/row-keys';

/**
 * One request on Today: who, everything due on it, and one button for the most urgent; the
 * other actions are in the row's menu. An ask is recorded at once and can be undone from the
 * line that takes the row's place (TodayPage).
 */
export function TodayRowItem({
  row,
  asOf,
  navigate,
  onAsked,
}: {
  row: TodayRow;
  asOf: string;
  navigate: (route: Route) => void;
  onAsked: (row: TodayRow, view: RequestDetailView) => void;
}) {
  const ask = useCommand('askBoss', { requestId: row.requestId });
  const askNow = async () => {
    const view = await ask.run({ id: row.requestId, version: row.version, note: '' });
    if (view) onAsked(row, view);
    return view;
  };
  const actions = [...new Set(row.items.map((i) => i.action))];
  const canAsk = actions.includes('ask');
  const keys = rowKeys({
    ...(canAsk ? { ask: askNow } : {}),
    update: () => navigate({ page: 'request', id: row.requestId, draft: 'update' }),
  });
  const act = (action: DueAction, control?: HTMLElement) => {
    if (action === 'ask') return control ? keepSelectionAfter(control, askNow()) : void askNow();
    if (action === 'agree-deadline') return navigate({ page: 'request', id: row.requestId, agree: 'deadline' });
    const draft = DRAFT_FOR[action];
    navigate(draft ? { page: 'request', id: row.requestId, draft } : { page: 'request', id: row.requestId });
  };
  const [primary, ...others] = actions;
  return (
    <li className={`today-row${row.late ? ' late' : ''}`}>
      <div className="who">
        <a href={routeHref({ page: 'request', id: row.requestId })} className="row-link" onKeyDown={keys}>
          {row.clientName}
        </a>
        {row.company && <span className="muted"> · {row.company}</span>}
        <div>{row.topic}</div>
      </div>
      <ul className="row-items" aria-label={`Due for ${row.clientName}`}>
        {row.items.map((item) => (
          <li key={item.kind}>
            <span className={`badge ${item.late ? 'late' : 'due'}`}>
              {item.late ? ITEM_COPY[item.kind].lateBadge : ITEM_COPY[item.kind].badge}
            </span>{' '}
            <span className="muted">{dueDetail(item, row, asOf)}</span>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        <CommandButton
          className={`button${primary === 'open' ? '' : ' primary'}`}
          pending={ask.pending}
          pendingLabel="Recording…"
          aria-label={`${actionLabel(primary!, row)} for ${row.clientName}`}
          onClick={(event) => act(primary!, event.currentTarget)}
          onKeyDown={keys}
        >
          {actionLabel(primary!, row)}
        </CommandButton>
        {others.length > 0 && (
          <details className="row-menu">
            <summary aria-label={`More for ${row.clientName}`}>More</summary>
            <div className="menu">
              {others.map((action) => (
                <button
                  key={action}
                  type="button"
                  className="button"
                  disabled={ask.pending}
                  aria-label={`${actionLabel(action, row)} for ${row.clientName}`}
                  onClick={(event) => act(action, event.currentTarget)}
                >
                  {actionLabel(action, row)}
                </button>
              ))}
            </div>
          </details>
        )}
      </div>
      {ask.error && <ErrorBanner message={ask.error} />}
    </li>
  );
}

function actionLabel(action: DueAction, row: TodayRow): string {
  switch (action) {
    case 'ask':
      return row.strikes === 0 ? `Ask ${row.bossName}` : `Ask ${row.bossName} again`;
    case 'draft-acknowledgement':
      return 'Draft acknowledgement';
    case 'draft-reply':
      return 'Draft reply';
    case 'draft-update':
      return 'Draft update';
    case 'draft-answer':
      return 'Draft answer';
    case 'draft-follow-up':
      return 'Draft follow-up';
    case 'choose-park':
      return 'Choose when to ask again';
    case 'agree-deadline':
      return 'Agree a new date';
    case 'log-call':
      return 'Log the call';
    case 'open':
      return 'Open';
  }
}
