/**
 * Getting a report to an element: the bundled one by default, or a file from `src`. Each source is
 * fetched and validated once per page however many elements ask (the promise is cached), and a
 * report already loaded is available synchronously, so later elements render without a loading
 * state. Failures become an `HledDataError` with a code the elements translate.
 */
import { BUNDLED_REPORTS } from './bundled.js';
import type { Report } from './types.js';

export type DataErrorCode =
  | 'unknown-report'
  | 'unknown-id'
  | 'http'
  | 'timeout'
  | 'network'
  | 'not-json'
  | 'invalid';

export class HledDataError extends Error {
  override name = 'HledDataError';
  constructor(
    readonly code: DataErrorCode,
    message: string,
    /** Every problem, for the console (e.g. all validation messages). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** How long a `src` fetch may take before the element gives up and says so. */
export const loadOptions = { timeoutMs: 10_000 };

const pending = new Map<string, Promise<Report>>();
const loaded = new Map<string, Report>();

function keyOf(src: string | undefined, id: string | undefined): string {
  return src ? `src:${new URL(src, document.baseURI).href}|${id ?? ''}` : `bundled:${id ?? ''}`;
}

/** The report for these options if it has already loaded, else undefined. */
export function peekReport(src?: string, id?: string): Report | undefined {
  return loaded.get(keyOf(src, id));
}

/** Loads (once per page) the report from `src`, or the bundled report `id`, or the latest bundled. */
export function loadReport(src?: string, id?: string): Promise<Report> {
  const key = keyOf(src, id);
  let p = pending.get(key);
  if (!p) {
    p = (src ? fetchReport(src, id) : loadBundled(id)).then((report) => {
      loaded.set(key, report);
      return report;
    });
    pending.set(key, p);
  }
  return p;
}

async function loadBundled(id: string | undefined): Promise<Report> {
  const entry = id ? BUNDLED_REPORTS.find((r) => r.id === id) : BUNDLED_REPORTS[0];
  if (!entry) {
    const known = BUNDLED_REPORTS.map((r) => r.id).join(', ');
    throw new HledDataError('unknown-report', `hled-widgets: no report "${id}"; the bundled reports are: ${known}.`);
  }
  return entry.load();
}

async function fetchReport(src: string, id: string | undefined): Promise<Report> {
  const url = new URL(src, document.baseURI).href;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), loadOptions.timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      throw new HledDataError('http', `hled-widgets: fetching ${url} failed: HTTP ${response.status} ${response.statusText}`.trim());
    }
    text = await response.text();
  } catch (e) {
    if (e instanceof HledDataError) throw e;
    if (controller.signal.aborted) {
      throw new HledDataError('timeout', `hled-widgets: fetching ${url} took longer than ${loadOptions.timeoutMs} ms.`);
    }
    throw new HledDataError('network', `hled-widgets: fetching ${url} failed: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new HledDataError('not-json', `hled-widgets: ${url} is not JSON: ${(e as Error).message}`);
  }
  // The validator (valibot) is only downloaded by pages that use `src`.
  const { validateReport } = await import('./validate.js');
  const result = validateReport(json, url);
  if (!result.ok) {
    throw new HledDataError(
      'invalid',
      `hled-widgets: ${url} is not a valid HLED report (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n${result.errors.join('\n')}`,
      result.errors,
    );
  }
  if (id && result.report.id !== id) {
    throw new HledDataError('unknown-report', `hled-widgets: ${url} holds report "${result.report.id}", not "${id}".`);
  }
  return result.report;
}
