import type { BackupSummary } from '../../../shared/ipc/contract';

/** Why each backup was made, in the words the Settings list uses. */
export const BACKUP_KIND_LABEL: Record<BackupSummary['kind'], string> = {
  start: 'When the app started',
  daily: 'Daily',
  'before-restore': 'Before a restore',
  'before-migration': 'Before a format update',
  'before-repair': 'Before a repair',
  'before-import': 'Before an import',
};
