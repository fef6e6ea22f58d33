import { SMTPServer } from 'smtp-server';
import { freePort } from './dovecot';

/** A message the test SMTP server accepted: who it was for, and its raw text. */
export interface Received {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtp {
  host: string;
  port: number;
  user: string;
  password: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback for the tests: nodemailer's smtp-server package, with a
 * sign-in and no TLS (a loopback server, as the app's 'none' security allows), keeping every
 * message it accepts.
 */
export async function startSmtp(user = 'jo@office.example', password = 'correct horse battery'): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
