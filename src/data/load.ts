/**
 * Getting a report to an element: the bundled one by default, or a file from `src`. Each request is
 * loaded once per page however many elements ask (the promise is cached), and a report already
 * loaded is available synchronously, so later elements render without a loading state. Failures
 * become an `HledDataError` with a code the elements translate.
 *
 * A request is (src, id, lang, slice). Bundled reports come per language, and `<hled-metric>` asks
 * for its one metric (`metric:<id>`, see `bundled.ts`); a wider slice already loaded or on its way
 * (every metric, the whole report) also serves a narrower one. A `src` file is bilingual: one fetch and one validation serve every language and slice.
 */
import { BUNDLED_REPORTS, type DataSlice, type MetricFiles } from './bundled.js';
import type { Lang } from '../i18n/locale.js';
import type { Report } from './types.js';
import { HledDataError } from './errors.js';

export { HledDataError, loadOptions, type DataErrorCode } from './errors.js';

export type { DataSlice };

const pending = new Map<string, Promise<Report>>();
const loaded = new Map<string, Report>();

function bundledEntry(id: string | undefined) {
  return id ? BUNDLED_REPORTS.find((r) => r.id === id) : BUNDLED_REPORTS[0];
}

/**
 * The cache key of a request. Two requests with the same key are answered by the same object, so
 * an element compares keys to know whether it must load anything when its language changes.
 */
export function requestKey(src: string | undefined, id: string | undefined, lang: Lang, slice: DataSlice): string {
  if (src) return `src:${new URL(src, document.baseURI).href}|${id ?? ''}`;
  const entry = bundledEntry(id);
  // No id means the latest: the same key as its id, so either request finds the other's data.
  const name = `bundled:${entry?.id ?? id}`;
  return entry?.bilingual ? name : `${name}|${lang}|${slice}`;
}

/** The slices that hold everything `slice` holds: the whole report holds every metric, which holds each. */
function wider(slice: DataSlice): DataSlice[] {
  return slice === 'report' ? [] : slice === 'metrics' ? ['report'] : ['metrics', 'report'];
}

/** The first answer in `map` to this request or to a wider one. */
function find<T>(map: Map<string, T>, src: string | undefined, id: string | undefined, lang: Lang, slice: DataSlice): T | undefined {
  let found = map.get(requestKey(src, id, lang, slice));
  for (const s of wider(slice)) found ??= map.get(requestKey(src, id, lang, s));
  return found;
}

/** The report for this request if it has already loaded (a wider slice serves it), else undefined. */
export function peekReport(src?: string, id?: string, lang: Lang = 'en', slice: DataSlice = 'report'): Report | undefined {
  return find(loaded, src, id, lang, slice);
}

/**
 * Loads (once per page) the report from `src`, or the bundled report `id`, or the latest bundled, in
 * `lang` (bundled reports only; a `src` file has both), whole or as a `slice`. `metricFiles`
 * (`bundled-metrics.ts`, by report id) serves `metric:<id>` slices.
 */
export function loadReport(
  src?: string,
  id?: string,
  lang: Lang = 'en',
  slice: DataSlice = 'report',
  metricFiles?: Readonly<Record<string, MetricFiles>>,
): Promise<Report> {
  const key = requestKey(src, id, lang, slice);
  // A wider slice already on its way serves this one too.
  let p = find(pending, src, id, lang, slice);
  if (!p) {
    p = (src ? import('./fetch.js').then((m) => m.fetchReport(src, id)) : loadBundled(id, lang, slice, metricFiles)).then(
      (report) => {
        loaded.set(key, report);
        return report;
      },
      (error: unknown) => {
        // Elements added later try again: a timeout or a network error may not last.
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, p);
  }
  return p;
}

async function loadBundled(
  id: string | undefined,
  lang: Lang,
  slice: DataSlice,
  metricFiles: Readonly<Record<string, MetricFiles>> | undefined,
): Promise<Report> {
  const entry = bundledEntry(id);
  if (!entry) {
    const known = BUNDLED_REPORTS.map((r) => r.id).join(', ');
    throw new HledDataError('unknown-report', `hled-widgets: no report "${id}"; the bundled reports are: ${known}.`);
  }
  return entry.load(lang, slice, metricFiles?.[entry.id]);
}
