/**
 * Read-only lookups on a view, for the elements. Indexes are built once per view object and cached,
 * so a page of 100 metrics does not scan the report 100 times.
 */
import type { View, ViewAgency, ViewEvent, ViewMetric, ViewPillar } from './view.js';

interface Index {
  agencies: Map<string, ViewAgency>;
  metrics: Map<string, ViewMetric>;
  events: ViewEvent[];
}
const indexes = new WeakMap<View, Index>();

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

function indexOf(view: View): Index {
  let index = indexes.get(view);
  if (!index) {
    index = {
      agencies: new Map(view.agencies.map((a) => [a.id, a])),
      metrics: new Map(view.metrics.map((m) => [m.id, m])),
      events: [...view.events].sort((a, b) => eventSortKey(a) - eventSortKey(b)),
    };
    indexes.set(view, index);
  }
  return index;
}

export function agencyById(view: View, id: string): ViewAgency | undefined {
  return indexOf(view).agencies.get(id);
}

export function metricById(view: View, id: string): ViewMetric | undefined {
  return indexOf(view).metrics.get(id);
}

export function pillarByNumber(view: View, n: number): ViewPillar | undefined {
  return view.pillars.find((p) => p.number === n);
}

/** Every dated event, oldest first; only those of `pillars` when given. */
export function eventsInOrder(view: View, pillars?: readonly number[]): ViewEvent[] {
  const all = indexOf(view).events;
  return pillars ? all.filter((e) => e.pillar !== undefined && pillars.includes(e.pillar)) : all;
}

export function metricsOfPillar(view: View, n: number): ViewMetric[] {
  return view.metrics.filter((m) => m.pillar === n);
}
