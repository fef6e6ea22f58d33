import { useEffect, useLayoutEffect, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { RequestDetails } from '../../../shared/domain/request';
import type { Settings } from '../../../shared/domain/settings';
import { useCommand } from '../../api/use-command';
import { keys } from '../../api/query-keys';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { EmailReading } from '../../../shared/ipc/contract';
import { toDateTimeLocal } from '../../ui/format';
import { EmailImport } from './EmailImport';
import type { PendingEmail } from './email-source';
import { RequestFields } from './RequestFields';
import { SameClientNotice } from './SameClientNotice';
import { emptyForm, requestFormResolver, type NewRequestForm } from './form-model';
import { useMainFieldErrors } from './use-main-field-errors';

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
  pendingEmail,
  onEmailTaken,
}: {
  settings: Settings;
  asOf: string;
  saved: NewRequestForm | null;
  onChange: (form: NewRequestForm) => void;
  /** A request saved, or an email logged as a contact on one: open it. */
  onSaved: (id: string) => void;
  pendingEmail: PendingEmail | null;
  onEmailTaken: () => void;
}) {
  const form = useForm<NewRequestForm, unknown, RequestDetails>({
    defaultValues: saved ?? emptyForm(settings, asOf),
    resolver: requestFormResolver,
    shouldFocusError: true,
  });
  const { register, handleSubmit, setError, formState, watch, getValues, reset, control } = form;
  const [clientName, clientEmail] = useWatch({ control, name: ['name', 'email'] });
  const { errors } = formState;
  const logRequest = useCommand('logRequest', { invalidates: () => [keys.today, keys.requests(), keys.counts, keys.digest()] });

  // Whether opened by the button, Ctrl+N or a dropped email, typing starts in Name. Focused as
  // the form is put on screen (a layout effect): a passive effect runs a task later, and keys
  // typed in a burst on a busy machine are handled before it; they went to the page and were
  // lost. react-hook-form's setFocus cannot serve here: its refs are not attached yet.
  useLayoutEffect(() => document.getElementById('f-name')?.focus(), []);

  // What is typed is kept above this page, so leaving the form and coming back keeps it.
  useEffect(() => {
    const subscription = watch((values) => onChange(values as NewRequestForm));
    return () => subscription.unsubscribe();
  }, [watch, onChange]);

  const save = handleSubmit(async (details) => {
    const origin = getValues('origin');
    const zone = getValues('zone');
    const view = await logRequest.run({ ...details, ...(origin && { origin }), ...(zone && { zone }) });
    if (view) return onSaved(view.id);
  });

  useMainFieldErrors(logRequest.fieldErrors, setError);

  // What main read from an email replaces those fields; the boss, phone and deadline stay as they were.
  const fillFromEmail = ({ prefill }: EmailReading) =>
    reset({
      ...getValues(),
      name: prefill.clientName,
      email: prefill.clientEmail,
      channel: prefill.channel,
      contactAt: toDateTimeLocal(prefill.contactAt),
      topic: prefill.topic,
      details: prefill.details,
      origin: prefill.origin,
      zone: prefill.zone,
    });

  const submitOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
  };
  const hasFieldErrors = Object.keys(errors).length > 0;

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
      <EmailImport pendingFile={pendingEmail} onFileTaken={onEmailTaken} onRead={fillFromEmail} onLoggedAsContact={onSaved} />
      <form onSubmit={(e) => void save(e)} noValidate className="form">
        <RequestFields
          register={register}
          errors={errors}
          settings={settings}
          onDetailsKeyDown={submitOnCtrlEnter}
          clientNotice={<SameClientNotice name={clientName} email={clientEmail} />}
        />
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
