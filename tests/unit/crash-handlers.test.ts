import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installCrashHandlers, reportStartupFailure } from '../../electron/logging/crash-handlers';

function ports() {
  const logged: unknown[][] = [];
  const dialogs: [string, string][] = [];
  const process = new EventEmitter();
  return {
    logged,
    dialogs,
    process,
    ports: {
      log: { error: (...parts: unknown[]) => logged.push(parts) },
      showError: (title: string, message: string) => dialogs.push([title, message]),
      logPath: () => '/home/sam/.config/Follow-Through/logs/main.log',
      process: process as unknown as Pick<NodeJS.Process, 'on'>,
    },
  };
}

describe('nothing in main fails silently', () => {
  it('logs an uncaught exception and an unhandled rejection, and shows where the log is', () => {
    const { logged, dialogs, process, ports: p } = ports();
    installCrashHandlers(p);
    process.emit('uncaughtException', new Error('disk on fire'));
    process.emit('unhandledRejection', 'a promise gave up');
    expect(logged[0]?.[0]).toBe('Uncaught exception:');
    expect(String(logged[0]?.[1])).toContain('Error: disk on fire');
    expect(logged[1]).toEqual(['Unhandled rejection:', 'a promise gave up']);
    expect(dialogs).toHaveLength(2);
    expect(dialogs[0]).toEqual([
      'Follow-Through ran into a problem',
      'Something unexpected happened. Your requests are saved.\n\nDetails were written to:\n/home/sam/.config/Follow-Through/logs/main.log',
    ]);
  });

  it('says plainly that start-up failed, with the reason and the log', () => {
    const { logged, dialogs, ports: p } = ports();
    reportStartupFailure(new Error('The data folder is read-only.'), p);
    expect(logged[0]?.[0]).toBe('Start-up failed:');
    expect(dialogs).toEqual([
      [
        'Follow-Through could not start',
        'The data folder is read-only.\n\nDetails were written to:\n/home/sam/.config/Follow-Through/logs/main.log',
      ],
    ]);
  });
});
