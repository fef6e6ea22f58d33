import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/**
 * A real IMAP server for the tests: Debian's Dovecot (dovecot-imapd), one throwaway instance on
 * a loopback port with its own config, one user and a Maildir in a temp folder. `.ci/run`
 * installs the package; where it is missing the suites that need it say so and skip.
 * How it is set up is in ../shared/notes/dovecot-on-loopback.md and docs/ARCHITECTURE.md.
 */
export const DOVECOT = '/usr/sbin/dovecot';

export function dovecotMissing(): string | null {
  if (!existsSync(DOVECOT)) return 'skipped: no Dovecot here (apt-get install dovecot-imapd; .ci/run does)';
  if (userInfo().uid !== 0) return 'skipped: the throwaway Dovecot runs its login and mail processes as dovenull, which needs root';
  return null;
}

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Stops the server (it comes back with start()); the tests use it to play a mailbox that goes down. */
  stop(): void;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const uidOf = (name: string) => Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
const gidOf = (name: string) => Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());

export async function startDovecot(user = 'jo@office.example', password = 'correct horse battery'): Promise<Dovecot> {
  const dir = mkdtempSync(path.join(tmpdir(), 'follow-through-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const mail = path.join(dir, 'mail');
  mkdirSync(mail, { recursive: true });
  chownSync(mail, uidOf('dovenull'), gidOf('dovenull'));
  writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const config = path.join(dir, 'dovecot.conf');
  writeFileSync(
    config,
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${dir}/dovecot.log`,
      `protocols = imap`,
      `listen = 127.0.0.1`,
      `ssl = no`,
      `disable_plaintext_auth = no`,
      `auth_mechanisms = plain login`,
      `default_login_user = dovenull`,
      `default_internal_user = dovecot`,
      `first_valid_uid = 1`,
      `mail_location = maildir:${mail}/%u`,
      `passdb {\n  driver = passwd-file\n  args = ${dir}/passwd\n}`,
      `userdb {\n  driver = static\n  args = uid=dovenull gid=dovenull home=${mail}/%u\n}`,
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      `namespace inbox {\n  inbox = yes\n  separator = /\n  mailbox Sent {\n    special_use = \\Sent\n    auto = subscribe\n  }\n  mailbox Drafts {\n    special_use = \\Drafts\n    auto = subscribe\n  }\n}`,
      '',
    ].join('\n'),
  );
  const pidFile = path.join(dir, 'run', 'master.pid');
  const start = async () => {
    // Dovecot daemonizes but keeps the stdio it inherited: none, or a pipe reading it never ends.
    spawn(DOVECOT, ['-c', config], { stdio: 'ignore', detached: true }).unref();
    await waitForPort(port, () => (existsSync(path.join(dir, 'dovecot.log')) ? readFileSync(path.join(dir, 'dovecot.log'), 'utf8') : ''));
  };
  const stop = () => {
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    for (let i = 0; i < 100 && existsSync(pidFile); i++) spawnSync('sleep', ['0.05']);
  };
  await start();
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    stop,
    start,
    dispose: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, log: () => string): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Dovecot did not start on port ${port}:\n${log()}`);
}
