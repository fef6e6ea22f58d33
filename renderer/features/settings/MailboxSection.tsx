import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  DEFAULT_PORTS,
  MAIL_SECURITY,
  type MailboxCheck,
  type MailboxStatus,
  type MailSecurity,
  type ServerCheck,
} from '../../../shared/mailbox/account';
import { ipcArgSchemas } from '../../../shared/ipc/schemas';
import type { MailboxWithPassword } from '../../../shared/ipc/contract';
import { useMailbox } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { describedBy, Field } from '../../ui/Field';
import { nestedErrors, schemaResolver } from '../../ui/schema-resolver';
import { StatusMessage } from '../../ui/StatusMessage';

interface MailboxForm {
  address: string;
  user: string;
  password: string;
  imapHost: string;
  imapPort: string;
  imapSecurity: MailSecurity;
  smtpHost: string;
  smtpPort: string;
  smtpSecurity: MailSecurity;
  logAutomatically: boolean;
  offerNewSenders: boolean;
}

const SECURITY_LABELS: Record<MailSecurity, string> = { tls: 'TLS', starttls: 'STARTTLS', none: 'None (this computer only)' };

const FIELDS: Record<string, keyof MailboxForm> = {
  'account.address': 'address',
  'account.user': 'user',
  password: 'password',
  'account.imap.host': 'imapHost',
  'account.imap.port': 'imapPort',
  'account.imap.security': 'imapSecurity',
  'account.smtp.host': 'smtpHost',
  'account.smtp.port': 'smtpPort',
  'account.smtp.security': 'smtpSecurity',
  'account.logAutomatically': 'logAutomatically',
  'account.offerNewSenders': 'offerNewSenders',
};

function toPayload(form: MailboxForm): MailboxWithPassword {
  const port = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed));
  return {
    account: {
      address: form.address,
      user: form.user,
      auth: 'password',
      imap: { host: form.imapHost, port: port(form.imapPort), security: form.imapSecurity },
      smtp: { host: form.smtpHost, port: port(form.smtpPort), security: form.smtpSecurity },
      logAutomatically: form.logAutomatically,
      offerNewSenders: form.offerNewSenders,
    },
    // Left empty: keep the password already saved.
    password: form.password === '' ? null : form.password,
  };
}

function formOf(status: MailboxStatus | undefined): MailboxForm {
  const a = status?.account;
  return {
    address: a?.address ?? '',
    user: a?.user ?? '',
    password: '',
    imapHost: a?.imap.host ?? '',
    imapPort: String(a?.imap.port ?? DEFAULT_PORTS.imap.tls),
    imapSecurity: a?.imap.security ?? 'tls',
    smtpHost: a?.smtp.host ?? '',
    smtpPort: String(a?.smtp.port ?? DEFAULT_PORTS.smtp.starttls),
    smtpSecurity: a?.smtp.security ?? 'starttls',
    logAutomatically: a?.logAutomatically ?? false,
    offerNewSenders: a?.offerNewSenders ?? false,
  };
}

/**
 * The mailbox the app reads and sends through: IMAP and SMTP, signed in with a password (or an
 * app password) that this computer's system encrypts. *Test connection* says, for each server,
 * what worked or which stage failed. Like *This computer*, it is not part of the data.
 */
export function MailboxSection() {
  const mailbox = useMailbox();
  if (mailbox.isError) return <ErrorBanner message={mailbox.error.message} />;
  if (!mailbox.data) return null;
  return <MailboxEditor status={mailbox.data} />;
}

function MailboxEditor({ status }: { status: MailboxStatus }) {
  const form = useForm<MailboxForm, unknown, MailboxWithPassword>({
    defaultValues: formOf(status),
    resolver: schemaResolver(ipcArgSchemas.saveMailbox, toPayload, (p) => FIELDS[p] ?? null),
  });
  const { register, formState, setValue, getValues, setError, handleSubmit, reset } = form;
  // Saved, disconnected or restored elsewhere: the form shows the account as it now is; what
  // the last click said stays on screen.
  const savedAccount = JSON.stringify(status.account);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the account's content, not the query's object, says when it changed
  useEffect(() => reset(formOf(status)), [savedAccount, reset]);
  const test = useCommand('testMailbox');
  const save = useCommand('saveMailbox', { invalidates: () => [keys.mailbox] });
  const disconnect = useCommand('disconnectMailbox', { invalidates: () => [keys.mailbox] });
  const [check, setCheck] = useState<MailboxCheck | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const errors = formState.errors;
  const busy = test.pending || save.pending || disconnect.pending;

  // A refusal from main that names a field (no password saved yet) shows under that field.
  const refusedFields = JSON.stringify({ ...test.fieldErrors, ...save.fieldErrors });
  useEffect(() => {
    const nested = nestedErrors<MailboxForm>(JSON.parse(refusedFields) as Record<string, string>, (p) => FIELDS[p] ?? null);
    for (const [name, error] of Object.entries(nested))
      setError(name as keyof MailboxForm, { message: (error as { message?: string }).message ?? '' });
  }, [refusedFields, setError]);
  const onTest = handleSubmit(async (payload) => {
    setCheck(null);
    setSaid(null);
    const result = await test.run(payload);
    if (result) setCheck(result);
  });
  const onSave = handleSubmit(async (payload) => {
    setSaid(null);
    const result = await save.run(payload);
    if (!result) return;
    setValue('password', '');
    setSaid(
      result.canKeepPassword
        ? 'Saved. The password is kept encrypted by this computer’s system, never in your data or its backups.'
        : 'Saved. This computer has no keyring to encrypt the password, so it is kept only until you quit.',
    );
  });
  const onDisconnect = async () => {
    setCheck(null);
    if (await disconnect.run(undefined)) setSaid('Disconnected: the account and its password are forgotten on this computer.');
  };
  // Picking a security moves the port to its usual number, unless the user typed another.
  const securityChanged = (protocol: 'imap' | 'smtp', security: MailSecurity) => {
    const field = protocol === 'imap' ? 'imapPort' : 'smtpPort';
    const usual = Object.values(DEFAULT_PORTS[protocol]).map(String);
    if (usual.includes(getValues(field))) setValue(field, String(DEFAULT_PORTS[protocol][security]));
  };

  const text = (name: keyof MailboxForm, label: string, type = 'text', hint?: string) => (
    <Field id={`mb-${name}`} label={label} error={errors[name]?.message} {...(hint ? { hint } : {})}>
      <input
        id={`mb-${name}`}
        type={type}
        autoComplete="off"
        spellCheck={false}
        {...register(name)}
        {...describedBy(`mb-${name}`, errors[name]?.message, hint)}
      />
    </Field>
  );
  const server = (protocol: 'imap' | 'smtp', title: string) => {
    const p = protocol === 'imap' ? 'imap' : 'smtp';
    const security = `${p}Security` as const;
    return (
      <fieldset className="mail-server">
        <legend>{title}</legend>
        {text(`${p}Host`, 'Server')}
        {text(`${p}Port`, 'Port', 'text')}
        <Field id={`mb-${security}`} label="Security" error={errors[security]?.message}>
          <select
            id={`mb-${security}`}
            {...register(security, {
              onChange: (e: { target: HTMLSelectElement }) => securityChanged(protocol, e.target.value as MailSecurity),
            })}
          >
            {MAIL_SECURITY.map((s) => (
              <option key={s} value={s}>
                {SECURITY_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
    );
  };

  return (
    <section aria-labelledby="mailbox-title" className="data-section">
      <h2 id="mailbox-title">Mailbox</h2>
      {status.damaged && (
        <p className="mail-problem" role="alert">
          {status.damaged}
        </p>
      )}
      <p className="muted small">
        Connect your mailbox so that clients’ messages are found without typing, and drafts can be sent from here. Only mail from and to
        your clients and bosses is read; nothing goes anywhere but your own mail servers.
      </p>
      <form className="form" noValidate onSubmit={(e) => void onSave(e)}>
        {text('address', 'Email address', 'email')}
        {text('user', 'User name', 'text', 'Often the email address itself.')}
        {text(
          'password',
          'Password or app password',
          'password',
          status.hasPassword ? 'A password is saved: leave this empty to keep it.' : 'With two-step sign-in, use an app password.',
        )}
        <div className="grid-2 mail-servers">
          {server('imap', 'Incoming mail (IMAP)')}
          {server('smtp', 'Outgoing mail (SMTP)')}
        </div>
        <label className="checkbox">
          <input type="checkbox" aria-describedby="mb-log-automatically-help" {...register('logAutomatically')} />
          Log clients’ emails automatically
        </label>
        <p id="mb-log-automatically-help" className="muted small">
          An email from a client with an open request is logged as a contact as soon as it is found, and a reply falls due. Left off, each
          is offered on Today to log with one click.
        </p>
        <label className="checkbox">
          <input type="checkbox" aria-describedby="mb-offer-new-senders-help" {...register('offerNewSenders')} />
          Offer emails from new senders as new requests
        </label>
        <p id="mb-offer-new-senders-help" className="muted small">
          Today lists the newest emails from people who are not clients or bosses, by sender and subject only. An email is read only when
          you pick New request from it.
        </p>
        <div className="actions">
          <CommandButton pending={test.pending} busy={busy} pendingLabel="Testing…" className="button" onClick={() => void onTest()}>
            Test connection
          </CommandButton>
          <CommandButton pending={save.pending} busy={busy} pendingLabel="Saving…" className="button primary" type="submit">
            Save
          </CommandButton>
          {status.account && (
            <CommandButton
              pending={disconnect.pending}
              busy={busy}
              pendingLabel="Disconnecting…"
              className="button"
              onClick={() => void onDisconnect()}
            >
              Disconnect
            </CommandButton>
          )}
        </div>
      </form>
      {check && (
        <ul className="mail-check" aria-label="Connection test">
          <CheckLine protocol="Incoming mail (IMAP)" check={check.imap} />
          <CheckLine protocol="Outgoing mail (SMTP)" check={check.smtp} />
        </ul>
      )}
      <ErrorBanner message={test.error ?? save.error ?? disconnect.error} />
      <StatusMessage message={said} />
    </section>
  );
}

function CheckLine({ protocol, check }: { protocol: string; check: ServerCheck }) {
  return (
    <li className={check.ok ? 'check-ok' : 'check-failed'}>
      <strong>
        {protocol}: {check.ok ? 'working' : 'not working'}.
      </strong>{' '}
      {check.ok ? check.detail : check.message}
    </li>
  );
}
