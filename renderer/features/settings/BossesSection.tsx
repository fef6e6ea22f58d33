import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { count } from '../../../shared/copy/plural';
import type { Boss } from '../../../shared/domain/settings';
import { useCounts } from '../../api/queries';
import { keys } from '../../api/query-keys';
import { useCommand } from '../../api/use-command';
import { CommandButton } from '../../ui/CommandButton';
import { StatusMessage } from '../../ui/StatusMessage';
import { describedBy, Field } from '../../ui/Field';
import type { SettingsForm } from './settings-form';

/**
 * Who decides; one is the default for new requests. A single boss may stay unnamed ("the boss").
 * A boss who still decides open requests is removed only once they are handed to another boss:
 * no request is ever left without one.
 */
export function BossesSection({ saved }: { saved: readonly Boss[] }) {
  const { register, formState, control, watch, setValue } = useFormContext<SettingsForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'bosses', keyName: 'key' });
  const openByBoss = useCounts().data?.openByBoss ?? {};
  const [handing, setHanding] = useState<string | null>(null);
  const [handedOver, setHandedOver] = useState<string | null>(null);
  const removeAt = (i: number, id: string) => {
    remove(i);
    if (defaultBossId === id) setValue('defaultBossId', fields.find((f) => f.id !== id)?.id ?? '', { shouldDirty: true });
  };
  const defaultBossId = watch('defaultBossId');
  const errors = formState.errors;
  const listError = (errors as { bossesList?: { message?: string } }).bossesList?.message;
  return (
    <fieldset>
      <legend>Bosses</legend>
      {fields.map((boss, i) => {
        const nameError = errors.bosses?.[i]?.name?.message;
        const emailError = errors.bosses?.[i]?.email?.message;
        const awayError = errors.bosses?.[i]?.awayText?.message;
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
            <Field
              id={`s-boss-away-${i}`}
              label={`Boss ${i + 1} away`}
              error={awayError}
              hint="One time away a line, e.g. 2026-11-16 to 2026-11-20 Lisbon conference. Asks wait until they are back; the note is only for you."
            >
              <textarea
                id={`s-boss-away-${i}`}
                rows={2}
                {...register(`bosses.${i}.awayText`)}
                {...describedBy(`s-boss-away-${i}`, awayError)}
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
                aria-label={`Remove boss ${i + 1}${boss.name ? `, ${boss.name}` : ''}`}
                onClick={() => ((openByBoss[boss.id] ?? 0) > 0 ? setHanding(boss.id) : removeAt(i, boss.id))}
              >
                Remove
              </button>
            )}
            {handing === boss.id && (
              <HandOver
                boss={boss}
                open={openByBoss[boss.id] ?? 0}
                others={saved.filter((b) => b.id !== boss.id)}
                onCancel={() => setHanding(null)}
                onDone={(message) => {
                  setHanding(null);
                  setHandedOver(message);
                  removeAt(i, boss.id);
                }}
              />
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => append({ id: `boss-${Date.now().toString(36)}`, name: '', email: '', awayText: '' })}
      >
        Add a boss
      </button>
      {listError && <div className="field-error">{listError}</div>}
      <StatusMessage message={handedOver} />
    </fieldset>
  );
}

/** Who takes over a leaving boss's open requests; each move is recorded as a correction on the request. */
function HandOver({
  boss,
  open,
  others,
  onCancel,
  onDone,
}: {
  boss: Boss;
  open: number;
  others: readonly Boss[];
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const [to, setTo] = useState(others[0]?.id ?? '');
  const handOver = useCommand('handOverRequests', {
    invalidates: () => [keys.today, keys.requests(), keys.counts, keys.digest(), ['request']],
  });
  const name = boss.name.trim() || 'This boss';
  const toName = others.find((b) => b.id === to)?.name.trim() || 'the other boss';
  const go = async () => {
    const result = await handOver.run({ from: boss.id, to });
    if (result) onDone(`${count(result.moved, 'open request', 'open requests')} now with ${toName}. Save settings to remove ${name}.`);
  };
  return (
    <div className="hand-over" role="group" aria-label={`Hand over ${name}'s requests`}>
      {others.length === 0 ? (
        <p>
          {name} decides {count(open, 'open request', 'open requests')}. Add and save another boss first, then hand them over.
        </p>
      ) : (
        <>
          <label htmlFor={`hand-to-${boss.id}`}>
            {name} decides {count(open, 'open request', 'open requests')}. Hand them to
          </label>
          <select id={`hand-to-${boss.id}`} value={to} onChange={(e) => setTo(e.target.value)}>
            {others.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name.trim() || 'the boss'}
              </option>
            ))}
          </select>
          <CommandButton className="button" pending={handOver.pending} pendingLabel="Handing over…" onClick={() => void go()}>
            Hand over and remove
          </CommandButton>
        </>
      )}
      <button type="button" className="button link" onClick={onCancel}>
        Keep {name}
      </button>
      {handOver.error && <div className="field-error">{handOver.error}</div>}
    </div>
  );
}
