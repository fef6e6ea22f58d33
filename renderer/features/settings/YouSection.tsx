import { useFormContext } from 'react-hook-form';
import { describedBy, Field } from '../../ui/Field';
import type { SettingsForm } from './settings-form';

export function YouSection() {
  const { register, formState } = useFormContext<SettingsForm>();
  const { errors } = formState;
  return (
    <fieldset>
      <legend>You</legend>
      <div className="grid-2">
        <Field id="s-name" label="Your name" error={errors.assistantName?.message}>
          <input id="s-name" {...register('assistantName')} {...describedBy('s-name', errors.assistantName?.message)} />
        </Field>
        <Field id="s-email" label="Your email" error={errors.assistantEmail?.message} hint="For saved emails and call invitations.">
          <input id="s-email" type="email" {...register('assistantEmail')} {...describedBy('s-email', errors.assistantEmail?.message)} />
        </Field>
      </div>
      <Field id="s-signature" label="Signature" error={errors.signature?.message} hint="Ends every draft to a client.">
        <textarea id="s-signature" rows={3} {...register('signature')} {...describedBy('s-signature', errors.signature?.message)} />
      </Field>
      <Field id="s-theme" label="Appearance" error={errors.theme?.message}>
        <select id="s-theme" {...register('theme')} {...describedBy('s-theme', errors.theme?.message)}>
          <option value="system">Same as the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </Field>
    </fieldset>
  );
}
