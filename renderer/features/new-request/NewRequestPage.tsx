import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS, type ContactChannel } from '../../../shared/domain/contact-channel';
import type { Overview } from '../../../shared/ipc/contract';
import { fieldErrorsOf, requestDetailsSchema } from '../../../shared/ipc/schemas';
import { call } from '../../api/api';
import { describedBy, Field } from '../../ui/Field';
import { errorsByField, toRequestDetails, type NewRequestForm } from './form-model';
import { ErrorBanner } from '../../ui/ErrorBanner';

type Errors = Partial<Record<keyof NewRequestForm, string>>;

/**
 * Logging a request. Tab moves through the fields in reading order and Enter saves (Ctrl+Enter
 * inside the details box). A mistake is shown beside its field and everything typed stays.
 */
export function NewRequestPage({
  overview,
  form,
  onChange,
  onSaved,
}: {
  overview: Overview;
  form: NewRequestForm;
  onChange: (form: NewRequestForm) => void;
  onSaved: (id: string) => Promise<void>;
}) {
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof NewRequestForm>(key: K, value: NewRequestForm[K]) => {
    onChange({ ...form, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    const details = toRequestDetails(form);
    const checked = requestDetailsSchema.safeParse(details);
    if (!checked.success) {
      showErrors(fieldErrorsOf(checked.error), null);
      return;
    }
    setSaving(true);
    const result = await call('logRequest', details);
    setSaving(false);
    if (result.ok) {
      await onSaved(result.value.id);
    } else {
      showErrors(result.fieldErrors ?? {}, result.error);
    }
  };

  const showErrors = (fieldErrors: Record<string, string>, message: string | null) => {
    const byField = errorsByField(fieldErrors);
    setErrors(byField);
    setFormError(Object.keys(byField).length ? 'Please fix the highlighted fields. Nothing you typed was lost.' : message);
    const first = Object.keys(byField)[0];
    if (first) document.getElementById(`f-${first}`)?.focus();
  };

  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };

  const input = (key: Exclude<keyof NewRequestForm, 'channel' | 'details' | 'bossId'>, type = 'text') => (
    <input
      id={`f-${key}`}
      name={key}
      type={type}
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      {...describedBy(`f-${key}`, errors[key])}
    />
  );

  return (
    <section aria-labelledby="new-title" className="narrow">
      <header className="page-header">
        <h1 id="new-title">New request</h1>
        <p className="muted">What did the client ask that only the boss can decide?</p>
      </header>
      <ErrorBanner message={formError} />
      <form onSubmit={submit} noValidate className="form">
        <fieldset>
          <legend>Client</legend>
          <div className="grid-2">
            <Field id="f-name" label="Name" required error={errors.name}>
              {input('name')}
            </Field>
            <Field id="f-company" label="Company" error={errors.company}>
              {input('company')}
            </Field>
            <Field id="f-email" label="Email" error={errors.email}>
              {input('email', 'email')}
            </Field>
            <Field id="f-phone" label="Phone" error={errors.phone}>
              {input('phone', 'tel')}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>How they reached you</legend>
          <div className="grid-2">
            <Field id="f-channel" label="Channel" error={errors.channel}>
              <select
                id="f-channel"
                value={form.channel}
                onChange={(e) => set('channel', e.target.value as ContactChannel)}
                {...describedBy('f-channel', errors.channel)}
              >
                {CONTACT_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CONTACT_CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="f-contactAt" label="Date and time" required error={errors.contactAt}>
              {input('contactAt', 'datetime-local')}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>The request</legend>
          <Field id="f-topic" label="Topic" required error={errors.topic} hint="One line, as you would say it to the client.">
            {input('topic')}
          </Field>
          <Field id="f-details" label="Details" error={errors.details} hint="Ctrl+Enter saves from here.">
            <textarea
              id="f-details"
              rows={4}
              value={form.details}
              onChange={(e) => set('details', e.target.value)}
              onKeyDown={submitOnCtrlEnter}
              {...describedBy('f-details', errors.details)}
            />
          </Field>
          <div className="grid-2">
            <Field id="f-bossId" label="Who decides" error={errors.bossId}>
              <select
                id="f-bossId"
                value={form.bossId}
                onChange={(e) => set('bossId', e.target.value)}
                {...describedBy('f-bossId', errors.bossId)}
              >
                {overview.settings.bosses.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="f-deadline" label="Client's deadline" error={errors.deadline} hint="Only if they gave one.">
              {input('deadline', 'date')}
            </Field>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save request'}
          </button>
        </div>
      </form>
    </section>
  );
}
