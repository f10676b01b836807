/** What the director's monitor suggests when a group's longest wait passes the threshold. Pure. */
import type { CounterState } from '../contracts.ts';

export interface CounterSituation {
  number: number;
  active: boolean;
  state: CounterState;
  groups: readonly string[];
}

export interface Suggestion {
  kind: 'open-counter' | 'move-officer' | 'add-group-to-counter';
  counterNumber: number | null;
  vi: string;
  en: string;
}

export function suggestFor(
  group: string,
  counters: readonly CounterSituation[],
  waitingByGroup: ReadonlyMap<string, number>,
): Suggestion {
  const waitingAt = (c: CounterSituation) => c.groups.reduce((s, g) => s + (waitingByGroup.get(g) ?? 0), 0);
  const closed = counters.find((c) => c.active && c.state === 'closed' && c.groups.includes(group));
  if (closed) {
    return {
      kind: 'open-counter',
      counterNumber: closed.number,
      vi: `Mở quầy số ${closed.number} (phục vụ nhóm ${group}).`,
      en: `Open counter ${closed.number} (it serves group ${group}).`,
    };
  }
  const spare = counters
    .filter((c) => c.active && c.state !== 'closed' && !c.groups.includes(group))
    .sort((a, b) => waitingAt(a) - waitingAt(b) || (a.state === 'idle' ? -1 : 1) - (b.state === 'idle' ? -1 : 1))[0];
  if (spare && waitingAt(spare) === 0) {
    return {
      kind: 'move-officer',
      counterNumber: spare.number,
      vi: `Chuyển cán bộ quầy số ${spare.number} sang hỗ trợ nhóm ${group}.`,
      en: `Move the officer of counter ${spare.number} to help group ${group}.`,
    };
  }
  if (spare) {
    return {
      kind: 'add-group-to-counter',
      counterNumber: spare.number,
      vi: `Bổ sung nhóm ${group} vào quầy số ${spare.number} (đang ít người chờ nhất).`,
      en: `Add group ${group} to counter ${spare.number} (the least busy).`,
    };
  }
  return {
    kind: 'open-counter',
    counterNumber: null,
    vi: `Bố trí thêm một quầy cho nhóm ${group}.`,
    en: `Staff one more counter for group ${group}.`,
  };
}
