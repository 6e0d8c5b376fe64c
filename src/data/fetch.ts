/**
 * Fetching and validating a report file from `src`, and making its views in the page. A separate
 * module, loaded (with the validator, valibot, and the formatting code) only by pages that use
 * `src`: pages showing the bundled reports never download it.
 */
import { HledDataError, loadOptions } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import type { Report } from './types.js';
import { validateReport } from './validate.js';
import { sourcesOf, toView, type ReportView } from './view.js';
import { loadStrings } from '../i18n/strings.js';

/** One fetch and one validation per URL, however many elements and languages read it. */
const reports = new Map<string, Promise<Report>>();

/** The validated report at `src`: fetched once per URL (again after a failure). */
export function reportAt(src: string): Promise<Report> {
  const url = new URL(src, document.baseURI).href;
  let p = reports.get(url);
  if (!p) {
    p = fetchReport(url);
    // A failure (network, timeout…) may not last: the next element tries again.
    p.catch(() => reports.delete(url));
    reports.set(url, p);
  }
  return p;
}

/** The report at `src` (which must hold report `id`, when given) as a view in `locale`. */
export async function fetchView(src: string, id: string | undefined, locale: Locale): Promise<ReportView> {
  // Figures, dates and words are formatted here, in the language's words: its strings first.
  const [report] = await Promise.all([reportAt(src), loadStrings(locale.lang).catch(() => undefined)]);
  if (id && report.id !== id) {
    throw new HledDataError('unknown-report', `hled-widgets: ${new URL(src, document.baseURI).href} holds report "${report.id}", not "${id}".`);
  }
  // Its sentences come with the view, as with every view.
  return { ...toView(report, locale.lang, locale.tag), sources: sourcesOf(report) };
}

async function fetchReport(url: string): Promise<Report> {
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
  const result = validateReport(json, url);
  if (!result.ok) {
    throw new HledDataError(
      'invalid',
      `hled-widgets: ${url} is not a valid HLED report (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n${result.errors.join('\n')}`,
      result.errors,
    );
  }
  return result.report;
}
