import { useFormContext } from 'react-hook-form';
import { useWordingCheck } from '../../api/queries';
import { Field } from '../../ui/Field';
import { useDebounced } from '../drafts/useDebounced';
import { NumberField } from './NumberField';
import type { SettingsForm } from './settings-form';

export function ClientSection() {
  const { register, formState, watch } = useFormContext<SettingsForm>();
  const reasons = useDebounced(watch('reasons'));
  const check = useWordingCheck(null, reasons);
  const warnings = check.data?.warnings ?? [];
  return (
    <fieldset>
      <legend>Keeping the client informed</legend>
      <div className="grid-2">
        <NumberField name="firstResponseAimHours" label="Acknowledge within (aim, hours)" />
        <NumberField name="firstResponseLimitHours" label="Acknowledge within (limit, hours)" />
        <NumberField
          name="defaultClientGapDays"
          label="Usual gap between client contacts (days)"
          extra="Until their own history says otherwise."
        />
        <NumberField name="updateCadenceDays" label="Update at least every (days)" />
        <NumberField name="updatesBeforeRelaxing" label="Then, after this many updates…" />
        <NumberField name="relaxedCadenceDays" label="…update at least every (days)" />
        <NumberField name="paddingFactor" label="Padding factor for promised dates" extra="Expect 3 business days, promise 3 × this." />
      </div>
      <Field
        id="s-reasons"
        label="Reasons for a wait (one per line)"
        error={formState.errors.reasons?.message}
        hint="Neutral explanations. “I don't know yet, and I'm finding out.” is always offered too."
      >
        <textarea id="s-reasons" rows={4} {...register('reasons')} />
      </Field>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Never-blame check on the reasons">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
