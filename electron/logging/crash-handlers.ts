/** Where main writes what went wrong: electron-log's file transport in the app, a list in tests. */
export interface ErrorLog {
  error(...parts: unknown[]): void;
}

export interface CrashPorts {
  log: ErrorLog;
  /** A blocking dialog the user sees; never silent. */
  showError(title: string, message: string): void;
  /** Where the log file is, so the dialog can say where to look. */
  logPath(): string;
  /** The process to listen on (Node's own in the app). */
  process: Pick<NodeJS.Process, 'on'>;
}

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * Nothing fails silently in main: an uncaught exception or an unhandled rejection is written
 * to the log file and shown in a dialog that says where the log is. The app keeps running,
 * because every write is already on disk before it is acknowledged.
 */
export function installCrashHandlers(ports: CrashPorts): void {
  const report = (kind: string) => (error: unknown) => {
    ports.log.error(`${kind}:`, describe(error));
    ports.showError(
      'Follow-Through ran into a problem',
      `Something unexpected happened. Your requests are saved.\n\nDetails were written to:\n${ports.logPath()}`,
    );
  };
  ports.process.on('uncaughtException', report('Uncaught exception'));
  ports.process.on('unhandledRejection', report('Unhandled rejection'));
}

/** Start-up failed before a window could open: log it, say so, and let the caller quit. */
export function reportStartupFailure(error: unknown, ports: Omit<CrashPorts, 'process'>): void {
  ports.log.error('Start-up failed:', describe(error));
  ports.showError(
    'Follow-Through could not start',
    `${error instanceof Error ? error.message : String(error)}\n\nDetails were written to:\n${ports.logPath()}`,
  );
}
