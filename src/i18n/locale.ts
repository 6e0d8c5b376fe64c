/**
 * Which language an element speaks. Rule: its own `lang` → the nearest ancestor with `lang`, crossing
 * shadow roots → `<html lang>` → English. `es` and `es-*` speak Spanish; everything else English.
 * Formatting follows the element's tag; plain `es` formats with Mexican conventions (es-MX).
 */
export type Lang = 'en' | 'es';

export interface Locale {
  /** Language of the words: picks UI strings and report text. */
  readonly lang: Lang;
  /** BCP 47 tag for `Intl`: `es` → `es-MX`, `en` → `en-US`, `es-ES` stays `es-ES`. */
  readonly tag: string;
}

const cache = new Map<string, Locale>();

/** Turns a `lang` attribute value into the locale the widgets use. Cached: called on every render. */
export function toLocale(raw: string): Locale {
  const key = raw.trim().toLowerCase();
  let locale = cache.get(key);
  if (!locale) {
    const primary = key.split(/[-_]/)[0];
    const lang: Lang = primary === 'es' ? 'es' : 'en';
    let tag = lang === 'es' ? 'es-MX' : 'en-US';
    if (primary === lang && key.length > 2) {
      try {
        const [canonical] = Intl.getCanonicalLocales(key.replace(/_/g, '-'));
        if (canonical) tag = canonical;
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
  return el.ownerDocument?.documentElement?.getAttribute('lang') || 'en';
}

/** Something that wants to hear when a `lang` attribute above it changes. */
export interface LangListener extends Element {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifyAll() {
  for (const l of listeners) l.langChanged();
}

/**
 * Watches `lang` attributes in the document and in every shadow root between an element and the
 * document, with one shared MutationObserver for the page. A change anywhere re-checks every
 * connected widget; that is cheap (a walk up the tree) and changes of `lang` are rare.
 */
export function watchLang(el: LangListener): void {
  listeners.add(el);
  observer ??= new MutationObserver(notifyAll);
  let root = el.getRootNode();
  for (;;) {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

export function unwatchLang(el: LangListener): void {
  listeners.delete(el);
}
