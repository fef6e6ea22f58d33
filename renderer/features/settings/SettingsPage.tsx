import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { fieldErrorsOf, settingsSchema } from '../../../shared/ipc/schemas';
import { call } from '../../api/api';
import { describedBy, Field } from '../../ui/Field';

/** Who the assistant is, who the bosses are, and the boss-side rules. */
export function SettingsPage({ settings, onSaved }: { settings: Settings; onSaved: () => Promise<void> }) {
  const [form, setForm] = useState(settings);
  // Numbers are kept as typed so "abc" can be shown back with a message rather than lost.
  const [numbers, setNumbers] = useState({
    askSpacingBusinessDays: String(settings.askSpacingBusinessDays),
    strikeLimit: String(settings.strikeLimit),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    const candidate: Settings = {
      ...form,
      askSpacingBusinessDays: Number(numbers.askSpacingBusinessDays),
      strikeLimit: Number(numbers.strikeLimit),
    };
    const checked = settingsSchema.safeParse(candidate);
    const result = checked.success
      ? await call('saveSettings', checked.data)
      : { ok: false as const, error: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(checked.error) };
    if (result.ok) {
      setErrors({});
      setMessage('Saved. New due dates follow these settings; history stays as it was.');
      await onSaved();
    } else {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
    }
  };

  const renameBoss = (id: string, name: string) =>
    setForm({ ...form, bosses: form.bosses.map((b) => (b.id === id ? { ...b, name } : b)) });
  const addBoss = () => {
    const id = `boss-${Date.now().toString(36)}`;
    setForm({ ...form, bosses: [...form.bosses, { id, name: '' }] });
  };
  const removeBoss = (id: string) => {
    const bosses = form.bosses.filter((b) => b.id !== id);
    const defaultBossId = form.defaultBossId === id ? (bosses[0]?.id ?? '') : form.defaultBossId;
    setForm({ ...form, bosses, defaultBossId });
  };

  return (
    <section aria-labelledby="settings-title" className="narrow">
      <header className="page-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>You</legend>
          <Field id="s-name" label="Your name" error={errors.assistantName}>
            <input
              id="s-name"
              value={form.assistantName}
              onChange={(e) => setForm({ ...form, assistantName: e.target.value })}
              {...describedBy('s-name', errors.assistantName)}
            />
          </Field>
          <Field id="s-signature" label="Signature" error={errors.signature} hint="Ends every draft.">
            <textarea
              id="s-signature"
              rows={3}
              value={form.signature}
              onChange={(e) => setForm({ ...form, signature: e.target.value })}
              {...describedBy('s-signature', errors.signature)}
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Bosses</legend>
          {form.bosses.map((boss, i) => {
            const key = `bosses.${i}.name`;
            return (
              <div className="boss-row" key={boss.id}>
                <Field id={`s-boss-${i}`} label={`Boss ${i + 1}`} error={errors[key]}>
                  <input
                    id={`s-boss-${i}`}
                    value={boss.name}
                    onChange={(e) => renameBoss(boss.id, e.target.value)}
                    {...describedBy(`s-boss-${i}`, errors[key])}
                  />
                </Field>
                <label className="radio">
                  <input
                    type="radio"
                    name="default-boss"
                    checked={form.defaultBossId === boss.id}
                    onChange={() => setForm({ ...form, defaultBossId: boss.id })}
                  />
                  Default
                </label>
                {form.bosses.length > 1 && (
                  <button type="button" className="button link" onClick={() => removeBoss(boss.id)}>
                    Remove
                  </button>
                )}
              </div>
            );
          })}
          <button type="button" className="button" onClick={addBoss}>
            Add a boss
          </button>
          {errors.bosses && <div className="field-error">{errors.bosses}</div>}
        </fieldset>
        <fieldset>
          <legend>Asking the boss</legend>
          <div className="grid-2">
            <Field
              id="s-spacing"
              label="Business days between asks"
              error={errors.askSpacingBusinessDays}
              hint="1 to 5; weekends are skipped."
            >
              <input
                id="s-spacing"
                inputMode="numeric"
                value={numbers.askSpacingBusinessDays}
                onChange={(e) => setNumbers({ ...numbers, askSpacingBusinessDays: e.target.value })}
                {...describedBy('s-spacing', errors.askSpacingBusinessDays)}
              />
            </Field>
            <Field id="s-strikes" label="Asks before parking" error={errors.strikeLimit} hint="1 to 10.">
              <input
                id="s-strikes"
                inputMode="numeric"
                value={numbers.strikeLimit}
                onChange={(e) => setNumbers({ ...numbers, strikeLimit: e.target.value })}
                {...describedBy('s-strikes', errors.strikeLimit)}
              />
            </Field>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button primary">
            Save settings
          </button>
        </div>
        {message && (
          <p className="status-message" role="status">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
