/**
 * Getting report data to an element: a bundled report's view in the element's language (made at
 * build time, `view.ts`), or a report file from `src` (fetched, validated and turned into a view in
 * the page, `fetch.ts`). Each request is loaded once per page however many elements ask, and what
 * has loaded is available synchronously (`peek`), so later elements and language switches render
 * without a loading state. A request is (where, language and tag, part): a part is what one
 * element reads, the whole report or a part with a small file of its own (one figure); a whole view
 * already here serves every element, whatever part it reads.
 *
 * Where the bundled files come from is the `#hled-data/*` modules: static `import()`s for bundlers
 * (npm, tests, static rendering), or URLs next to the script for the script-tag build (package.json
 * `imports`, condition `hled-cdn`).
 */
import { load as loadReportFile } from '#hled-data/report';
import { REPORTS } from '../generated/reports.js';
import { INTL_TAG, type Lang } from './languages.js';
import type { Locale } from './locale.js';
import { HledDataError } from './errors.js';
import { fileName } from './files.js';
import { idsOf, type Ids } from './ids.js';
import type { ReportView, View } from '../data/view.js';

export { HledDataError, loadOptions, type DataErrorCode } from './errors.js';

/** Loads a bundled data file by name (`hled-2023-04-18.es`): a `#hled-data/*` module's `load`. */
export type FileLoader = (name: string) => Promise<unknown> | undefined;

/** What an element reads of a report, and how to get it alone. */
export interface Part {
  /** Cache key: `report`, `metric:usaid-investments`… */
  readonly key: string;
  /** The error for an id of the element that the report (`ids`) does not have, if any. */
  check(report: string, ids: Ids): HledDataError | undefined;
  /** Its own bundled file (loader and name), smaller than the whole report; else it reads the whole. */
  file?(report: string, lang: Lang): readonly [FileLoader, string];
}

/**
 * A part of the report that may have a bundled file of its own: the `kind` file named by `id`,
 * read through `loader`, which is undefined in the builds that hold each report whole (the one-file
 * build and static rendering, src/data/no-files.ts): there, and for a `src` report, the part is
 * read out of the whole view.
 */
export function filePart(key: string, check: Part['check'], loader: FileLoader | undefined, kind: string, id?: string): Part {
  return { key, check, ...(loader && { file: (report: string, lang: Lang) => [loader, fileName(report, lang, kind, id)] as const }) };
}

/** The whole report, for elements that check no id of their own. */
export const WHOLE: Part = { key: 'report', check: () => undefined };

export interface DataRequest {
  /** URL of a report file; bundled reports when absent. */
  readonly src?: string | undefined;
  /** Bundled report id, or the id the `src` file must hold; the latest bundled when absent. */
  readonly report?: string | undefined;
  readonly locale: Locale;
  readonly part: Part;
}

export type Loaded = { readonly view: View; readonly error?: undefined } | { readonly view?: undefined; readonly error: HledDataError };

/** Answers by key: what loaded, and what is on its way. */
const done = new Map<string, Loaded>();
const pending = new Map<string, Promise<Loaded>>();

/** The bundled report `id`, or the latest when absent. */
export function bundled(id: string | undefined) {
  return id ? REPORTS.find((r) => r.id === id) : REPORTS[0];
}

export function unknownReport(id: string | undefined): HledDataError {
  return new HledDataError('unknown-report', `hled-widgets: no report "${id}"; the bundled reports are: ${REPORTS.map((r) => r.id).join(', ')}.`);
}

/** Where a request's data comes from: the `src` URL (and the id it must hold), or a bundled report id. */
export function originOf(req: Pick<DataRequest, 'src' | 'report'>): string {
  if (req.src) return `src:${new URL(req.src, document.baseURI).href}|${req.report ?? ''}`;
  return `bundled:${bundled(req.report)?.id ?? req.report}`;
}

/** The cache key of a request: two requests with the same key get the same answer. */
export function requestKey(req: DataRequest, part = req.part.key): string {
  return `${originOf(req)}|${req.locale.tag}|${part}`;
}

/** The answer to a part out of a whole view: the view, or the error for an id not in it. */
function partOf(part: Part, view: ReportView): Loaded {
  const error = part.check(view.id, idsOf(view));
  return error ? { error } : { view };
}

/** The answer to `req` if it is here already (its own, or out of the whole view), else undefined. */
export function peek(req: DataRequest): Loaded | undefined {
  const key = requestKey(req);
  const own = done.get(key);
  if (own) return own;
  const whole = done.get(requestKey(req, WHOLE.key));
  if (!whole?.view) return whole;
  // Every view carries the sentences it shows: a whole view here serves every part of it. The answer
  // is kept: the same error object every time (the element reports a problem once), and no check
  // again on each render.
  const answer = partOf(req.part, whole.view as ReportView);
  done.set(key, answer);
  return answer;
}

/** Loads what `req` asks for; never rejects. */
export function load(req: DataRequest): Promise<Loaded> {
  const ready = peek(req);
  if (ready) return Promise.resolve(ready);
  const key = requestKey(req);
  let p = pending.get(key);
  if (!p) {
    p = fetchView(req).then(
      (view) => {
        const answer: Loaded = { view };
        done.set(key, answer);
        return answer;
      },
      (error: unknown) => {
        const answer: Loaded = {
          error: error instanceof HledDataError ? error : new HledDataError('invalid', `hled-widgets: ${(error as Error)?.message ?? String(error)}`),
        };
        // Ids the report does not have stay unknown; anything else (network…) is tried again by
        // the next element that asks.
        if (answer.error.code.startsWith('unknown-')) done.set(key, answer);
        return answer;
      },
    );
    pending.set(key, p);
    p.finally(() => pending.delete(key));
  }
  return p;
}

async function fetchView(req: DataRequest): Promise<View> {
  const { locale, part } = req;
  if (part !== WHOLE && !(part.file && !req.src)) {
    // No file of its own: the whole view, which other elements then share.
    const whole = await load({ ...req, part: WHOLE });
    const answer = whole.view ? partOf(part, whole.view as ReportView) : whole;
    if (answer.error) throw answer.error;
    return answer.view;
  }
  if (req.src) return (await import('../data/fetch.js')).fetchView(req.src, req.report, locale);
  const entry = bundled(req.report);
  if (!entry) throw unknownReport(req.report);
  const [loadFile, name] = part.file?.(entry.id, locale.lang) ?? [loadReportFile, fileName(entry.id, locale.lang)];
  let view: View;
  try {
    view = (await (loadFile(name) ?? Promise.reject(new Error('not in this package')))) as View;
  } catch (error) {
    // No such file: an id the report does not have (the error names the valid ones), or a
    // request that failed.
    const ids = (await loadReportFile(fileName(entry.id, 'ids'))?.catch(() => undefined)) as Ids | undefined;
    throw (ids && part.check(entry.id, ids)) || new HledDataError('network', `hled-widgets: the data file "${name}" could not be loaded: ${(error as Error)?.message ?? error}`);
  }
  // A file that serves more than one request (the timeline's, whatever its filters) holds the ids
  // the element's own are checked against.
  const error = part.check(entry.id, idsOf(view as ReportView));
  if (error) throw error;
  // A regional tag (es-ES, en-GB): the bundled view is formatted with the language's own
  // conventions; format its figures and dates again, in the page.
  return locale.tag === INTL_TAG[locale.lang] ? view : (await import('../data/reformat.js')).reformat(view, locale);
}
