import type { PendingItem } from '../rules/pending';
import { owedAction } from './owed-action';

export interface Names {
  client: string;
  /** The boss's name, or '' when none is known yet ("the boss"). */
  boss: string;
}

export const bossOrDefault = (name: string): string => name.trim() || 'the boss';

/** The next step in words: "Ask Anna (strike 2 of 3)", "Send Jane Doe a status update". */
export function pendingAction(
  item: Pick<PendingItem, 'kind' | 'strike' | 'round' | 'clientOwes'>,
  names: Names,
  strikeLimit: number,
): string {
  const boss = bossOrDefault(names.boss);
  switch (item.kind) {
    case 'acknowledge':
      return `Acknowledge ${names.client}`;
    case 'reply':
      return `Reply to ${names.client}`;
    case 'answer':
      return `Send ${names.client} the answer`;
    case 'ask':
      // The one wording for strikes: the asks made so far (renderer/ui/strikes.ts says the same).
      return (item.strike ?? 1) <= 1 ? `Ask ${boss}` : `Ask ${boss} again (asked ${(item.strike ?? 1) - 1} of ${strikeLimit})`;
    case 'choose-park':
      return 'Choose when to ask again';
    case 'reask':
      return `Re-ask ${boss} (round ${item.round})`;
    case 'update':
      return `Send ${names.client} a status update`;
    case 'client-step':
      return `${names.client} to ${item.clientOwes ? owedAction(item.clientOwes) : 'reply'}`;
  }
}
