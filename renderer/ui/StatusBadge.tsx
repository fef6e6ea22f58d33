import type { RequestStatus } from '../../shared/domain/request';
import { STATUS_LABELS } from '../../shared/copy/labels';

export function StatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
