import { useState } from 'react';
import { count } from '../../../shared/copy/plural';
import type { RequestQuery } from '../../../shared/ipc/contract';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';

/** The queue as the screen filters it, to a CSV for a spreadsheet. */
export function ExportCsvButton({ filter }: { filter: Pick<RequestQuery, 'status' | 'bossId' | 'text'> }) {
  const exportCsv = useCommand('exportCsv');
  const [saved, setSaved] = useState<string | null>(null);
  const run = async () => {
    const result = await exportCsv.run(filter);
    setSaved(result ? `Saved ${count(result.rows, 'row', 'rows')} to ${result.path}.` : null);
  };
  return (
    <div className="export-csv">
      <CommandButton pending={exportCsv.pending} pendingLabel="Exporting…" onClick={() => void run()}>
        Export CSV…
      </CommandButton>
      <ErrorBanner message={exportCsv.error} />
      <StatusMessage message={saved} />
    </div>
  );
}
