import { useFormContext } from 'react-hook-form';
import { rangeHint, SETTING_RANGES } from '../../../shared/domain/setting-ranges';
import { describedBy, Field } from '../../ui/Field';
import type { NumberKey, SettingsForm } from './settings-form';

/** A number setting, kept as typed; its hint is the schema's own range. */
export function NumberField({ name, label, extra }: { name: NumberKey; label: string; extra?: string }) {
  const { register, formState } = useFormContext<SettingsForm>();
  const error = formState.errors.numbers?.[name]?.message;
  const id = `s-${name}`;
  return (
    <Field id={id} label={label} error={error} hint={[rangeHint(SETTING_RANGES[name]), extra].filter(Boolean).join(' ')}>
      <input id={id} inputMode="decimal" {...register(`numbers.${name}`)} {...describedBy(id, error)} />
    </Field>
  );
}
