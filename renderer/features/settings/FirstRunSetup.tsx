import { DataNoticeBanner } from '../../app/DataNoticeBanner';
import { Controller, useForm } from 'react-hook-form';
import type { Settings } from '../../../shared/domain/settings';
import type { SetupAnswers } from '../../../shared/ipc/contract';
import { setupAnswersSchema } from '../../../shared/ipc/schemas';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { describedBy, Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/schema-resolver';
import { WeekdayPicker } from './WeekdayPicker';

const resolver = schemaResolver<SetupAnswers, SetupAnswers>(
  setupAnswersSchema,
  (form) => form,
  (path) => path.split('.')[0] ?? null,
);

/**
 * The first start, before the first request: who you are and who decides, so drafts greet the
 * boss by name and are signed. Every answer can be left empty, the whole can be skipped, and
 * all of it can be changed later in Settings.
 */
export function FirstRunSetup({ settings }: { settings: Settings }) {
  const boss = settings.bosses.find((b) => b.id === settings.defaultBossId) ?? settings.bosses[0];
  const { register, handleSubmit, control, formState } = useForm<SetupAnswers, unknown, SetupAnswers>({
    defaultValues: {
      assistantName: settings.assistantName,
      assistantEmail: settings.assistantEmail,
      signature: settings.signature,
      bossName: boss?.name ?? '',
      bossEmail: boss?.email ?? '',
      workingDays: settings.workingDays,
    },
    resolver,
  });
  const finish = useCommand('finishSetup', { invalidates: () => [[]] });
  const skip = useCommand('finishSetup', { invalidates: () => [[]] });
  const { errors } = formState;
  const save = handleSubmit(async (answers) => void (await finish.run(answers)));

  return (
    <main className="setup" aria-labelledby="setup-title">
      <header className="page-header">
        <p className="brand-line">Follow-Through</p>
        <h1 id="setup-title">Before your first request</h1>
        <DataNoticeBanner />
        <p className="muted">Three things make every draft ready to send: your name, your boss&apos;s name, and your working days.</p>
      </header>
      <form className="form" noValidate onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>You</legend>
          <div className="grid-2">
            <Field id="setup-name" label="Your name" error={errors.assistantName?.message}>
              <input
                id="setup-name"
                autoComplete="name"
                {...register('assistantName')}
                {...describedBy('setup-name', errors.assistantName?.message)}
              />
            </Field>
            <Field id="setup-email" label="Your email" error={errors.assistantEmail?.message}>
              <input
                id="setup-email"
                type="email"
                {...register('assistantEmail')}
                {...describedBy('setup-email', errors.assistantEmail?.message)}
              />
            </Field>
          </div>
          <Field
            id="setup-signature"
            label="Signature"
            error={errors.signature?.message}
            hint="Ends every message to a client. Your name is used if you leave it empty."
          >
            <textarea
              id="setup-signature"
              rows={3}
              {...register('signature')}
              {...describedBy('setup-signature', errors.signature?.message)}
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Your boss</legend>
          <div className="grid-2">
            <Field id="setup-boss" label="Boss's name" error={errors.bossName?.message} hint="Notes to them open with their first name.">
              <input id="setup-boss" {...register('bossName')} {...describedBy('setup-boss', errors.bossName?.message)} />
            </Field>
            <Field id="setup-boss-email" label="Boss's email" error={errors.bossEmail?.message}>
              <input
                id="setup-boss-email"
                type="email"
                {...register('bossEmail')}
                {...describedBy('setup-boss-email', errors.bossEmail?.message)}
              />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>Your week</legend>
          <Controller
            control={control}
            name="workingDays"
            render={({ field }) => <WeekdayPicker value={field.value} onChange={field.onChange} error={errors.workingDays?.message} />}
          />
        </fieldset>
        <ErrorBanner message={finish.error ?? skip.error} />
        <div className="actions">
          <CommandButton type="submit" className="button primary" pending={finish.pending} busy={skip.pending} pendingLabel="Saving…">
            Save and start
          </CommandButton>
          <CommandButton
            className="button link"
            pending={skip.pending}
            busy={finish.pending}
            pendingLabel="Skipping…"
            onClick={() => void skip.run(null)}
          >
            Skip for now
          </CommandButton>
        </div>
        <p className="muted small">You can change all of this later in Settings.</p>
      </form>
    </main>
  );
}
