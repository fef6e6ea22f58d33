import { useFormContext } from 'react-hook-form';
import { CLIENT_MESSAGE_KINDS, CLIENT_MESSAGE_LABELS, type ClientMessageKind } from '../../../shared/domain/events';
import { DEFAULT_TEMPLATES } from '../../../shared/domain/settings';
import { PLACEHOLDERS } from '../../../shared/drafts/template';
import { useWordingCheck } from '../../api/queries';
import { Field } from '../../ui/Field';
import { useDebounced } from '../drafts/useDebounced';
import type { SettingsForm } from './settings-form';

export function TemplatesSection() {
  return (
    <fieldset>
      <legend>Templates</legend>
      <p className="hint">Placeholders: {PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}. A placeholder that does not apply disappears.</p>
      {CLIENT_MESSAGE_KINDS.map((kind) => (
        <TemplateEditor key={kind} kind={kind} />
      ))}
    </fieldset>
  );
}

function TemplateEditor({ kind }: { kind: ClientMessageKind }) {
  const { register, formState, watch, setValue } = useFormContext<SettingsForm>();
  const template = watch(`templates.${kind}`);
  const check = useWordingCheck(null, useDebounced(`${template.subject}\n${template.body}`));
  const warnings = check.data?.warnings ?? [];
  const errors = formState.errors.templates?.[kind];
  const bodyError = errors?.body?.message;
  return (
    <details className="template" open={!!bodyError || warnings.length > 0}>
      <summary>{CLIENT_MESSAGE_LABELS[kind]}</summary>
      <Field id={`t-${kind}-subject`} label="Subject" error={errors?.subject?.message}>
        <input id={`t-${kind}-subject`} {...register(`templates.${kind}.subject`)} />
      </Field>
      <Field id={`t-${kind}-body`} label="Body" error={bodyError}>
        <textarea id={`t-${kind}-body`} rows={8} {...register(`templates.${kind}.body`)} />
      </Field>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={`Never-blame check on the ${CLIENT_MESSAGE_LABELS[kind].toLowerCase()} template`}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button link"
        onClick={() => setValue(`templates.${kind}`, DEFAULT_TEMPLATES[kind], { shouldDirty: true })}
      >
        Restore the app&apos;s wording
      </button>
    </details>
  );
}
