import { STATUS_LABELS, type RequestStatus } from '../../shared/domain/request';

export function StatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
