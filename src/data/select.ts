/**
 * Read-only lookups on a report, for the elements. Indexes are built once per report object and
 * cached, so a page of 100 metrics does not scan the report 100 times.
 */
import type { Agency, HledEvent, Localized, Metric, Pillar, Report } from './types.js';
import type { Lang } from '../i18n/locale.js';

/** The text in `lang`. Per-language report files may carry only one language: fall back to English. */
export function text(l: Localized, lang: Lang): string {
  return l[lang] ?? l.en;
}

interface Index {
  agencies: Map<string, Agency>;
  metrics: Map<string, Metric>;
  events: HledEvent[];
}
const indexes = new WeakMap<Report, Index>();

const SEASON_MONTH = { spring: 4, summer: 7, fall: 10, winter: 12 } as const;
const STATUS_RANK = { happened: 0, expected: 1, planned: 2 } as const;

/**
 * Sort key of an event: by month (a season at its middle month, a bare year after its months),
 * then what happened before what is expected or planned in that month, then by day, a date
 * without a day first ("February 2023" before "February 15, 2023"), "late" near the end.
 * So the April 18 meeting comes before the publication expected "in April 2023".
 */
function eventSortKey(e: HledEvent): number {
  const [y, m, d] = e.date.split('-').map(Number);
  const month = m ?? (e.season ? SEASON_MONTH[e.season] : 13);
  const day = d ?? (e.part === 'late' ? 25 : e.part === 'mid' ? 15 : 0);
  return ((y * 100 + month) * 10 + STATUS_RANK[e.status]) * 100 + day;
}

function indexOf(report: Report): Index {
  let index = indexes.get(report);
  if (!index) {
    index = {
      agencies: new Map(report.agencies.map((a) => [a.id, a])),
      metrics: new Map(report.metrics.map((m) => [m.id, m])),
      events: [...report.events].sort((a, b) => eventSortKey(a) - eventSortKey(b)),
    };
    indexes.set(report, index);
  }
  return index;
}

export function agencyById(report: Report, id: string): Agency | undefined {
  return indexOf(report).agencies.get(id);
}

export function metricById(report: Report, id: string): Metric | undefined {
  return indexOf(report).metrics.get(id);
}

export function pillarByNumber(report: Report, n: number): Pillar | undefined {
  return report.pillars.find((p) => p.number === n);
}

/** Every dated event, oldest first; only those of `pillars` when given. */
export function eventsInOrder(report: Report, pillars?: readonly number[]): HledEvent[] {
  const all = indexOf(report).events;
  return pillars ? all.filter((e) => e.pillar !== undefined && pillars.includes(e.pillar)) : all;
}

export function metricsOfPillar(report: Report, n: number): Metric[] {
  return report.metrics.filter((m) => m.pillar === n);
}

/** "SEMARNAT" where the agency has an acronym, else its name in `lang`. */
export function agencyShortName(a: Agency, lang: Lang): string {
  return a.acronym ?? text(a.name, lang);
}
