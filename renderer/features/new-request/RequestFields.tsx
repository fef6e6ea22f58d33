import type { KeyboardEvent, ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { CONTACT_CHANNEL_LABELS, CONTACT_CHANNELS } from '../../../shared/domain/contact-channel';
import type { Settings } from '../../../shared/domain/settings';
import { describedBy, Field } from '../../ui/Field';
import type { NewRequestForm } from './form-model';

/** A request's details as fields: the New request form and the correction of a logged request share them. */
export function RequestFields({
  register,
  errors,
  settings,
  onDetailsKeyDown,
  clientNotice,
}: {
  register: UseFormRegister<NewRequestForm>;
  errors: FieldErrors<NewRequestForm>;
  settings: Settings;
  onDetailsKeyDown?: (event: KeyboardEvent) => void;
  /** Said under the client's fields, about the client typed in. */
  clientNotice?: ReactNode;
}) {
  const input = (key: Exclude<keyof NewRequestForm, 'origin'>, type = 'text') => (
    <input id={`f-${key}`} type={type} {...register(key)} {...describedBy(`f-${key}`, errors[key]?.message)} />
  );
  return (
    <>
      <fieldset>
        <legend>Client</legend>
        <div className="grid-2">
          <Field id="f-name" label="Name" required error={errors.name?.message}>
            {input('name')}
          </Field>
          <Field id="f-company" label="Company" error={errors.company?.message}>
            {input('company')}
          </Field>
          <Field id="f-email" label="Email" error={errors.email?.message}>
            {input('email', 'email')}
          </Field>
          <Field id="f-phone" label="Phone" error={errors.phone?.message}>
            {input('phone', 'tel')}
          </Field>
        </div>
        {clientNotice}
      </fieldset>
      <fieldset>
        <legend>How they reached you</legend>
        <div className="grid-2">
          <Field id="f-channel" label="Channel" error={errors.channel?.message}>
            <select id="f-channel" {...register('channel')} {...describedBy('f-channel', errors.channel?.message)}>
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CONTACT_CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-contactAt" label="Date and time" required error={errors.contactAt?.message}>
            {input('contactAt', 'datetime-local')}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>The request</legend>
        <Field id="f-topic" label="Topic" required error={errors.topic?.message} hint="One line, as you would say it to the client.">
          {input('topic')}
        </Field>
        <Field id="f-details" label="Details" error={errors.details?.message} hint="Ctrl+Enter saves from here.">
          <textarea
            id="f-details"
            rows={4}
            {...register('details')}
            onKeyDown={onDetailsKeyDown}
            {...describedBy('f-details', errors.details?.message)}
          />
        </Field>
        <div className="grid-2">
          <Field id="f-bossId" label="Who decides" error={errors.bossId?.message}>
            <select id="f-bossId" {...register('bossId')} {...describedBy('f-bossId', errors.bossId?.message)}>
              {settings.bosses.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name.trim() || 'The boss'}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-deadline" label="Client's deadline" error={errors.deadline?.message} hint="Only if they gave one.">
            {input('deadline', 'date')}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
