import type { TemplateId } from '../../../shared/domain/draft-templates';

export const templateElementId = (id: TemplateId) => `template-${id}`;

/** Opens a template's editor in the Settings form and puts the cursor in its text. */
export function openTemplate(id: TemplateId): void {
  const details = document.getElementById(templateElementId(id));
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  details.scrollIntoView({ block: 'start' });
  details.querySelector('textarea')?.focus({ preventScroll: true });
}
