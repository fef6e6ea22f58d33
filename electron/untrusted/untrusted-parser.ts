import { Worker } from 'node:worker_threads';
import { DomainError } from '../../shared/domain/domain-error';
import { EMAIL_READ_MEMORY_MB, EMAIL_READ_SECONDS, EMAIL_REFUSALS } from '../../shared/email/email-limits';
import type { ParsedEmail } from '../../shared/email/email-prefill';
import type { CheckedRecord, ImportContext } from '../../shared/files/export-file';
import type { EmailSource } from '../../shared/ipc/contract';
import type { JobMessage, ParseJob, WorkerMessage } from './parse-job';

interface Budget {
  seconds: number;
  memoryMb: number;
  refusals: { slow: string; memory: string; damaged: string };
  /** The form field a refusal belongs to, if any. */
  field?: string;
}

const EMAIL_BUDGET: Budget = { seconds: EMAIL_READ_SECONDS, memoryMb: EMAIL_READ_MEMORY_MB, refusals: EMAIL_REFUSALS, field: 'email' };

/** An export of 200 MB (the largest the app takes) parses in a few seconds and a little over 1 GB. */
export const IMPORT_READ_SECONDS = 60;
const IMPORT_BUDGET: Budget = {
  seconds: IMPORT_READ_SECONDS,
  memoryMb: 2048,
  refusals: {
    slow: `This file could not be imported: the app gave up reading it after ${IMPORT_READ_SECONDS} seconds. Nothing was changed. Export again from the app that made it.`,
    memory: 'This file could not be imported: it needs more than the 2 GB of memory the app gives an import. Nothing was changed.',
    damaged: 'This file could not be imported: it is damaged. Nothing was changed. Export again from the app that made it.',
  },
};

/**
 * Reads untrusted files (emails dropped, pasted or opened with the app; export files chosen
 * for import) off the main process, in worker threads with a heap limit and a deadline per
 * file, so a file built to loop a parser or fill memory costs a thread, and main goes on
 * answering the window. One worker for emails (256 MB) and one for imports (2 GB), each kept
 * between files (starting one costs about 50 ms) and reading one file at a time; a worker that
 * misses a deadline or runs out of memory is stopped and the next file gets a new one.
 * Worker threads rather than Electron's utilityProcess because they run the same in the app
 * and in the Node test stack, and carry V8's resourceLimits.
 */
export class UntrustedParser {
  private readonly lanes = new Map<Budget, Lane>();

  constructor(
    /** The bundled worker, or where to find it when first needed (the tests bundle it on demand). */
    private readonly workerPath: string | (() => string),
    private readonly log?: (message: string) => void,
  ) {}

  readEmail(source: EmailSource): Promise<ParsedEmail> {
    return this.run({ kind: 'email', source }, EMAIL_BUDGET) as Promise<ParsedEmail>;
  }

  checkImport(base64: string, context: ImportContext, onProgress?: (done: number, total: number) => void): Promise<CheckedRecord[]> {
    return this.run({ kind: 'import', base64, context }, IMPORT_BUDGET, onProgress) as Promise<CheckedRecord[]>;
  }

  private run(job: ParseJob, budget: Budget, onProgress?: (done: number, total: number) => void): Promise<unknown> {
    let lane = this.lanes.get(budget);
    if (!lane) this.lanes.set(budget, (lane = { worker: null, queue: Promise.resolve(), nextId: 1 }));
    const current = lane;
    const answer = current.queue.then(() => this.runNow(current, job, budget, onProgress));
    current.queue = answer.then(
      () => undefined,
      () => undefined,
    );
    return answer;
  }

  /** Runs one job on the lane's worker (started if need be); any failure of the worker ends it. */
  private runNow(lane: Lane, job: ParseJob, budget: Budget, onProgress?: (done: number, total: number) => void): Promise<unknown> {
    const refuse = (message: string) => new DomainError(message, budget.field ? { [budget.field]: message } : undefined);
    const worker = (lane.worker ??= this.start(lane, budget));
    const id = lane.nextId++;
    return new Promise((resolve, reject) => {
      const finish = (settle: () => void, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (broken) {
          if (lane.worker === worker) lane.worker = null;
          void worker.terminate();
        }
        settle();
      };
      const timer = setTimeout(() => {
        this.log?.(`A ${job.kind} took over ${budget.seconds} s to read; its worker was stopped.`);
        finish(() => reject(refuse(budget.refusals.slow)), true);
      }, budget.seconds * 1000);
      const onMessage = (message: WorkerMessage) => {
        if (message.id !== id) return;
        if (message.type === 'progress') return onProgress?.(message.done, message.total);
        if (message.type === 'done') return finish(() => resolve(message.value), false);
        if (message.type === 'refused') return finish(() => reject(new DomainError(message.message, message.fieldErrors)), false);
        this.log?.(`A ${job.kind} could not be parsed: ${message.message}`);
        finish(() => reject(refuse(budget.refusals.damaged)), false);
      };
      const onError = (error: Error & { code?: string }) => {
        this.log?.(`The ${job.kind} worker failed: ${error.code ?? error.message}`);
        finish(() => reject(refuse(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? budget.refusals.memory : budget.refusals.damaged)), true);
      };
      const onExit = () => finish(() => reject(refuse(budget.refusals.damaged)), true);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, job } satisfies JobMessage);
    });
  }

  private start(lane: Lane, budget: Budget): Worker {
    const worker = new Worker(typeof this.workerPath === 'string' ? this.workerPath : this.workerPath(), {
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    });
    // Between jobs too: an error is logged (never thrown in main) and a worker that ended is replaced at the next job.
    worker.on('error', (error) => this.log?.(`A parse worker failed: ${error.message}`));
    worker.on('exit', () => {
      if (lane.worker === worker) lane.worker = null;
    });
    // An idle worker never keeps the app (or a test run) from exiting.
    worker.unref();
    return worker;
  }
}

/** A worker of one budget and the jobs waiting for it, one at a time. */
interface Lane {
  worker: Worker | null;
  queue: Promise<void>;
  nextId: number;
}
