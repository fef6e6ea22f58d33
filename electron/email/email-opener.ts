import type { EmailSource } from '../../shared/ipc/contract';
import { emailSourceFromFile } from './email-files';

export interface EmailOpenerPorts {
  /** Hands the email to the window, which reads it into New request as it would a dropped file. */
  send(source: EmailSource): void;
  /** Says what is wrong with a file that cannot be opened. */
  warn(message: string): void;
}

/**
 * Email files opened with the app (a double-click on an .eml, File > Open email…, a drop on the
 * Dock icon) can arrive before the window has loaded: they wait for it, then go in order.
 */
export class EmailOpener {
  private readonly waiting: string[] = [];
  private ports: EmailOpenerPorts | null = null;

  open(file: string): void {
    if (this.ports) void this.deliver(file, this.ports);
    else this.waiting.push(file);
  }

  /** The window is ready: what waited is delivered, and later files go straight through. */
  ready(ports: EmailOpenerPorts): void {
    this.ports = ports;
    for (const file of this.waiting.splice(0)) void this.deliver(file, ports);
  }

  private async deliver(file: string, ports: EmailOpenerPorts): Promise<void> {
    const read = await emailSourceFromFile(file);
    if (read.ok) ports.send(read.source);
    else ports.warn(read.error);
  }
}
