import { useState } from 'react';
import { CLIENT_MESSAGE_KINDS, CLIENT_MESSAGE_LABELS, type ClientMessageKind } from '../../../shared/domain/events';
import { DEFAULT_TEMPLATES, type Boss, type Settings } from '../../../shared/domain/settings';
import { findBlame } from '../../../shared/drafts/never-blame';
import { PLACEHOLDERS } from '../../../shared/drafts/template';
import { fieldErrorsOf, settingsSchema } from '../../../shared/ipc/schemas';
import { call } from '../../api/api';
import { describedBy, Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';

type NumberKey =
  | 'askSpacingBusinessDays'
  | 'strikeLimit'
  | 'firstResponseAimHours'
  | 'firstResponseLimitHours'
  | 'defaultClientGapDays'
  | 'updateCadenceDays'
  | 'updatesBeforeRelaxing'
  | 'relaxedCadenceDays'
  | 'paddingFactor'
  | 'deadlineWarningBusinessDays';

const WEEKDAYS = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 0, label: 'Sun' },
];

const NUMBER_FIELDS: { key: NumberKey; label: string; hint: string; group: 'boss' | 'client' | 'week' }[] = [
  { key: 'deadlineWarningBusinessDays', label: 'Show client deadlines this many business days ahead', hint: '1 to 20.', group: 'week' },
  { key: 'askSpacingBusinessDays', label: 'Business days between asks', hint: '1 to 5; days off are skipped.', group: 'boss' },
  { key: 'strikeLimit', label: 'Asks before parking', hint: '1 to 10.', group: 'boss' },
  { key: 'firstResponseAimHours', label: 'Acknowledge within (aim, hours)', hint: '1 to 24.', group: 'client' },
  { key: 'firstResponseLimitHours', label: 'Acknowledge within (limit, hours)', hint: '1 to 72.', group: 'client' },
  { key: 'defaultClientGapDays', label: 'Usual gap between client contacts (days)', hint: 'Until their own history says otherwise.', group: 'client' },
  { key: 'updateCadenceDays', label: 'Update at least every (days)', hint: '1 to 30.', group: 'client' },
  { key: 'updatesBeforeRelaxing', label: 'Then, after this many updates…', hint: '1 to 20.', group: 'client' },
  { key: 'relaxedCadenceDays', label: '…update at least every (days)', hint: '1 to 60.', group: 'client' },
  { key: 'paddingFactor', label: 'Padding factor for promised dates', hint: 'Expect 3 business days, promise 3 × this.', group: 'client' },
];

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Everything DOMAIN.md calls a default, editable, with a message for each value out of range. */
export function SettingsPage({ settings, onSaved }: { settings: Settings; onSaved: () => Promise<void> }) {
  const [form, setForm] = useState(settings);
  // Numbers are kept as typed so "abc" can be shown back with a message rather than lost.
  const [numbers, setNumbers] = useState(
    () => Object.fromEntries(NUMBER_FIELDS.map(({ key }) => [key, String(settings[key])])) as Record<NumberKey, string>,
  );
  const [reasons, setReasons] = useState(settings.holdUpReasons.join('\n'));
  const [holidays, setHolidays] = useState(settings.holidays.join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    const candidate: Settings = {
      ...form,
      ...(Object.fromEntries(NUMBER_FIELDS.map(({ key }) => [key, numbers[key].trim() === '' ? Number.NaN : Number(numbers[key])])) as Record<
        NumberKey,
        number
      >),
      holdUpReasons: lines(reasons),
      holidays: lines(holidays),
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

  const setTemplate = (kind: ClientMessageKind, part: 'subject' | 'body', value: string) =>
    setForm({ ...form, templates: { ...form.templates, [kind]: { ...form.templates[kind], [part]: value } } });
  const setBoss = (id: string, patch: Partial<Boss>) =>
    setForm({ ...form, bosses: form.bosses.map((b) => (b.id === id ? { ...b, ...patch } : b)) });
  const addBoss = () =>
    setForm({ ...form, bosses: [...form.bosses, { id: `boss-${Date.now().toString(36)}`, name: '', email: '' }] });
  const toggleDay = (day: number) =>
    setForm({
      ...form,
      workingDays: form.workingDays.includes(day) ? form.workingDays.filter((d) => d !== day) : [...form.workingDays, day].sort(),
    });
  const removeBoss = (id: string) => {
    const bosses = form.bosses.filter((b) => b.id !== id);
    setForm({ ...form, bosses, defaultBossId: form.defaultBossId === id ? (bosses[0]?.id ?? '') : form.defaultBossId });
  };

  const numberField = (f: (typeof NUMBER_FIELDS)[number]) => (
    <Field key={f.key} id={`s-${f.key}`} label={f.label} error={errors[f.key]} hint={f.hint}>
      <input
        id={`s-${f.key}`}
        inputMode="decimal"
        value={numbers[f.key]}
        onChange={(e) => setNumbers({ ...numbers, [f.key]: e.target.value })}
        {...describedBy(`s-${f.key}`, errors[f.key])}
      />
    </Field>
  );
  const reasonWarnings = findBlame(reasons);

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
          <div className="grid-2">
            <Field id="s-name" label="Your name" error={errors.assistantName}>
              <input
                id="s-name"
                value={form.assistantName}
                onChange={(e) => setForm({ ...form, assistantName: e.target.value })}
                {...describedBy('s-name', errors.assistantName)}
              />
            </Field>
            <Field id="s-email" label="Your email" error={errors.assistantEmail} hint="For saved emails and call invitations.">
              <input
                id="s-email"
                type="email"
                value={form.assistantEmail}
                onChange={(e) => setForm({ ...form, assistantEmail: e.target.value })}
                {...describedBy('s-email', errors.assistantEmail)}
              />
            </Field>
          </div>
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
            const emailKey = `bosses.${i}.email`;
            return (
              <div className="boss-row" key={boss.id}>
                <Field id={`s-boss-${i}`} label={`Boss ${i + 1}`} error={errors[key]}>
                  <input
                    id={`s-boss-${i}`}
                    value={boss.name}
                    onChange={(e) => setBoss(boss.id, { name: e.target.value })}
                    {...describedBy(`s-boss-${i}`, errors[key])}
                  />
                </Field>
                <Field id={`s-boss-email-${i}`} label={`Boss ${i + 1} email`} error={errors[emailKey]}>
                  <input
                    id={`s-boss-email-${i}`}
                    type="email"
                    value={boss.email}
                    onChange={(e) => setBoss(boss.id, { email: e.target.value })}
                    {...describedBy(`s-boss-email-${i}`, errors[emailKey])}
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
          <legend>Working week</legend>
          <div className="field">
            <span id="s-days-label">Working days</span>
            <div className="weekdays" role="group" aria-labelledby="s-days-label">
              {WEEKDAYS.map(({ day, label }) => (
                <label key={day} className="checkbox">
                  <input type="checkbox" checked={form.workingDays.includes(day)} onChange={() => toggleDay(day)} />
                  {label}
                </label>
              ))}
            </div>
            {errors.workingDays && <div className="field-error">{errors.workingDays}</div>}
          </div>
          <div className="grid-2">
            <Field id="s-start" label="Working hours start" error={errors['workingHours.start']}>
              <input
                id="s-start"
                type="time"
                value={form.workingHours.start}
                onChange={(e) => setForm({ ...form, workingHours: { ...form.workingHours, start: e.target.value } })}
              />
            </Field>
            <Field id="s-end" label="Working hours end" error={errors['workingHours.end']}>
              <input
                id="s-end"
                type="time"
                value={form.workingHours.end}
                onChange={(e) => setForm({ ...form, workingHours: { ...form.workingHours, end: e.target.value } })}
              />
            </Field>
          </div>
          <Field
            id="s-holidays"
            label="Holidays (one date per line, like 2026-12-25)"
            error={errors.holidays ?? Object.entries(errors).find(([k]) => k.startsWith('holidays.'))?.[1]}
            hint="Not business days: nothing falls due on them and no notifications."
          >
            <textarea id="s-holidays" rows={3} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.notificationsEnabled}
              onChange={(e) => setForm({ ...form, notificationsEnabled: e.target.checked })}
            />
            Desktop notifications when something falls due (working hours only)
          </label>
          <div className="grid-2">{NUMBER_FIELDS.filter((f) => f.group === 'week').map(numberField)}</div>
        </fieldset>
        <fieldset>
          <legend>Asking the boss</legend>
          <div className="grid-2">{NUMBER_FIELDS.filter((f) => f.group === 'boss').map(numberField)}</div>
        </fieldset>
        <fieldset>
          <legend>Keeping the client informed</legend>
          <div className="grid-2">{NUMBER_FIELDS.filter((f) => f.group === 'client').map(numberField)}</div>
          <Field
            id="s-reasons"
            label="Reasons for a wait (one per line)"
            error={errors.holdUpReasons ?? Object.entries(errors).find(([k]) => k.startsWith('holdUpReasons.'))?.[1]}
            hint="Neutral explanations. “I don't know yet, and I'm finding out.” is always offered too."
          >
            <textarea id="s-reasons" rows={4} value={reasons} onChange={(e) => setReasons(e.target.value)} />
          </Field>
          {reasonWarnings.length > 0 && (
            <p className="field-error" role="alert">
              Could read as blame: {reasonWarnings.map((p) => `“${p}”`).join(', ')}.
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>Templates</legend>
          <p className="hint">
            Placeholders: {PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}. A placeholder that does not apply
            disappears.
          </p>
          {CLIENT_MESSAGE_KINDS.map((kind) => {
            const t = form.templates[kind];
            const blame = findBlame(`${t.subject}\n${t.body}`);
            const bodyError = errors[`templates.${kind}.body`];
            return (
              <details key={kind} className="template" open={!!bodyError || blame.length > 0}>
                <summary>{CLIENT_MESSAGE_LABELS[kind]}</summary>
                <Field id={`t-${kind}-subject`} label="Subject" error={errors[`templates.${kind}.subject`]}>
                  <input id={`t-${kind}-subject`} value={t.subject} onChange={(e) => setTemplate(kind, 'subject', e.target.value)} />
                </Field>
                <Field id={`t-${kind}-body`} label="Body" error={bodyError}>
                  <textarea id={`t-${kind}-body`} rows={8} value={t.body} onChange={(e) => setTemplate(kind, 'body', e.target.value)} />
                </Field>
                {blame.length > 0 && (
                  <p className="field-error" role="alert">
                    Could read as blame: {blame.map((p) => `“${p}”`).join(', ')}. Explain the wait in neutral terms.
                  </p>
                )}
                <button type="button" className="button link" onClick={() => setForm({ ...form, templates: { ...form.templates, [kind]: DEFAULT_TEMPLATES[kind] } })}>
                  Restore the app's wording
                </button>
              </details>
            );
          })}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button primary">
            Save settings
          </button>
        </div>
        <StatusMessage message={message} />
      </form>
    </section>
  );
}
