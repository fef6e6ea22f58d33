import { useEffect, type KeyboardEvent } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS } from '../../../shared/domain/contact-channel';
import type { RequestDetails } from '../../../shared/domain/request';
import type { Settings } from '../../../shared/domain/settings';
import { requestDetailsSchema } from '../../../shared/ipc/schemas';
import { useCommand } from '../../api/use-command';
import { keys } from '../../api/query-keys';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { describedBy, Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/schema-resolver';
import { emptyForm, FIELD_FOR_PATH, toRequestDetails, type NewRequestForm } from './form-model';

const resolver = schemaResolver<NewRequestForm, RequestDetails>(
  requestDetailsSchema,
  toRequestDetails,
  (path) => FIELD_FOR_PATH[path] ?? null,
);

/**
 * Logging a request. Tab moves through the fields in reading order and Enter saves (Ctrl+Enter
 * inside the details box). A mistake is shown beside its field and everything typed stays.
 */
export function NewRequestPage({
  settings,
  asOf,
  saved,
  onChange,
  onSaved,
}: {
  settings: Settings;
  asOf: string;
  saved: NewRequestForm | null;
  onChange: (form: NewRequestForm) => void;
  onSaved: (id: string) => void;
}) {
  const form = useForm<NewRequestForm, unknown, RequestDetails>({
    defaultValues: saved ?? emptyForm(settings, asOf),
    resolver,
    shouldFocusError: true,
  });
  const { register, handleSubmit, setError, formState, watch } = form;
  const { errors } = formState;
  const logRequest = useCommand('logRequest', { invalidates: () => [keys.today, keys.requests(), keys.counts, keys.digest()] });

  // What is typed is kept above this page, so leaving the form and coming back keeps it.
  useEffect(() => {
    const subscription = watch((values) => onChange(values as NewRequestForm));
    return () => subscription.unsubscribe();
  }, [watch, onChange]);

  const save = handleSubmit(async (details) => {
    const view = await logRequest.run(details);
    if (view) return onSaved(view.id);
  });

  // Main's own checks (a contact time in the future, a boss removed meanwhile) land beside their field too.
  useEffect(() => {
    for (const [path, message] of Object.entries(logRequest.fieldErrors)) {
      const field = FIELD_FOR_PATH[path];
      if (field) setError(field, { type: 'main', message }, { shouldFocus: true });
    }
  }, [logRequest.fieldErrors, setError]);

  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
  };
  const hasFieldErrors = Object.keys(errors).length > 0;
  const input = (key: FieldPath<NewRequestForm>, type = 'text') => (
    <input id={`f-${key}`} type={type} {...register(key)} {...describedBy(`f-${key}`, errors[key]?.message)} />
  );

  return (
    <section aria-labelledby="new-title" className="narrow">
      <header className="page-header">
        <h1 id="new-title">New request</h1>
        <p className="muted">What did the client ask that only the boss can decide?</p>
      </header>
      <ErrorBanner
        message={
          hasFieldErrors
            ? 'Please fix the highlighted fields. Nothing you typed was lost.'
            : Object.keys(logRequest.fieldErrors).length
              ? null
              : logRequest.error
        }
      />
      <form onSubmit={(e) => void save(e)} noValidate className="form">
        <fieldset>
          <legend>Client</legend>
          <div className="grid-2">
            <Field id="f-name" label="Name" required error={errors.name?.message}>
              {input('name')}
            </Field>
            <Field id="f-company" label="Company" error={errors.company?.message}>
              {input('company')}
            </Field>
            <Field id="f-email" label="Email" error={errors.email?.message}>
              {input('email', 'email')}
            </Field>
            <Field id="f-phone" label="Phone" error={errors.phone?.message}>
              {input('phone', 'tel')}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>How they reached you</legend>
          <div className="grid-2">
            <Field id="f-channel" label="Channel" error={errors.channel?.message}>
              <select id="f-channel" {...register('channel')} {...describedBy('f-channel', errors.channel?.message)}>
                {CONTACT_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CONTACT_CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="f-contactAt" label="Date and time" required error={errors.contactAt?.message}>
              {input('contactAt', 'datetime-local')}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>The request</legend>
          <Field id="f-topic" label="Topic" required error={errors.topic?.message} hint="One line, as you would say it to the client.">
            {input('topic')}
          </Field>
          <Field id="f-details" label="Details" error={errors.details?.message} hint="Ctrl+Enter saves from here.">
            <textarea
              id="f-details"
              rows={4}
              {...register('details')}
              onKeyDown={submitOnCtrlEnter}
              {...describedBy('f-details', errors.details?.message)}
            />
          </Field>
          <div className="grid-2">
            <Field id="f-bossId" label="Who decides" error={errors.bossId?.message}>
              <select id="f-bossId" {...register('bossId')} {...describedBy('f-bossId', errors.bossId?.message)}>
                {settings.bosses.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name.trim() || 'The boss'}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="f-deadline" label="Client's deadline" error={errors.deadline?.message} hint="Only if they gave one.">
              {input('deadline', 'date')}
            </Field>
          </div>
        </fieldset>
        <div className="actions">
          <CommandButton
            type="submit"
            className="button primary"
            pending={logRequest.pending || formState.isSubmitting}
            pendingLabel="Saving…"
          >
            Save request
          </CommandButton>
        </div>
      </form>
    </section>
  );
}
