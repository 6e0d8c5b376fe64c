/**
 * The languages the widgets speak: the one list. English comes first: it is the report's own
 * language, the language of the source code's UI strings, and required in every report file; the
 * others are optional in data (a report without them renders in English, marked `lang="en"`).
 *
 * Adding a UI language is one entry here and its XLIFF file: `npm run i18n` creates
 * `xliff/<code>.xlf` with every string to translate and refuses to pass until each has a target.
 * `intl` is the BCP 47 tag whose conventions plain `lang="<code>"` formats figures and dates with
 * (Mexican ones for Spanish: 25,800 and "15 de febrero de 2023").
 */
export const LANGUAGES = [
  { code: 'en', intl: 'en-US' },
  { code: 'es', intl: 'es-MX' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];

/** The report's and the source code's language, required in data. */
export const SOURCE_LANG: Lang = LANGUAGES[0].code;

export const LANG_CODES: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** The default `Intl` tag of each language. */
export const INTL_TAG = /* @__PURE__ */ Object.fromEntries(LANGUAGES.map((l) => [l.code, l.intl])) as Record<Lang, string>;
