/**
 * A report as the elements read it: one language's texts as plain strings, figures and dates
 * already formatted, and the source sentences set apart (`sourcesOf`), since a page shows them only
 * when a reader opens one (or prints).
 *
 * Made once per report and language, in Node, when the package is built (`scripts/generate.mjs`),
 * so pages of bundled reports never run `Intl` or carry the formatting code; and in the browser only
 * for a `src` report or a regional tag such as `es-ES` (`fetch.ts`, `reformat.ts`, loaded on
 * demand). Both paths call the same functions here, so they give the same strings.
 */
import type { Localized, Report } from './types.js';
import { SOURCE_LANG, type Lang } from '../core/languages.js';
import { formatEventDate, formatMetricValue, formatPartialDate } from '../i18n/format.js';
import { withLocale } from '../i18n/localize.js';
import { citationText } from '../i18n/citation.js';
import { commonWords, contentWords, type CommonWords, type ContentWords } from '../i18n/words.js';

/** Keys holding a source sentence, and the suffix of their key in `sourcesOf()`. */
const SOURCE_KEYS: Readonly<Record<string, string>> = { source: '', introSource: '.intro', ongoingSource: '.ongoing' };

/** A report type with every `{ en, es }` text as a string and the source sentences removed. */
type Viewed<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? Viewed<U>[]
    : T extends object
      ? { [K in keyof T as K extends 'source' | 'introSource' | 'ongoingSource' | '$schema' ? never : K]: Viewed<T[K]> }
      : T;

type ViewedReport = Viewed<Report>;

export type ViewMetric = ViewedReport['metrics'][number] & {
  /** The figure with its qualifier and unit: "over 25,800", "US$18.8 millones". */
  display: string;
};
export type ViewEvent = ViewedReport['events'][number] & {
  /** The date as the report gives it: "fall 2023", "15 de febrero de 2023". */
  when: string;
};

/** An institution as the elements show it: its names; its country and parent are in the report file (the data downloads). */
export type ViewAgency = Omit<ViewedReport['agencies'][number], 'country' | 'parent'>;

/** What every view holds, and all that a figure's own file holds. */
export interface View {
  id: string;
  /** Language of the UI words, and of the formatted figures and dates: the one asked for. */
  lang: Lang;
  /** Language of the texts: `lang` when the report has it, else English. */
  textLang: Lang;
  /** `Intl` tag the figures and dates are formatted with. */
  tag: string;
  /** The UI words every element may show, in `lang` (`words.ts`). */
  words: CommonWords;
  metrics: ViewMetric[];
  agencies: ViewAgency[];
  /** The source sentences of what the view holds, when it carries them (a figure's file does). */
  sources?: Sources;
}

/** A whole report as a view: what the elements showing more than one figure read. */
export type ReportView = Omit<ViewedReport, 'metrics' | 'events' | 'agencies'> &
  View & {
    /** The words of the elements that show more than one figure. */
    contentWords: ContentWords;
    events: ViewEvent[];
    /** The items whose text is their source sentence (`verbatimOf`): no disclosure repeats it. */
    verbatim: string[];
    /** The report's date as text, a year the report does not write in brackets: "April 18, [2023]". */
    when: string;
    /** The citation of the whole report, without the day it was read (the printed report ends with it). */
    citation: string;
  };

/**
 * What the content templates read: a report view without the texts of the report's summary that
 * only `<hled-report>` shows (meeting, purpose, delegations, websites, stakeholders).
 */
export type ContentView = Omit<ReportView, 'meeting' | 'reviews' | 'plans' | 'purpose' | 'delegations' | 'websites' | 'stakeholders' | 'when' | 'citation'>;

/**
 * What `<hled-agency>` reads: the content view and the summary's statements (which may name the
 * institution). Its own bundled file holds no more; a whole view serves too.
 */
export type AgencyView = ContentView & { stakeholders: Pick<ReportView['stakeholders'], 'recommendations' | 'ongoingProjects'> };

/**
 * A part's own data file (src/data/part-files.ts): its element's view, with only the content words
 * that element reads (the status words of what it shows), without the report's title and date.
 */
export type PartFile<V extends ContentView = ContentView> = Omit<V, 'contentWords' | 'title' | 'date' | 'dateInferred'> & {
  contentWords: Partial<Omit<ContentWords, 'status'>> & { status: Partial<ContentWords['status']> };
};

/** The English source sentences of a report, by item id (or, for items without one, by path). */
export type Sources = Readonly<Record<string, string>>;

export type ViewLink = ReportView['links'][number];
export type ViewPillar = ReportView['pillars'][number];
export type ViewSection = ViewPillar['sections'][number];
export type ViewInitiative = ViewSection['initiatives'][number];
export type ViewStatement = ReportView['agreements'][number];

/** The languages a report's texts are written in: those of its title (the validator holds every text to the same). */
export function languagesOf(report: Report): Lang[] {
  return Object.keys(report.title) as Lang[];
}

function isLocalized(value: object): value is Localized {
  return typeof (value as Localized)[SOURCE_LANG] === 'string' && !('id' in value);
}

/** `value` with every text in `lang` and no sources; objects keep their key order. */
function pick(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, lang));
  if (!value || typeof value !== 'object') return value;
  if (isLocalized(value)) return value[lang];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!(k in SOURCE_KEYS) && k !== '$schema') out[k] = pick(v, lang);
  return out;
}

/**
 * The report in `lang` (texts in English when the report has no `lang`), figures and dates
 * formatted with `tag`, and the UI words in `lang`. The words come from the UI strings of `lang`,
 * which must be loaded (`msg()` falls back to English otherwise).
 */
export function toView(report: Report, lang: Lang, tag: string): ReportView {
  const textLang = languagesOf(report).includes(lang) ? lang : SOURCE_LANG;
  const view = pick(report, textLang) as Omit<ReportView, 'lang' | 'textLang' | 'tag' | 'words' | 'contentWords'>;
  const locale = { lang, tag };
  return withLocale(lang, () => {
    const when = formatPartialDate(report.date, locale, report.dateInferred);
    return {
      ...view,
      lang,
      textLang,
      tag,
      words: commonWords(report.pillars.map((p) => p.number)),
      verbatim: verbatimOf(report, textLang),
      when,
      citation: citationText(report, locale, view.title),
      contentWords: contentWords(when),
      agencies: view.agencies.map(({ id, acronym, name }) => ({ id, ...(acronym && { acronym }), name })),
      metrics: report.metrics.map((m, i) => ({ ...view.metrics[i], display: formatMetricValue(m, locale) })),
      events: report.events.map((e, i) => ({ ...view.events[i], when: formatEventDate(e, locale) })),
    };
  });
}

/** The text field each source sentence stands behind, by source key (`source` → the item's `text` or `summary`). */
const TEXT_OF: Readonly<Record<string, readonly string[]>> = { source: ['text', 'summary'], introSource: ['intro'], ongoingSource: ['ongoingIntro'] };

/**
 * The keys (as in `sourcesOf`) of the items whose text in `lang` is their source sentence itself:
 * most English initiatives. A page shows no "Source" disclosure repeating those; it says once that
 * they are quoted.
 */
export function verbatimOf(report: Report, lang: Lang): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: string) => typeof a === 'string' && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) {
        if (k in SOURCE_KEYS && typeof v === 'string') {
          if (TEXT_OF[k].some((f) => same((obj[f] as Localized | undefined)?.[lang], v))) {
            out.push(`${typeof obj.id === 'string' ? obj.id : path.slice(1)}${SOURCE_KEYS[k]}`);
          }
        } else walk(v, `${path}.${k}`);
      }
    }
  };
  walk(report, '');
  return out;
}

/** Every source sentence of `report`, keyed by the id of its item (`meeting`, `delegations.0` for items without one). */
export function sourcesOf(report: Report): Sources {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      const id = (value as { id?: unknown }).id;
      for (const [k, v] of Object.entries(value)) {
        if (k in SOURCE_KEYS && typeof v === 'string') out[`${typeof id === 'string' ? id : path.slice(1)}${SOURCE_KEYS[k]}`] = v;
        else walk(v, `${path}.${k}`);
      }
    }
  };
  walk(report, '');
  return out;
}
