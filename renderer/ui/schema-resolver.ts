import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../shared/ipc/schemas';

/**
 * A react-hook-form resolver over a shared zod schema. The form holds what was typed
 * (strings, so nothing is lost); `toPayload` turns that into what main receives, the shared
 * schema checks it exactly as main will, and `fieldFor` maps each schema path back to the
 * input it belongs to. @hookform/resolvers' zodResolver would need the schema to mirror the
 * form's string fields; this keeps one schema, the one main enforces.
 */
export function schemaResolver<Form extends FieldValues, Payload>(
  schema: z.ZodType<Payload, unknown>,
  toPayload: (form: Form) => unknown,
  fieldFor: (schemaPath: string) => string | null,
): Resolver<Form, unknown, Payload> {
  return (values) => {
    const parsed = schema.safeParse(toPayload(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    return { values: {}, errors: nestedErrors<Form>(fieldErrorsOf(parsed.error), fieldFor) };
  };
}

/** Main's field messages (keyed by schema path) as react-hook-form errors on the form's own fields. */
export function nestedErrors<Form extends FieldValues>(
  flat: Record<string, string>,
  fieldFor: (schemaPath: string) => string | null,
): FieldErrors<Form> {
  const out: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(flat)) {
    const field = fieldFor(path);
    if (!field) continue;
    const parts = field.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] ??= { type: 'schema', message };
  }
  return out as FieldErrors<Form>;
}
