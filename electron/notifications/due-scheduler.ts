import { format } from 'date-fns';
import { noticesToShow, type DueNotice } from '../../shared/rules/notifications';
import { dueCount } from '../../shared/rules/today';
import type { FollowThroughService } from '../service';

export interface NoticePorts {
  /** Show one due item: a desktop notification, or a banner in the focused window. */
  notify(notice: DueNotice): void;
  /** The count of due items on the dock or taskbar. */
  setBadge(count: number): void;
}

/**
 * Looks at Today once a minute (on the injected clock): keeps the badge at the number of due
 * items, and shows each newly due item once a day, never on days off or outside working hours.
 */
export class DueScheduler {
  private shown = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly service: FollowThroughService,
    private readonly ports: NoticePorts,
  ) {}

  tick(): DueNotice[] {
    const { now, settings, sections } = this.service.today();
    this.ports.setBadge(dueCount(sections));
    // Keys start with the day; yesterday's are no longer needed.
    const day = format(now, 'yyyy-MM-dd');
    this.shown = new Set([...this.shown].filter((key) => key.startsWith(day)));
    const fresh = noticesToShow(sections, this.shown, now, settings);
    for (const notice of fresh) {
      this.shown.add(notice.key);
      this.ports.notify(notice);
    }
    return fresh;
  }

  start(intervalMs = 60_000): void {
    this.stop();
    this.tick();
    this.timer = setInterval(() => this.tick(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
