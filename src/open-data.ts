/**
 * The report described for search engines and open-data catalogs, from the report file alone: a
 * schema.org `Dataset` (JSON-LD, for `<script type="application/ld+json">` and
 * `hled-widgets export --format jsonld`) and a DCAT-US 3.0 catalog (`data.json`,
 * `hled-widgets export --format dcat`). Node only (static rendering and the CLI, through
 * `dist/ssr.js`): no element imports it.
 *
 * What the data does not say is not said: the report states no licence (it is a joint
 * publication of two governments, and the Spanish is this project's translation), so a licence
 * appears only when the publisher passes one; nor does it give a contact, which DCAT-US requires
 * (the CLI asks for `--contact-email`).
 */
import { msg } from '@lit/localize';
import type { HledEvent, Report } from './data/types.js';
import { languagesOf } from './data/view.js';
import { INTL_TAG, LANGUAGES, SOURCE_LANG, type Lang } from './core/languages.js';
import { formatPartialDate } from './i18n/format.js';
import { withLocale } from './i18n/localize.js';

/** The HLED's page, which the report names (`websites`) and the widgets' citation gives. */
export const HLED_URL = 'https://www.trade.gov/HLED';

/** DCAT-US 3.0, as resources.data.gov asks a catalog to name it (`conformsTo`, a Standard). */
export const DCAT_US_3 = { '@type': 'Standard', title: 'DCAT-US 3.0', identifier: 'https://resources.data.gov/dcat-us/3.0.0' } as const;

/**
 * What the dataset is, in each language: the project's words (the rest is the report's). It names
 * no languages, which `inLanguage` / `language` give (a report may be in English only). A language
 * missing here (one added to languages.ts later) falls back to English.
 */
const WHAT_IT_IS: Readonly<Partial<Record<Lang, string>>> = {
  en: 'The report as data: every figure, initiative and dated event, each with the sentence of the report it comes from.',
  es: 'Los datos del informe: cada cifra, iniciativa y evento con fecha, junto con la oración de la que proviene, tal como aparece en el informe original en inglés.',
};

/**
 * Said of a report whose date has a part it does not write (`dateInferred`), in each language,
 * around the date as the widgets show it ("April 18, [2023]"). In JSON-LD as
 * `disambiguatingDescription`: schema.org gives it to every Thing (a Dataset included), unlike
 * `additionalProperty`, whose domain is products, places and values; and `datePublished` must stay
 * a plain ISO date for the search engines that read it.
 */
const SUPPLIED_YEAR: Readonly<Partial<Record<Lang, (date: string) => string>>> = {
  en: (date) => `The report writes its date without a year: ${date}. The year in brackets, that of datePublished, is supplied.`,
  es: (date) => `El informe escribe su fecha sin año: ${date}. El año entre corchetes, el de datePublished, es un dato añadido.`,
};

/** The files a site serves beside the metadata: what `hled-widgets export` prints, by format. */
export const DOWNLOADS = [
  { format: 'csv', mediaType: 'text/csv', file: (id: string) => `${id}.csv`, label: 'CSV' },
  { format: 'json', mediaType: 'application/json', file: (id: string) => `${id}.json`, label: 'JSON' },
] as const;

type Text = Readonly<Record<string, string | undefined>>;

/** The report's languages, English first (the order of languages.ts). */
function langsOf(report: Report): Lang[] {
  const own = languagesOf(report);
  return LANGUAGES.map((l) => l.code).filter((c) => own.includes(c));
}

const textIn = (t: Text, lang: Lang): string => t[lang] ?? t[SOURCE_LANG]!;

/** The publisher the widgets' citation names, in `lang` (a UI string, translated in xliff/). */
function publisherIn(lang: Lang): string {
  return withLocale(lang, () => msg('Governments of the United States and Mexico', { id: 'publisher' }));
}

function descriptionIn(report: Report, lang: Lang): string {
  return `${WHAT_IT_IS[lang] ?? WHAT_IT_IS.en} ${textIn(report.meeting.text, lang)}`;
}

/** Keywords in `lang`: the dialogue's acronym in the report's title (HLED, DEAN) and the pillars' titles. */
function keywordsIn(report: Report, lang: Lang): string[] {
  const acronym = /\(([A-Z]{2,})\)/.exec(textIn(report.title, lang))?.[1];
  return [...(acronym ? [acronym] : []), ...report.pillars.map((p) => textIn(p.title, lang))];
}

/** The last day of a date at the report's precision: "2023" → 2023-12-31, "2023-02" → 2023-02-28. */
function lastDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return date;
  const end = new Date(Date.UTC(y, m ?? 12, 0));
  return end.toISOString().slice(0, 10);
}

/** The first day of a date at the report's precision: "2022-10" → 2022-10-01. */
function firstDay(date: string): string {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The period the report's events cover, as calendar days: from the first day of the earliest
 * event to the last day of the latest (its `end` when it has one), at the precision the report
 * gives ("fall 2023" is dated 2023, so the period runs to 2023-12-31). Undefined without events.
 */
export function coverage(report: Report): { start: string; end: string } | undefined {
  const events: readonly HledEvent[] = report.events;
  if (!events.length) return undefined;
  const starts = events.map((e) => firstDay(e.date)).sort();
  const ends = events.map((e) => lastDay(e.end ?? e.date)).sort();
  return { start: starts[0], end: ends[ends.length - 1] };
}

/** `file` under `base` (a URL or path, with or without its last `/`), or bare when there is no base. */
export function urlOf(file: string, base: string | undefined): string {
  if (!base) return file;
  return `${base}${base.endsWith('/') ? '' : '/'}${file}`;
}

export interface JsonLdOptions {
  /** Where the site serves the CSV and JSON files (`<base>/<id>.csv`…). Default: none, the bare file names (relative to the page). */
  baseUrl?: string | undefined;
  /** URL of the licence the publisher applies to the data. Default: none (the report states none). */
  license?: string | undefined;
}

/** A text in every language of the report, as JSON-LD language-tagged values. */
const tagged = (langs: readonly Lang[], text: (l: Lang) => string) => langs.map((l) => ({ '@language': l, '@value': text(l) }));

/** The report as a schema.org `Dataset`. */
export function datasetJsonLd(report: Report, options: JsonLdOptions = {}): Record<string, unknown> {
  const langs = langsOf(report);
  const span = coverage(report);
  const governments = { '@type': 'Organization', name: tagged(langs, publisherIn) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: tagged(langs, (l) => textIn(report.title, l)),
    description: tagged(langs, (l) => descriptionIn(report, l)),
    inLanguage: langs,
    identifier: report.id,
    url: HLED_URL,
    datePublished: report.date,
    ...(report.dateInferred
      ? { disambiguatingDescription: tagged(langs, (l) => (SUPPLIED_YEAR[l] ?? SUPPLIED_YEAR.en!)(formatPartialDate(report.date, { lang: l, tag: INTL_TAG[l] }, report.dateInferred))) }
      : {}),
    ...(span ? { temporalCoverage: `${span.start}/${span.end}` } : {}),
    publisher: governments,
    creator: governments,
    // The Spanish of the data is this project's translation (data/sources/README.md).
    ...(langs.length > 1 ? { translator: { '@type': 'Organization', name: 'hled-widgets contributors' } } : {}),
    keywords: langs.flatMap((l) => keywordsIn(report, l).map((k) => ({ '@language': l, '@value': k }))),
    isAccessibleForFree: true,
    ...(options.license ? { license: options.license } : {}),
    distribution: DOWNLOADS.map((d) => ({
      '@type': 'DataDownload',
      name: `${report.id} (${d.label})`,
      encodingFormat: d.mediaType,
      contentUrl: urlOf(d.file(report.id), options.baseUrl),
    })),
  };
}

export interface DcatOptions {
  /** Where the site serves the CSV and JSON files: an absolute http(s) URL (DCAT-US wants absolute download URLs). */
  baseUrl: string;
  /** The address that answers questions about the data (the report gives none; DCAT-US requires one). */
  contactEmail: string;
  /** The name on that contact (vCard `fn`). Default: the address itself. */
  contactName?: string | undefined;
  /** Language of `title`, `description` and `keyword` (every language is in the `…Map` fields). Default `en`. */
  lang?: Lang | undefined;
  /** URL of the licence, on each distribution (where DCAT-US 3.0 puts it). Default: none. */
  license?: string | undefined;
}

/** The report as a DCAT-US 3.0 catalog (`data.json`) holding one dataset. */
export function dcatCatalog(report: Report, options: DcatOptions): Record<string, unknown> {
  const langs = langsOf(report);
  const lang = options.lang && langs.includes(options.lang) ? options.lang : SOURCE_LANG;
  const map = (text: (l: Lang) => string | string[]) => Object.fromEntries(langs.map((l) => [l, text(l)]));
  const span = coverage(report);
  const title = (l: Lang) => textIn(report.title, l);
  return {
    '@type': 'Catalog',
    conformsTo: DCAT_US_3,
    dataset: [
      {
        '@type': 'Dataset',
        '@id': urlOf(report.id, options.baseUrl),
        identifier: urlOf(report.id, options.baseUrl),
        title: title(lang),
        titleMap: map(title),
        description: descriptionIn(report, lang),
        descriptionMap: map((l) => descriptionIn(report, l)),
        keyword: keywordsIn(report, lang),
        keywordMap: map((l) => keywordsIn(report, l)),
        issued: report.date,
        modified: report.date,
        publisher: { '@type': 'Organization', name: publisherIn(lang) },
        contactPoint: { '@type': 'Kind', fn: options.contactName || options.contactEmail, hasEmail: `mailto:${options.contactEmail}` },
        // DCAT-US 3.0 replaces v1.1's `accessLevel` with `accessRights` (resources.data.gov).
        accessRights: 'public',
        landingPage: HLED_URL,
        language: langs,
        ...(span ? { temporal: [{ '@type': 'PeriodOfTime', startDate: span.start, endDate: span.end }] } : {}),
        distribution: DOWNLOADS.map((d) => ({
          '@type': 'Distribution',
          title: `${title(lang)} (${d.label})`,
          downloadURL: urlOf(d.file(report.id), options.baseUrl),
          mediaType: d.mediaType,
          format: d.label,
          ...(options.license ? { license: options.license } : {}),
        })),
      },
    ],
  };
}

/**
 * `data` as a `<script type="application/ld+json">` element. Every `<` in the JSON is written
 * `\u003c` (the same string to a JSON parser), so no text in the data can close the element
 * (`</script>`) or open a comment. A data block: browsers never run it, so a strict
 * Content-Security-Policy is unaffected.
 */
export function jsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
