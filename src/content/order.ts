/**
 * What the elements showing more than one figure read of a whole view: a pillar, its figures, and
 * the events in date order (sorted once per view and cached, since a timeline may hold 1,000).
 */
import type { ContentView, ViewEvent, ViewPillar } from '../data/view.js';

const SEASON_MONTH = { spring: 4, summer: 7, fall: 10, winter: 12 } as const;
const STATUS_RANK = { happened: 0, expected: 1, planned: 2 } as const;

/**
 * Sort key of an event: by month (a season at its middle month, a bare year after its months),
 * then what happened before what is expected or planned in that month, then by day, a date
 * without a day first ("February 2023" before "February 15, 2023"), "late" near the end.
 * So the April 18 meeting comes before the publication expected "in April 2023".
 */
function eventSortKey(e: ViewEvent): number {
  const [y, m, d] = e.date.split('-').map(Number);
  const month = m ?? (e.season ? SEASON_MONTH[e.season] : 13);
  const day = d ?? (e.part === 'late' ? 25 : e.part === 'mid' ? 15 : 0);
  return ((y * 100 + month) * 10 + STATUS_RANK[e.status]) * 100 + day;
}

const sorted = new WeakMap<ContentView, ViewEvent[]>();

/** Every dated event, oldest first; only those of `pillars` when given. */
export function eventsInOrder(view: ContentView, pillars?: readonly number[]): ViewEvent[] {
  let all = sorted.get(view);
  if (!all) sorted.set(view, (all = [...view.events].sort((a, b) => eventSortKey(a) - eventSortKey(b))));
  return pillars ? all.filter((e) => e.pillar !== undefined && pillars.includes(e.pillar)) : all;
}

export function pillarByNumber(view: ContentView, n: number): ViewPillar | undefined {
  return view.pillars.find((p) => p.number === n);
}
