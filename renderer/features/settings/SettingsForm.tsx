import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { Settings } from '../../../shared/domain/settings';
import { settingsSchema } from '../../../shared/ipc/schemas';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { nestedErrors, schemaResolver } from '../../ui/schema-resolver';
import { StatusMessage } from '../../ui/StatusMessage';
import { BossesSection } from './BossesSection';
import { ClientSection } from './ClientSection';
import { fieldFor, toForm, toSettings, type SettingsForm } from './settings-form';
import { NumberField } from './NumberField';
import { TemplatesSection } from './TemplatesSection';
import { WeekSection } from './WeekSection';
import { YouSection } from './YouSection';

/** Everything DOMAIN.md calls a default, editable, with a message for each value out of range. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const form = useForm<SettingsForm, unknown, Settings>({
    defaultValues: toForm(settings),
    resolver: schemaResolver(settingsSchema, (f: SettingsForm) => toSettings(f, settings), fieldFor),
  });
  const save = useCommand('saveSettings', { invalidates: () => [[]] });
  const [saved, setSaved] = useState(false);
  const { errors } = form.formState;

  useEffect(() => {
    const fromMain = nestedErrors<SettingsForm>(save.fieldErrors, fieldFor);
    for (const [name, error] of Object.entries(fromMain)) form.setError(name as 'assistantName', error as { message: string });
  }, [save.fieldErrors, form]);

  const submit = form.handleSubmit(
    async (valid) => {
      setSaved((await save.run(valid)) !== null);
    },
    () => setSaved(false),
  );
  const invalid = Object.keys(errors).length > 0;

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <YouSection />
        <BossesSection saved={settings.bosses} />
        <WeekSection />
        <fieldset>
          <legend>Asking the boss</legend>
          <div className="grid-2">
            <NumberField name="askSpacingBusinessDays" label="Business days between asks" extra="Days off are skipped." />
            <NumberField name="strikeLimit" label="Asks before parking" />
          </div>
        </fieldset>
        <ClientSection />
        <TemplatesSection />
        <div className="actions">
          <CommandButton type="submit" className="button primary" pending={save.pending} pendingLabel="Saving…">
            Save settings
          </CommandButton>
        </div>
        {invalid ? (
          <ErrorBanner message="Please fix the highlighted fields. Nothing you typed was lost." />
        ) : (
          <ErrorBanner message={save.error} />
        )}
        <StatusMessage message={saved && !invalid ? 'Saved. New due dates follow these settings; history stays as it was.' : null} />
      </form>
    </FormProvider>
  );
}
