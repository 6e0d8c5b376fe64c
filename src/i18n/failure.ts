/**
 * What happens when an element cannot show its content: a console error naming the problem, an
 * `hled-error` event that leaves shadow roots, and a visible message in the element's language.
 * Loaded only then, with the language's UI strings: pages that work never download it.
 */
import { msg, str } from '@lit/localize';
import type { HledDataError } from '../core/errors.js';
import type { Lang } from '../core/languages.js';
import { withLocale } from './localize.js';
import { loadStrings } from './strings.js';

function message({ code, attribute, value }: HledDataError): string {
  switch (code) {
    case 'unknown-id':
      return attribute === 'metric'
        ? msg(str`There is no figure “${value}” in the HLED report.`, { id: 'error-unknown-metric' })
        : attribute === 'pillar'
          ? msg(str`There is no pillar “${value}” in the HLED report.`, { id: 'error-unknown-pillar' })
          : attribute === 'agency'
            ? msg(str`There is no institution “${value}” in the HLED report.`, { id: 'error-unknown-agency' })
            : attribute === 'status'
              ? msg(str`There is no status “${value}”.`, { id: 'error-unknown-status' })
              : msg('This item is not in the HLED report.', { id: 'error-unknown-id' });
    case 'unknown-report':
      return msg('This HLED report is not available.', { id: 'error-unknown-report' });
    case 'not-json':
    case 'invalid':
      return msg('The HLED report file is not valid, so it cannot be shown.', { id: 'error-invalid' });
    default:
      return msg('The HLED report could not be loaded. Please try again later.', { id: 'error-load' });
  }
}

/** Detail of the `hled-error` event. */
export interface HledErrorDetail {
  /** What went wrong: `unknown-id`, `unknown-report`, `http`, `timeout`, `network`, `not-json`, `invalid`. */
  code: string;
  /** The message also written to the console, naming the problem. */
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'hled-error': CustomEvent<HledErrorDetail>;
  }
}

/** Where the problem is: the element and its language. */
export interface FailureSite {
  readonly host: HTMLElement;
  readonly lang: Lang;
}

/**
 * Reports `error` of `site` (console, event) and returns its message in the element's language,
 * whose strings must be loaded (else English). Static rendering calls it directly: it cannot wait.
 */
export function reportFailure(error: HledDataError, site: FailureSite): string {
  console.error(error.message);
  // After this render: listeners may touch the element.
  queueMicrotask(() =>
    site.host.dispatchEvent(
      new CustomEvent<HledErrorDetail>('hled-error', { bubbles: true, composed: true, detail: { code: error.code, message: error.message } }),
    ),
  );
  return withLocale(site.lang, () => message(error));
}

/** `reportFailure`, once the language's strings are here (in English if they cannot be loaded). */
export async function failure(error: HledDataError, site: FailureSite): Promise<string> {
  await loadStrings(site.lang).catch(() => undefined);
  return reportFailure(error, site);
}
