import { useFormContext } from 'react-hook-form';
import { describedBy, Field } from '../../ui/Field';
import type { SettingsForm } from './settings-form';
import { GREETING_STYLE_LABELS, GREETING_STYLES } from '../../../shared/clients/greeting';

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
      <div className="grid-2">
        <Field
          id="s-callback"
          label="Callback number"
          error={errors.callbackNumber?.message}
          hint="Said twice in voicemail scripts, so the client can call you back."
        >
          <input
            id="s-callback"
            type="tel"
            autoComplete="tel"
            {...register('callbackNumber')}
            {...describedBy('s-callback', errors.callbackNumber?.message)}
          />
        </Field>
        <Field
          id="s-greeting"
          label="Greet clients by"
          error={errors.greetingStyle?.message}
          hint="A client can have their own, on any of their requests."
        >
          <select id="s-greeting" {...register('greetingStyle')} {...describedBy('s-greeting', errors.greetingStyle?.message)}>
            {GREETING_STYLES.map((style) => (
              <option key={style} value={style}>
                {GREETING_STYLE_LABELS[style]}
              </option>
            ))}
          </select>
        </Field>
      </div>
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
