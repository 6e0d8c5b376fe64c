/**
 * The UI strings of each language but English (whose strings are in the source code), loaded once
 * per page and only for the languages a page shows. Kept apart from `localize.ts` so that the
 * script-tag loader can start a language's strings with its data, without carrying @lit/localize.
 */
import { STRINGS } from '../generated/strings.js';
import { SOURCE_LANG, type Lang } from '../core/languages.js';

/** A module written by `lit-localize build` (runtime mode): `templates` by message id. */
export interface LocaleModule {
  readonly templates: Readonly<Record<string, unknown>>;
}

const loaded = new Map<Lang, LocaleModule>();
const loading = new Map<Lang, Promise<void>>();

/** The strings of `lang` if they are here (English always is), else undefined. */
export function stringsOf(lang: Lang): LocaleModule | undefined {
  return loaded.get(lang);
}

export function stringsReady(lang: Lang): boolean {
  return lang === SOURCE_LANG || loaded.has(lang);
}

/** Registers strings loaded some other way (static rendering and the build, in Node). */
export function addStrings(lang: Lang, module: LocaleModule): void {
  loaded.set(lang, module);
}

/** Loads the strings of `lang` (once; again after a failure). English needs nothing. */
export function loadStrings(lang: Lang): Promise<void> {
  if (stringsReady(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    const load = (STRINGS as Partial<Record<Lang, () => Promise<LocaleModule>>>)[lang];
    p = (load ? load() : Promise.resolve(undefined)).then(
      (m) => {
        if (m) loaded.set(lang, m);
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, p);
  }
  return p;
}
