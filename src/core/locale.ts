/**
 * Which language an element speaks. Rule: its own `lang` → the nearest ancestor with `lang`, crossing
 * shadow roots → `<html lang>` → English. A language the widgets have (`languages.ts`), with or
 * without a region (`es`, `es-MX`, `es-419`, `es_MX`), speaks that language; any other speaks
 * English. Figures and dates follow the tag: plain `es` formats the Mexican way (its `intl` tag),
 * `es-ES` the Spanish way.
 */
import { INTL_TAG, LANG_CODES, SOURCE_LANG, type Lang } from './languages.js';

export type { Lang };

export interface Locale {
  /** Language of the words: picks UI strings and report text. */
  readonly lang: Lang;
  /** BCP 47 tag for `Intl`: `es` → `es-MX`, `en` → `en-US`, `es-ES` stays `es-ES`. */
  readonly tag: string;
}

const cache = new Map<string, Locale>();

/** Turns a `lang` attribute value into the locale the widgets use. Cached: called on every render. */
/** The language of the words for a `lang` value: its primary subtag if the widgets speak it, else English. */
export function langCode(raw: string): Lang {
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0]!;
  return (LANG_CODES as readonly string[]).includes(primary) ? (primary as Lang) : SOURCE_LANG;
}

export function toLocale(raw: string): Locale {
  const key = raw.trim().toLowerCase().replace(/_/g, '-');
  let locale = cache.get(key);
  if (!locale) {
    const primary = key.split('-')[0];
    const lang = langCode(key);
    let tag = INTL_TAG[lang];
    if (primary === lang && key.length > lang.length) {
      try {
        tag = Intl.getCanonicalLocales(key)[0] ?? tag;
      } catch {
        // not a valid tag: keep the language's default conventions
      }
    }
    locale = { lang, tag };
    cache.set(key, locale);
  }
  return locale;
}

// Static rendering in Node has no ShadowRoot and elements with no parent or document: there an
// element speaks its own `lang` (which the renderer sets from its options), else English.
const hasShadowRoot = typeof ShadowRoot !== 'undefined';

/**
 * The `lang` that applies to `el`, crossing shadow-root boundaries up to the document. The element's
 * own `lang` property comes first: Lit reflects it to the attribute only after the first render's
 * `willUpdate`, so a property set before connecting (React wrappers, the static renderer's `--lang`)
 * would otherwise be missed on that render.
 */
export function langOf(el: Element & { lang?: string }): string {
  if (el.lang) return el.lang;
  let node: Node | null | undefined = el;
  while (node) {
    if (typeof (node as Element).getAttribute === 'function') {
      const value = (node as Element).getAttribute('lang');
      if (value) return value;
    }
    node = node.parentNode ?? (hasShadowRoot && node instanceof ShadowRoot ? node.host : null);
  }
  return el.ownerDocument?.documentElement?.getAttribute('lang') || SOURCE_LANG;
}
