/**
 * The child process the crash test kills. It opens the data folder exactly as the app does
 * (conf files, the data folder, its start-up backup, the service) and then writes through the
 * service as fast as it can: new requests, asks, notes, decisions, answers (which move a request
 * to its year's archive) and reopenings (which move it back). After each write returns, and
 * only then, it prints one line: the write is acknowledged, as a click is once its screen
 * updates. The parent kills it with SIGKILL at a random moment and checks every acknowledged
 * write survived.
 *
 * argv: <data folder> <ISO start time> <random seed>
 */
import { SettableClock } from '../../electron/clock';
import { DomainError } from '../../shared/domain/domain-error';
import { openTestStack } from '../support/open-test-store';
import { requestDetails } from '../support/fixtures';

const [folder, startIso, seedText] = process.argv.slice(2);
if (!folder || !startIso || !seedText) throw new Error('usage: writer <folder> <start ISO> <seed>');

// A small seeded generator, so a failing run can be replayed with its seed.
let seed = Number(seedText) >>> 0 || 1;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

const clock = new SettableClock(new Date(startIso));
const { service } = openTestStack(folder, clock);
const tick = () => clock.set(new Date(clock.now().getTime() + 7 * 60_000));
const ack = (id: string, version: number, event: string) =>
  process.stdout.write(`${JSON.stringify({ id, version, event, at: clock.now().toISOString() })}\n`);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

const names = ['Jane O’Neill', 'Omar Haddad', 'Siobhán Murphy', 'Jean-Luc Martin', 'Lena van der Berg'];
const topics = ['the sponsorship proposal', 'the board dinner', 'a site visit', 'the venue contract'];

for (;;) {
  tick();
  const open = service.listRequests({ status: 'open', bossId: null, text: '', offset: 0, limit: 50 }).requests;
  const closed = service.listRequests({ status: 'closed', bossId: null, text: '', offset: 0, limit: 20 }).requests;
  const roll = random();
  try {
    if (open.length < 3 || roll < 0.2) {
      const view = service.logRequest(
        requestDetails({
          client: { name: names[Math.floor(random() * names.length)]!, company: 'Acme Ltd', email: 'client@acme.example', phone: '' },
          topic: topics[Math.floor(random() * topics.length)]!,
          contact: { channel: 'email', at: clock.now().toISOString() },
        }),
      );
      ack(view.id, view.version, 'logged');
      continue;
    }
    const target = open[Math.floor(random() * open.length)]!;
    if (closed.length && roll > 0.95) {
      const back = closed[Math.floor(random() * closed.length)]!;
      const view = service.reopen(back.id, back.version);
      ack(view.id, view.version, 'reopened');
    } else if (roll < 0.5) {
      const view = service.askBoss(target.id, target.version, '');
      ack(view.id, view.version, 'asked');
    } else if (roll < 0.7) {
      const view = service.addNote(target.id, target.version, {
        text: 'Checked with finance.',
        askedWhom: '',
        onBehalfOf: '',
        inCaseOnly: false,
      });
      ack(view.id, view.version, 'note');
    } else if (target.status !== 'decided') {
      const view = service.recordDecision(target.id, target.version, 'Yes, go ahead.');
      ack(view.id, view.version, 'decided');
    } else {
      const view = service.markSent(target.id, target.version, 'answer', 'email', { subject: 'The answer', body: '', proposalId: null });
      ack(view.id, view.version, 'answered');
    }
  } catch (error) {
    // A rule refusing (an ask on a parked request) is not a write; anything else is a failure.
    if (!(error instanceof DomainError)) throw error;
  }
}
