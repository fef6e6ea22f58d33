import { useEffect } from 'react';
import type { UseFormSetError } from 'react-hook-form';
import { FIELD_FOR_PATH, type NewRequestForm } from './form-model';

/** Main's own checks (a contact time in the future, a boss removed meanwhile) land beside their field too. */
export function useMainFieldErrors(fieldErrors: Record<string, string>, setError: UseFormSetError<NewRequestForm>): void {
  useEffect(() => {
    for (const [path, message] of Object.entries(fieldErrors)) {
      const field = FIELD_FOR_PATH[path.replace(/^details\./, '')] ?? FIELD_FOR_PATH[path];
      if (field) setError(field, { type: 'main', message }, { shouldFocus: true });
    }
  }, [fieldErrors, setError]);
}
