/**
 * What an element says when it cannot show its content, in its language. Loaded only when that
 * happens, with the language's UI strings: pages that work never download it.
 */
import { msg, str } from '@lit/localize';
import type { DataErrorCode } from '../data/errors.js';
import type { Lang } from './languages.js';
import { withLocale } from './localize.js';
import { loadStrings } from './strings.js';

/** What an element's id names, for "There is no … in the HLED report". */
export type IdKind = 'figure' | 'pillar' | 'item';

function message(code: DataErrorCode, kind: IdKind, id: string): string {
  switch (code) {
    case 'unknown-id':
      return kind === 'figure'
        ? msg(str`There is no figure "${id}" in the HLED report.`, { id: 'error-unknown-metric' })
        : kind === 'pillar'
          ? msg(str`There is no pillar "${id}" in the HLED report.`, { id: 'error-unknown-pillar' })
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

/** The message for `code` in `lang`, whose strings are loaded (else in English). */
export function failureText(lang: Lang, code: DataErrorCode, kind: IdKind, id: string): string {
  return withLocale(lang, () => message(code, kind, id));
}

/** The message for `code` in `lang`, once its strings are here (English if they cannot be loaded). */
export async function failureMessage(lang: Lang, code: DataErrorCode, kind: IdKind, id: string): Promise<string> {
  await loadStrings(lang).catch(() => undefined);
  return failureText(lang, code, kind, id);
}
