import { format, startOfISOWeek } from 'date-fns';

export const RETENTION = { daily: 10, weekly: 8, newest: 3 } as const;

/**
 * Which backups to keep: the newest of each of the last 10 days that have one, the newest of
 * each of the last 8 weeks that have one, and the newest 3 whatever they are (so a backup
 * made just before a restore survives a busy day). Days and weeks are the user's local ones.
 */
export function backupsToKeep(backups: readonly { id: string; createdAt: string }[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, RETENTION.newest).map((b) => b.id));
  const newestPer = (bucket: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = bucket(new Date(b.createdAt));
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(b.id);
    }
  };
  newestPer((d) => format(d, 'yyyy-MM-dd'), RETENTION.daily);
  newestPer((d) => format(startOfISOWeek(d), 'yyyy-MM-dd'), RETENTION.weekly);
  return keep;
}
