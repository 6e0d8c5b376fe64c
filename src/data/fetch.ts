/**
 * Fetching and validating a report file from `src`. A separate module, loaded (with the validator,
 * valibot) only by pages that use `src`: pages showing the bundled report never download it.
 */
import { HledDataError, loadOptions } from './errors.js';
import type { Report } from './types.js';
import { validateReport } from './validate.js';

export async function fetchReport(src: string, id: string | undefined): Promise<Report> {
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
