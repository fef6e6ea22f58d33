import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/clock';
import { requestDetails } from '../support/fixtures';
import { driveMain } from '../support/drive-main';
import { openTestStack } from '../support/open-test-store';

/**
 * Secondary data files damaged as a disk, a crash or a text editor leaves them, through the
 * real start-up: the bundled main on the recording stand-in for Electron, which opens every
 * file with electron-store as the app does. For each: the window opens, the notice names the
 * file, the lists and a close work, and no request is lost.
 */
interface Report {
  windows: unknown[];
  errorBox: { title: string; message: string } | null;
  dataStatus: { notices: string[]; needsAttention: { key: string; file: string; problem: string }[] } | null;
  dataChecks: {
    open: string[] | null;
    closedBefore: string[] | null;
    withdrawn: { ok: boolean; error?: string } | null;
    closedAfter: string[] | null;
  };
}

let home: string;
let data: string;
const ids: { open: string[]; archived: string } = { open: [], archived: '' };

beforeAll(() => {
  if (!existsSync('out/main/main.js')) throw new Error('out/main/main.js is missing: run `npm run build` first (npm test does).');
});

/** Two open requests and one closed (archived in this year's file), written by the app's own store. */
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'follow-through-damaged-'));
  data = path.join(home, 'userData');
  mkdirSync(data, { recursive: true });
  const clock = new SettableClock(new Date());
  const { service } = openTestStack(data, clock);
  const client = (name: string, email: string) => ({ name, company: '', email, phone: '' });
  const contactAt = new Date(Date.now() - 3_600_000).toISOString();
  ids.open = [
    service.logRequest(
      requestDetails({ client: client('Jane Doe', 'jane@acme.example'), topic: 'the gala', contact: { channel: 'email', at: contactAt } }),
    ).id,
    service.logRequest(
      requestDetails({
        client: client('Tomás Ruiz', 'tomas@harbour.example'),
        topic: 'the lease',
        contact: { channel: 'email', at: contactAt },
      }),
    ).id,
  ];
  const closing = service.logRequest(
    requestDetails({
      client: client("Siobhán O'Neill", 'siobhan@oneill.example'),
      topic: 'the tour',
      contact: { channel: 'email', at: contactAt },
    }),
  );
  service.withdraw(closing.id, closing.version, 'Went elsewhere');
  ids.archived = closing.id;
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const file = (name: string) => path.join(data, name);
const truncate = (name: string) => {
  const text = readFileSync(file(name), 'utf8');
  writeFileSync(file(name), text.slice(0, Math.floor(text.length / 2)));
};
const addBom = (name: string) => writeFileSync(file(name), `\uFEFF${readFileSync(file(name), 'utf8')}`);
const year = new Date().getFullYear();
const drive = () => driveMain<Report>(home, { STAND_IN_DATA_CHECKS: '1' });

/** What every damaged file must leave true: the window, the lists, a close, and every request. */
function expectWorking(report: Report) {
  expect(report.errorBox).toBeNull();
  expect(report.windows).toHaveLength(1);
  // (drive.mjs logs one request of its own on the way.)
  expect(report.dataChecks.open).toEqual(expect.arrayContaining(ids.open));
  expect(report.dataChecks.withdrawn).toEqual({ ok: true });
  expect(report.dataChecks.closedAfter).toHaveLength(report.dataChecks.closedBefore!.length + 1);
}

describe('a damaged secondary file never stops the app', () => {
  for (const [name, damage] of [
    ['the archive index, truncated', () => truncate('follow-through-archive-index.json')],
    ['the archive index, not JSON', () => writeFileSync(file('follow-through-archive-index.json'), 'PK\u0003\u0004 not json')],
  ] as const) {
    it(`${name}: made again from the archives, and the notice names it`, () => {
      damage();
      const report = drive();
      expectWorking(report);
      expect(report.dataChecks.closedBefore).toEqual([ids.archived]);
      expect(report.dataStatus!.notices).toEqual([
        expect.stringMatching(
          /^follow-through-archive-index\.json could not be read \(it is not valid JSON \(.+\)\); it was made again from the archives\. The damaged file was moved, unchanged, to .+quarantine.+follow-through-archive-index\.json\.$/,
        ) as string,
      ]);
      expect(readdirSync(path.join(data, 'quarantine'))).toEqual([expect.stringMatching(/follow-through-archive-index\.json$/) as string]);
    });
  }

  it('the archive outcomes file, truncated: made again when first needed, and the notice names it', () => {
    truncate('follow-through-archive-outcomes.json');
    const report = drive();
    expectWorking(report);
    expect(report.dataStatus!.notices).toEqual([
      expect.stringMatching(
        /^follow-through-archive-outcomes\.json could not be read .+; it is made again from the archives when first needed\./,
      ) as string,
    ]);
  });

  it('an archive year file, truncated: set aside, its requests listed in Needs attention, the rest of the app as usual', () => {
    truncate(`follow-through-archive-${year}.json`);
    const report = drive();
    expectWorking(report);
    // The request it held is named, never silently gone; the year's new closes go to a new file.
    expect(report.dataStatus!.needsAttention).toEqual([
      {
        ...report.dataStatus!.needsAttention[0],
        key: ids.archived,
        file: `follow-through-archive-${year}.json`,
        problem: expect.stringMatching(
          new RegExp(
            `^its archive file follow-through-archive-${year}\\.json could not be read \\(it is not valid JSON .+\\); the file was moved, unchanged, to .+quarantine.+\\. Restore a backup to bring these requests back\\.$`,
          ),
        ) as string,
      },
    ]);
    expect(report.dataChecks.closedBefore).toEqual([]);
  });

  it('window-state.json, truncated: the window opens at its usual place', () => {
    writeFileSync(file('window-state.json'), '{"window":{"bounds":{"x":10,');
    const report = drive();
    expectWorking(report);
    expect(readdirSync(path.join(data, 'quarantine'))).toEqual([expect.stringMatching(/window-state\.json$/) as string]);
  });

  for (const name of ['follow-through.json', 'follow-through-archive-index.json', `follow-through-archive-${year}.json`]) {
    it(`${name} with a UTF-8 byte-order mark: read, and written to afterwards (the mark taken off)`, () => {
      addBom(name);
      const report = drive();
      expectWorking(report);
      expect(report.dataStatus!.needsAttention).toEqual([]);
      expect(report.dataChecks.closedBefore).toEqual([ids.archived]);
      expect(readFileSync(file(name), 'utf8').charCodeAt(0)).not.toBe(0xfeff);
    });
  }
});
