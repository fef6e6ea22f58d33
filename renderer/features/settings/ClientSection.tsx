import { useFormContext } from 'react-hook-form';
import { useWordingCheck } from '../../api/queries';
import { Field } from '../../ui/Field';
import { useDebounced } from '../drafts/useDebounced';
import { NumberField } from './NumberField';
import type { SettingsForm } from './settings-form';

export function ClientSection() {
  const { register, formState } = useFormContext<SettingsForm>();
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
        hint="Neutral explanations. “I don’t know yet, and I’m finding out.” is always offered too."
      >
        <textarea id="s-reasons" rows={4} {...register('reasons')} />
      </Field>
      <WordingWarnings field="reasons" label="Never-blame check on the reasons" />
      <Field
        id="s-offers"
        label="When a deadline will pass without an answer, offer (one per line)"
        error={formState.errors.offers?.message}
        hint="Chosen in the draft, after it says plainly that the answer may not come by their date."
      >
        <textarea id="s-offers" rows={3} {...register('offers')} />
      </Field>
      <WordingWarnings field="offers" label="Never-blame check on the offers" />
    </fieldset>
  );
}

/** Main's never-blame check on a list the assistant types, as they type it. */
function WordingWarnings({ field, label }: { field: 'reasons' | 'offers'; label: string }) {
  const { watch } = useFormContext<SettingsForm>();
  const text = useDebounced(watch(field));
  const warnings = useWordingCheck(null, text).data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label={label}>
      {warnings.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}
