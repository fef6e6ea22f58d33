import type { ImportContext } from '../../shared/files/export-file';
import type { EmailSource } from '../../shared/ipc/contract';

/** What main asks the parse worker to read: an untrusted email, or an untrusted export file. */
export type ParseJob = { kind: 'email'; source: EmailSource } | { kind: 'import'; base64: string; context: ImportContext };

/** A job as posted to the worker: numbered, so that an answer is matched to its job. */
export interface JobMessage {
  id: number;
  job: ParseJob;
}

/** What the worker posts back for job `id`: progress while it works, then one answer. */
export type WorkerMessage = { id: number } & (
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: unknown }
  | { type: 'refused'; message: string; fieldErrors?: Record<string, string> }
  | { type: 'failed'; message: string }
);
