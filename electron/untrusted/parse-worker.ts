import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../shared/domain/domain-error';
import { checkExport } from '../../shared/files/export-file';
import { readEmail } from '../email/read-email';
import type { JobMessage, ParseJob, WorkerMessage } from './parse-job';

/**
 * The parse worker: a thread started by UntrustedParser with a heap limit, reading one
 * untrusted file at a time. A file that loops a parser or exhausts the heap costs this
 * thread (main stops it and starts another), never main.
 */
const NOT_JSON = 'That file is not a Follow-Through export: it is not JSON. Choose a .json file made by "Export all requests".';

async function run(job: ParseJob, progress: (done: number, total: number) => void): Promise<unknown> {
  if (job.kind === 'email') return readEmail(job.source);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(job.base64, 'base64').toString('utf8'));
  } catch {
    throw new DomainError(NOT_JSON);
  }
  return checkExport(raw, job.context, progress);
}

parentPort!.on('message', ({ id, job }: JobMessage) => {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  run(job, (done, total) => post({ id, type: 'progress', done, total })).then(
    (value) => post({ id, type: 'done', value }),
    (error: unknown) =>
      post(
        error instanceof DomainError
          ? { id, type: 'refused', message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) }
          : { id, type: 'failed', message: error instanceof Error ? error.message : String(error) },
      ),
  );
});
