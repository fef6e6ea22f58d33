import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { NumberField } from './NumberField';
import type { SettingsForm } from './settings-form';
import { WeekdayPicker } from './WeekdayPicker';

export function WeekSection() {
  const { register, formState, control } = useFormContext<SettingsForm>();
  const { errors } = formState;
  return (
    <fieldset>
      <legend>Working week</legend>
      <Controller
        control={control}
        name="workingDays"
        render={({ field }) => <WeekdayPicker value={field.value} onChange={field.onChange} error={errors.workingDays?.message} />}
      />
      <div className="grid-2">
        <Field id="s-start" label="Working hours start" error={errors.start?.message}>
          <input id="s-start" type="time" {...register('start')} />
        </Field>
        <Field id="s-end" label="Working hours end" error={errors.end?.message}>
          <input id="s-end" type="time" {...register('end')} />
        </Field>
      </div>
      <Field
        id="s-holidays"
        label="Holidays (one date per line, like 2026-12-25)"
        error={errors.holidays?.message}
        hint="Not business days: nothing falls due on them and no notifications."
      >
        <textarea id="s-holidays" rows={3} {...register('holidays')} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('notificationsEnabled')} />
        Desktop notifications when something falls due (working hours only)
      </label>
      <div className="grid-2">
        <NumberField name="deadlineWarningBusinessDays" label="Show client deadlines this many business days ahead" />
      </div>
    </fieldset>
  );
}
