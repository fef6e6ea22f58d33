import { useId } from 'react';
import type { Boss } from '../../shared/domain/settings';

/** "All bosses" or one of them; hidden when there is only one boss. */
export function BossFilter({ bosses, value, onChange }: { bosses: Boss[]; value: string; onChange: (bossId: string) => void }) {
  const id = useId();
  if (bosses.length < 2) return null;
  return (
    <div className="filter">
      <label htmlFor={id}>Boss</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All bosses</option>
        {bosses.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </div>
  );
}
