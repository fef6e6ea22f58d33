import { useEffect, useRef, useState } from 'react';
import type { ImportItem } from '../../../shared/files/export-file';
import type { ImportProgress } from '../../../shared/ipc/contract';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { fileAsBase64 } from '../../ui/file-as-base64';
import { count } from '../../../shared/copy/plural';

const OUTCOME_WORDS: Record<ImportItem['outcome'], string> = { add: 'To add', 'already-there': 'Already here', rejected: 'Not imported' };
const DONE_WORDS: Record<ImportItem['outcome'], string> = { add: 'Added', 'already-there': 'Already here', rejected: 'Not imported' };

const tally = (items: ImportItem[], outcome: ImportItem['outcome']) => items.filter((i) => i.outcome === outcome).length;

/** Items listed one by one: every one with something to say, then the first plain ones; the rest are counted. */
const LISTED_PLAIN = 20;

function progressWords({ stage, done, total }: ImportProgress): string {
  if (stage === 'reading') return 'Reading the file…';
  if (stage === 'checking') return `Checking ${done.toLocaleString()} of ${count(total, 'request', 'requests')}…`;
  if (stage === 'saving') return `Saving ${count(done, 'request', 'requests')}…`;
  return 'Done.';
}

/**
 * Every request with its history to a JSON file, and that file back in: first a preview of
 * what importing would do, request by request, then the import and its report.
 */
export function ExportImport() {
  const exportJson = useCommand('exportJson');
  const preview = useCommand('previewImport');
  const importJson = useCommand('importJson', { invalidates: () => [[]] });
  const [chosen, setChosen] = useState<{ fileName: string; base64: string } | null>(null);
  const [items, setItems] = useState<ImportItem[] | null>(null);
  const [done, setDone] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => window.followThrough.on('importProgress', setProgress), []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const upload = await fileAsBase64(file);
    setDone(false);
    const result = await preview.run(upload);
    setChosen(result ? upload : null);
    setItems(result?.items ?? null);
  };

  const adding = items ? tally(items, 'add') : 0;
  return (
    <div className="export-import">
      <h3>Export and import</h3>
      <p className="muted small">
        An export holds every request with its full history. Importing one adds the requests that are not here yet and never changes one
        that is.
      </p>
      <ErrorBanner message={exportJson.error ?? preview.error ?? importJson.error} />
      <div className="actions wrap">
        <CommandButton
          pending={exportJson.pending}
          pendingLabel="Exporting…"
          onClick={() =>
            void exportJson
              .run(undefined)
              .then((r) => setSaved(r ? `Saved ${count(r.requests, 'request', 'requests')} to ${r.path}.` : null))
          }
        >
          Export all requests…
        </CommandButton>
        <button type="button" className="button" disabled={preview.pending || importJson.pending} onClick={() => picker.current?.click()}>
          {preview.pending ? 'Reading…' : 'Import an export…'}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Export file to import"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <StatusMessage message={saved} />
      {items && chosen && (
        <div className="import-preview" role="group" aria-label={done ? 'Import report' : 'Import preview'}>
          <p>
            <strong>{chosen.fileName}</strong>: {done ? 'added' : 'to add'} {tally(items, 'add').toLocaleString()}, already here{' '}
            {tally(items, 'already-there').toLocaleString()}, not imported {tally(items, 'rejected').toLocaleString()}.
          </p>
          <ul className="notes">
            {listed(items).map((item, i) => (
              <li key={`${item.id}-${i}`}>
                <strong>{(done ? DONE_WORDS : OUTCOME_WORDS)[item.outcome]}</strong>: {item.label}
                {item.reason && <span className="muted"> · {item.reason}</span>}
              </li>
            ))}
          </ul>
          {items.length > listed(items).length && (
            <p className="muted small">
              …and {count(items.length - listed(items).length, 'more request', 'more requests')} with nothing to report.
            </p>
          )}
          {importJson.pending && progress && progress.stage !== 'done' && (
            <div className="import-progress">
              <progress
                aria-label="Import progress"
                max={progress.total || 1}
                value={progress.stage === 'reading' ? undefined : progress.stage === 'saving' ? progress.total : progress.done}
              />
              <span role="status">{progressWords(progress)}</span>
            </div>
          )}
          {!done && (
            <div className="actions">
              <CommandButton
                className="button primary"
                pending={importJson.pending}
                pendingLabel="Importing…"
                disabled={adding === 0}
                onClick={() =>
                  void importJson.run(chosen).then((report) => {
                    if (!report) return;
                    setItems(report.items);
                    setDone(true);
                  })
                }
              >
                {`Import ${count(adding, 'request', 'requests')}`}
              </CommandButton>
              <button type="button" className="button" disabled={importJson.pending} onClick={() => setItems(null)}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** In the file's order: every item with a reason, and the first LISTED_PLAIN without one. */
function listed(items: ImportItem[]): ImportItem[] {
  let plain = 0;
  return items.filter((item) => Boolean(item.reason) || plain++ < LISTED_PLAIN);
}
