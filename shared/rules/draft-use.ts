import { subDays } from 'date-fns';
import { TEMPLATE_IDS, templateIdOf, type TemplateId } from '../domain/draft-templates';
import type { RequestState } from '../domain/request-state';

/** One draft used: when, from which template, and whether it went out as the app wrote it. */
export interface DraftUse {
  at: string;
  template: TemplateId;
  edited: boolean;
  wordsChanged: number;
}

/** Each measured use on a request: client messages and "just in case" questions the app drafted this session. */
export function draftUses(state: RequestState): DraftUse[] {
  const uses: DraftUse[] = [];
  for (const m of state.outbound) {
    if (m.edit) uses.push({ at: m.at, template: templateIdOf(m.kind, m.medium), ...m.edit });
  }
  for (const n of state.notes) {
    if (n.edit) uses.push({ at: n.at, template: 'research', ...n.edit });
  }
  return uses;
}

export interface DraftShare {
  template: TemplateId;
  used: number;
  unedited: number;
  /** unedited / used; null when none was used. */
  share: number | null;
  /** Words changed across the edited ones. */
  wordsChanged: number;
}

export interface DraftShares {
  days: number;
  /** Every template used in the period, most used first. */
  rows: DraftShare[];
  /** All kinds together. */
  total: { used: number; unedited: number; share: number | null };
  /** The template whose drafts were edited most often, when any was edited: its wording is the one to look at. */
  lowest: TemplateId | null;
}

export const DRAFT_SHARE_DAYS = 90;

/** How often each kind of draft went out unedited over the last `days` days before `now`. */
export function draftShares(uses: readonly DraftUse[], now: Date, days = DRAFT_SHARE_DAYS): DraftShares {
  const since = subDays(now, days).toISOString();
  const until = now.toISOString();
  const rows = new Map<TemplateId, DraftShare>();
  for (const use of uses) {
    if (use.at < since || use.at > until) continue;
    const row = rows.get(use.template) ?? { template: use.template, used: 0, unedited: 0, share: null, wordsChanged: 0 };
    row.used += 1;
    if (!use.edited) row.unedited += 1;
    row.wordsChanged += use.wordsChanged;
    row.share = row.unedited / row.used;
    rows.set(use.template, row);
  }
  const order = (id: TemplateId) => TEMPLATE_IDS.indexOf(id);
  const list = [...rows.values()].sort((a, b) => b.used - a.used || order(a.template) - order(b.template));
  const edited = list.filter((r) => r.unedited < r.used);
  // Lowest share first; among equals the one used more (its wording costs the most retyping),
  // which the list already puts first, and sort keeps the order of equals.
  const lowest = edited.sort((a, b) => a.share! - b.share!)[0]?.template ?? null;
  const used = list.reduce((n, r) => n + r.used, 0);
  const unedited = list.reduce((n, r) => n + r.unedited, 0);
  return { days, rows: list, total: { used, unedited, share: used ? unedited / used : null }, lowest };
}
