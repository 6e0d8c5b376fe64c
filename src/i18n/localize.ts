/**
 * UI strings through @lit/localize, per element.
 *
 * @lit/localize keeps one active locale per page. We use its reentrant mode: `msg()` asks
 * `getLocale()` on every call, and each widget renders inside `withLocale(lang, …)`, so the strings of
 * a Spanish widget and an English widget on the same page each come out in their own language.
 * Lit renders synchronously within `update()`, which makes this safe: no render interleaves with
 * another. Spanish templates are small and bundled, so the first paint is already in the right
 * language (no flash of English, no extra request).
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import * as es from '../generated/locales/es.js';
import type { Lang } from './locale.js';

let active: Lang = 'en';

try {
  configureReentrantLocalization({
    sourceLocale: 'en',
    targetLocales: ['es'],
    getLocale: () => active,
    loadLocaleSync: (locale) => (locale === 'es' ? es : undefined),
  });
} catch {
  // The page's own app has configured @lit/localize in the same module instance (npm route):
  // its locale then decides our UI strings too. Report text still follows each widget's language.
  console.warn('hled-widgets: @lit/localize was already configured on this page; UI strings follow its locale.');
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
