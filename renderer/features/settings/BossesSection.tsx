import { useFieldArray, useFormContext } from 'react-hook-form';
import { describedBy, Field } from '../../ui/Field';
import type { SettingsForm } from './settings-form';

/** Who decides; one is the default for new requests. A single boss may stay unnamed ("the boss"). */
export function BossesSection() {
  const { register, formState, control, watch, setValue } = useFormContext<SettingsForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'bosses', keyName: 'key' });
  const defaultBossId = watch('defaultBossId');
  const errors = formState.errors;
  const listError = (errors as { bossesList?: { message?: string } }).bossesList?.message;
  return (
    <fieldset>
      <legend>Bosses</legend>
      {fields.map((boss, i) => {
        const nameError = errors.bosses?.[i]?.name?.message;
        const emailError = errors.bosses?.[i]?.email?.message;
        return (
          <div className="boss-row" key={boss.key}>
            <Field id={`s-boss-${i}`} label={`Boss ${i + 1}`} error={nameError}>
              <input id={`s-boss-${i}`} {...register(`bosses.${i}.name`)} {...describedBy(`s-boss-${i}`, nameError)} />
            </Field>
            <Field id={`s-boss-email-${i}`} label={`Boss ${i + 1} email`} error={emailError}>
              <input
                id={`s-boss-email-${i}`}
                type="email"
                {...register(`bosses.${i}.email`)}
                {...describedBy(`s-boss-email-${i}`, emailError)}
              />
            </Field>
            <label className="radio">
              <input
                type="radio"
                checked={defaultBossId === boss.id}
                onChange={() => setValue('defaultBossId', boss.id, { shouldDirty: true })}
              />
              Default
            </label>
            {fields.length > 1 && (
              <button
                type="button"
                className="button link"
                onClick={() => {
                  remove(i);
                  if (defaultBossId === boss.id) setValue('defaultBossId', fields.find((f) => f.id !== boss.id)?.id ?? '');
                }}
              >
                Remove
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="button" onClick={() => append({ id: `boss-${Date.now().toString(36)}`, name: '', email: '' })}>
        Add a boss
      </button>
      {listError && <div className="field-error">{listError}</div>}
    </fieldset>
  );
}
