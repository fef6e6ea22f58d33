import { SMTPServer } from 'smtp-server';
import { freePort } from './dovecot';

/** A message the test SMTP server accepted: who it was for, and its raw text. */
export interface Received {
  from: string;
  to: string[];
  raw: string;
}

/**
 * How the server answers, as real ones do: it accepts; refuses the recipient (550), the sender
 * (553) or the content (554); turns the message away for now (451); or accepts after the test
 * let it (`hold`), so a test can change the request while the message is on its way.
 */
export type SmtpMode =
  | { kind: 'accept' }
  | { kind: 'refuse-recipient' | 'refuse-sender' | 'refuse-content' | 'temporary' }
  | { kind: 'hold'; until: Promise<void> };

export interface TestSmtp {
  host: string;
  port: number;
  user: string;
  password: string;
  received: Received[];
  /** How the next messages are answered; 'accept' unless a test says otherwise (mailSuite resets it). */
  mode: SmtpMode;
  /** Called with each accepted message: a server that files submissions in Sent itself does it here. */
  onAccepted: ((message: Received) => Promise<void>) | null;
  close(): Promise<void>;
}

const refusal = (responseCode: number, text: string) => Object.assign(new Error(text), { responseCode });

/**
 * A real SMTP server on loopback for the tests: nodemailer's smtp-server package, with a
 * sign-in and no TLS (a loopback server, as the app's 'none' security allows), keeping every
 * message it accepts.
 */
export async function startSmtp(user = 'jo@office.example', password = 'correct horse battery'): Promise<TestSmtp> {
  const received: Received[] = [];
  const control: Pick<TestSmtp, 'mode' | 'onAccepted'> = { mode: { kind: 'accept' }, onAccepted: null };
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
    onMailFrom(address, _session, callback) {
      if (control.mode.kind === 'refuse-sender')
        return callback(refusal(553, `5.7.1 <${address.address}>: Sender address rejected: not owned by user`));
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (control.mode.kind === 'refuse-recipient')
        return callback(refusal(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown in virtual mailbox table`));
      if (control.mode.kind === 'temporary') return callback(refusal(451, '4.7.1 Greylisted, please try again in 5 minutes'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void (async () => {
          const mode = control.mode;
          if (mode.kind === 'refuse-content') return callback(refusal(554, '5.6.0 Message content rejected as spam'));
          if (mode.kind === 'hold') await mode.until;
          const message = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          };
          received.push(message);
          await control.onAccepted?.(message);
          callback();
        })();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return Object.assign(control, {
    host: '127.0.0.1',
    port,
    user,
    password,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
