import { useFormContext } from 'react-hook-form';
import { isScript, TEMPLATE_IDS, TEMPLATE_LABELS, type TemplateId } from '../../../shared/domain/draft-templates';
import { DEFAULT_TEMPLATES } from '../../../shared/domain/settings';
import { PLACEHOLDERS } from '../../../shared/drafts/template';
import { useWordingCheck } from '../../api/queries';
import { Field } from '../../ui/Field';
import { useDebounced } from '../drafts/useDebounced';
import type { SettingsForm } from './settings-form';
import { templateElementId } from './open-template';

export function TemplatesSection() {
  return (
    <fieldset>
      <legend>Templates</legend>
      <p className="hint">Placeholders: {PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}. A placeholder that does not apply disappears.</p>
      {TEMPLATE_IDS.map((kind) => (
        <TemplateEditor key={kind} kind={kind} />
      ))}
    </fieldset>
  );
}

function TemplateEditor({ kind }: { kind: TemplateId }) {
  const { register, formState, watch, setValue } = useFormContext<SettingsForm>();
  const template = watch(`templates.${kind}`);
  const check = useWordingCheck(null, useDebounced(`${template.subject}\n${template.body}`));
  const warnings = check.data?.warnings ?? [];
  const errors = formState.errors.templates?.[kind];
  const bodyError = errors?.body?.message;
  return (
    <details id={templateElementId(kind)} className="template" open={!!bodyError || warnings.length > 0}>
      <summary>{TEMPLATE_LABELS[kind]}</summary>
      <Field
        id={`t-${kind}-subject`}
        label={isScript(kind) ? 'Line in the history' : 'Subject'}
        error={errors?.subject?.message}
        {...(isScript(kind) && { hint: 'A script is said, not sent: this line records the call or voicemail in the history.' })}
      >
        <input id={`t-${kind}-subject`} {...register(`templates.${kind}.subject`)} />
      </Field>
      <Field id={`t-${kind}-body`} label="Body" error={bodyError}>
        <textarea id={`t-${kind}-body`} rows={8} {...register(`templates.${kind}.body`)} />
      </Field>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={`Never-blame check on the ${TEMPLATE_LABELS[kind].toLowerCase()} template`}>
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
