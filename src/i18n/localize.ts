/**
 * UI strings through @lit/localize, per element.
 *
 * @lit/localize keeps one active locale per page. We use its reentrant mode: `msg()` asks
 * `getLocale()` on every call, and each widget renders inside `withLocale(lang, …)`, so the strings of
 * a Spanish widget and an English widget on the same page each come out in their own language.
 * Lit renders synchronously within `update()`, which makes this safe: no render interleaves with
 * another.
 *
 * The Spanish strings (~0.7 KB gzip) load only on pages that speak Spanish: an element loads them
 * with its Spanish data (`loadStrings`, in parallel) and shows content only once both are here, so
 * its first content is Spanish. Its loading state and load error cannot wait for them: those two
 * messages come from a small inline table (`SPANISH_FALLBACK`) until the strings are here.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type * as EsStrings from '../generated/locales/es.js';
import type { Lang } from './locale.js';
import { loadSpanish } from './spanish.js';

let active: Lang = 'en';
let es: typeof EsStrings | undefined;
let esLoading: Promise<void> | undefined;

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

/**
 * Loads the UI strings of `lang` once per page: a promise while Spanish is on its way, undefined
 * once they are here (and always for English, the source language). Rejects with `Error` whose
 * message names the problem; the next call tries again.
 */
export function loadStrings(lang: Lang): Promise<void> | undefined {
  if (lang === 'en' || es) return undefined;
  return (esLoading ??= loadSpanish().then(
    (m) => {
      es = m;
    },
    (e: unknown) => {
      esLoading = undefined;
      throw new Error(`hled-widgets: the Spanish UI strings could not be loaded: ${(e as Error)?.message ?? String(e)}`);
    },
  ));
}

/**
 * The two messages an element may show before the Spanish strings are here (while loading, or when
 * loading failed), by `msg()` id. tests/language.test.ts checks them against the translations.
 */
export const SPANISH_FALLBACK = {
  loading: 'Cargando el informe del DEAN…',
  'error-load': 'No se pudo cargar el informe del DEAN. Inténtelo de nuevo más tarde.',
} as const;

/** `message` (from `msg()`), or its Spanish fallback when `lang` is Spanish and the strings are not here. */
export function early(lang: Lang, id: keyof typeof SPANISH_FALLBACK, message: string): string {
  return lang === 'es' && !es ? SPANISH_FALLBACK[id] : message;
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
