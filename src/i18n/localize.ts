/**
 * UI strings through @lit/localize, per element.
 *
 * @lit/localize keeps one active locale per page. We use its reentrant mode: `msg()` asks
 * `getLocale()` on every call, and each widget renders inside `withLocale(lang, …)`, so the strings of
 * a Spanish widget and an English widget on the same page each come out in their own language.
 * Lit renders synchronously within `update()`, which makes this safe: no render interleaves with
 * another. A language's strings load with its data (`strings.ts`); an element does not render in a
 * language before they are here.
 *
 * The npm build carries its own copy of @lit/localize (vite.config.ts does not leave it external),
 * so a host app that configures @lit/localize for itself neither breaks this configuration nor
 * decides the widgets' language.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { LANG_CODES, SOURCE_LANG, type Lang } from '../core/languages.js';
import { stringsOf } from './strings.js';

let active: Lang = SOURCE_LANG;

try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LANG,
    targetLocales: LANG_CODES.filter((l) => l !== SOURCE_LANG),
    getLocale: () => active,
    // The templates' type is @lit/localize's own; the generated modules match it.
    loadLocaleSync: (locale) => stringsOf(locale as Lang) as never,
  });
} catch {
  // Configured already: a second copy of this module (the page loads the widgets twice). The first
  // copy's configuration reads its own `active`, which this copy's withLocale() does not set.
  console.warn('hled-widgets: @lit/localize was already configured in this module instance; UI strings may not follow each element’s language.');
}

/** Runs `fn` with `lang` as the language `msg()` speaks, then restores the previous one. */
export function withLocale<T>(lang: Lang, fn: () => T): T {
  const previous = active;
  active = lang;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
