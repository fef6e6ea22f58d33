import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { requestDetails } from '../support/fixtures';
import { openTestStack } from '../support/open-test-store';

let dir: string;
// Monday 2 November 2026, 09:00 London (GMT).
const clock = new SettableClock(new Date('2026-11-02T09:00:00Z'));
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-boss-'));
  clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a boss leaving Settings', () => {
  it('is refused while they decide open requests, and their requests can be handed to another boss first', () => {
    const { service } = openTestStack(dir, clock);
    const settings = service.currentSettings();
    const two = {
      ...settings,
      bosses: [
        { id: 'alex', name: 'Alex Morgan', email: '' },
        { id: 'robin', name: 'Robin Lee', email: '' },
      ],
      defaultBossId: 'alex',
    };
    service.saveSettings(two);
    const gala = service.logRequest(requestDetails({ bossId: 'alex', topic: 'the gala' }));
    service.logRequest(requestDetails({ bossId: 'robin', topic: 'the dinner' }));
    const closed = service.logRequest(requestDetails({ bossId: 'alex', topic: 'the visit' }));
    service.withdraw(closed.id, closed.version, 'No longer needed.');
    const withoutAlex = { ...two, bosses: [two.bosses[1]!], defaultBossId: 'robin' };

    expect(() => service.saveSettings(withoutAlex)).toThrow(
      'Alex Morgan decides 1 open request: hand them to another boss before removing Alex Morgan.',
    );
    expect(service.counts().openByBoss).toEqual({ alex: 1, robin: 1 });

    expect(service.handOverRequests('alex', 'robin')).toEqual({ moved: 1 });
    const moved = service.request(gala.id);
    expect(moved.bossName).toBe('Robin Lee');
    expect(moved.state.timeline.at(-1)).toMatchObject({
      kind: 'corrected',
      changes: [{ field: 'bossId', from: 'Alex Morgan', to: 'Robin Lee' }],
    });
    expect(service.saveSettings(withoutAlex).bosses.map((b) => b.name)).toEqual(['Robin Lee']);
  });
});
