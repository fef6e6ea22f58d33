import { DomainError } from '../../shared/domain/domain-error';
import type { IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { fieldErrorsOf, ipcArgSchemas } from '../../shared/ipc/schemas';
import type { FollowThroughService } from '../service';

export interface Clipboard {
  writeText(text: string): void;
}

export interface HandlerDeps {
  service: FollowThroughService;
  clipboard: Clipboard;
  log?: (message: string) => void;
}

export type HandlerTable = { [M in IpcMethod]: (raw: unknown) => Promise<Result<IpcResult<M>>> };

type Implementations = { [M in IpcMethod]: (args: IpcArgs<M>) => IpcResult<M> };

/**
 * One handler per contract method. Each validates its payload (the renderer is untrusted),
 * runs the service, and answers a Result: rule violations carry their own message, anything
 * unexpected is logged and answered with a calm generic one.
 */
export function createHandlers({ service, clipboard, log }: HandlerDeps): HandlerTable {
  const impl: Implementations = {
    getOverview: () => service.overview(),
    getRequest: ({ id }) => service.request(id),
    logRequest: (details) => service.logRequest(details),
    askBoss: ({ id, note }) => service.askBoss(id, note),
    chooseParkOutcome: ({ id, outcome }) => service.chooseParkOutcome(id, outcome),
    unpark: ({ id }) => service.unpark(id),
    recordDecision: ({ id, decision }) => service.recordDecision(id, decision),
    draftClientUpdate: ({ id, locale }) => service.clientUpdateDraft(id, locale),
    copyText: ({ text }) => {
      clipboard.writeText(text);
      return null;
    },
    saveSettings: (settings) => service.saveSettings(settings),
  };
  const table = {} as Record<IpcMethod, (raw: unknown) => Promise<Result<unknown>>>;
  for (const method of Object.keys(impl) as IpcMethod[]) {
    table[method] = async (raw) => handle(method, raw, impl[method] as (args: unknown) => unknown, log);
  }
  return table as HandlerTable;
}

function handle(
  method: IpcMethod,
  raw: unknown,
  run: (args: unknown) => unknown,
  log: ((message: string) => void) | undefined,
): Result<unknown> {
  const parsed = ipcArgSchemas[method].safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const first = Object.values(fieldErrors)[0] ?? 'Some of the details are not valid.';
    return { ok: false, error: `Please check the form: ${first}`, fieldErrors };
  }
  try {
    return { ok: true, value: run(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    log?.(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: 'Something went wrong and nothing was changed. Please try again.' };
  }
}
