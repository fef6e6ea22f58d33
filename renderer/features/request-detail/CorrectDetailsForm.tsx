import { useForm } from 'react-hook-form';
import type { RequestDetails } from '../../../shared/domain/request';
import type { Settings } from '../../../shared/domain/settings';
import type { RequestDetailView } from '../../../shared/views/request-view';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formFromDetails, requestFormResolver, type NewRequestForm } from '../new-request/form-model';
import { RequestFields } from '../new-request/RequestFields';
import { useMainFieldErrors } from '../new-request/use-main-field-errors';

/**
 * Correcting what was logged: the same fields and checks as New request. Saving records a
 * correction with the old and new values; dates and drafts follow the new ones.
 */
export function CorrectDetailsForm({
  view,
  settings,
  onDone,
}: {
  view: RequestDetailView;
  settings: Settings;
  onDone: (message: string | null) => void;
}) {
  const { register, handleSubmit, setError, formState } = useForm<NewRequestForm, unknown, RequestDetails>({
    defaultValues: formFromDetails(view.state.details),
    resolver: requestFormResolver,
    shouldFocusError: true,
  });
  const correct = useCommand('correctDetails', { requestId: view.id });
  useMainFieldErrors(correct.fieldErrors, setError);
  const save = handleSubmit(async (details) => {
    if (await correct.run({ id: view.id, version: view.version, details }))
      onDone('Details corrected. Dates and drafts follow the new ones.');
  });
  const fieldMessages = Object.keys(formState.errors).length > 0;

  return (
    <div className="correct-details">
      <ErrorBanner message={fieldMessages ? 'Please fix the highlighted fields. Nothing you typed was lost.' : correct.error} />
      <form onSubmit={(e) => void save(e)} noValidate className="form">
        <RequestFields register={register} errors={formState.errors} settings={settings} />
        <div className="actions">
          <CommandButton type="submit" className="button primary" pending={correct.pending} pendingLabel="Saving…">
            Save corrections
          </CommandButton>
          <button type="button" className="button" onClick={() => onDone(null)} disabled={correct.pending}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
