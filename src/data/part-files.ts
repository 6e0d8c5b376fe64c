/**
 * The parts of a report view that have a file of their own (`scripts/generate.mjs`): a page with
 * one figure, one pillar or one institution's work downloads that, not the report. Build-time only.
 * What a file holds is what its element shows, selected by the same function the element renders
 * from (src/content/shows.ts and beside each element), plus what that needs (institutions, links,
 * words, source sentences): so the element shows the same from its file as from a `src` report, the one-file build or static
 * rendering, which read the part out of the whole view.
 */
import { pillarShows } from '../content/shows.js';
import { agencyShows } from '../elements/hled-agency/agency-shows.js';
import { timelineShows } from '../elements/hled-timeline/timeline-shows.js';
import type { ContentWords } from '../i18n/words.js';
import type { AgencyView, ContentView, PartFile, ReportView, Sources, View } from './view.js';

/**
 * The words of the content templates each part's element reads (src/content/content.ts, its
 * component): a part's file carries those, not the report's headings it never shows. A file
 * missing one would show less than the same element reading the whole report: the element tests
 * compare the two.
 */
const PILLAR_WORDS = ['places', 'figures', 'dates', 'supplied', 'quoted', 'status'] as const;
const AGENCY_WORDS = [...PILLAR_WORDS, 'nothingYet'] as const;
const TIMELINE_WORDS = ['timeline', 'noEvents', 'supplied', 'status'] as const;

/** The entries of `all` whose key is kept. */
const pick = <T extends object>(all: T, keep: (key: string) => boolean) => Object.fromEntries(Object.entries(all).filter(([k]) => keep(k))) as T;

/**
 * What `<hled-metric metric="id">` reads: the report's id, that metric, the agencies it
 * names, the words of a figure's card (its pillar's name and its status only) and its source sentence.
 */
export function metricFile(view: ReportView, sources: Sources, id: string): View | undefined {
  const metric = view.metrics.find((m) => m.id === id);
  if (!metric) return undefined;
  const { lang, textLang, tag, words } = view;
  return {
    id: view.id,
    lang,
    textLang,
    tag,
    words: { ...words, pillar: { [metric.pillar]: words.pillar[metric.pillar] }, figureStatus: pick(words.figureStatus, (k) => k === metric.status) },
    metrics: [metric],
    agencies: view.agencies.filter((a) => metric.agencies.includes(a.id)),
    ...(sources[id] ? { sources: { [id]: sources[id] } } : {}),
  };
}

/**
 * What `<hled-agency agency="id">` reads: the report view with only what that institution takes
 * part in (its initiatives, in their pillars and sections; its figures; the events of those
 * initiatives; the summary's statements that name it), the institutions and links those name, and
 * the source sentences of what it shows.
 */
export function agencyFile(view: ReportView, sources: Sources, id: string): PartFile<AgencyView> | undefined {
  if (!view.agencies.some((a) => a.id === id)) return undefined;
  const { recommendations, ongoingProjects, agreements, statements, pillars: shown } = agencyShows(view, id);
  // Its pillars' titles and its sections, not their summaries, which an institution's page does not show.
  const pillars = shown.map((p) => ({ ...p.pillar, summary: '', sections: [...p.sections] }));
  const initiatives = pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives));
  const metrics = shown.flatMap((p) => p.metrics);
  const events = shown.flatMap((p) => p.events);
  return {
    ...partView(
      view,
      sources,
      { pillars, metrics, events, agreements: [...agreements] },
      [...initiatives, ...metrics, ...statements],
      [...initiatives.map((i) => i.id), ...metrics.map((m) => m.id), ...events.map((e) => e.id), ...statements.map((s) => s.id)],
      AGENCY_WORDS,
      id,
    ),
    stakeholders: { recommendations: [...recommendations], ongoingProjects: [...ongoingProjects] },
  };
}

/**
 * What `<hled-pillar pillar="n">` reads: one pillar (its sections and initiatives), its figures and
 * events, the institutions and links those name, and the source sentences of what it shows.
 */
export function pillarFile(view: ReportView, sources: Sources, n: number): PartFile | undefined {
  const pillar = view.pillars.find((p) => p.number === n);
  if (!pillar) return undefined;
  const { initiativeIds, metrics, events } = pillarShows(view, pillar);
  const initiatives = pillar.sections.flatMap((s) => s.initiatives);
  return partView(view, sources, { pillars: [pillar], metrics: [...metrics], events: [...events], agreements: [] }, [...initiatives, ...metrics], [pillar.id, ...initiativeIds, ...metrics.map((m) => m.id), ...events.map((e) => e.id)], PILLAR_WORDS);
}

/**
 * What `<hled-timeline>` reads without an `agency` filter: every dated event with its source
 * sentence, and the pillars by number and title only (what its `pillar` filter is checked against):
 * none of the initiatives, figures or texts of the summary, which it never shows.
 */
export function timelineFile(view: ReportView, sources: Sources): PartFile {
  const events = timelineShows(view, { pillar: '', status: '', agency: '' });
  const pillars = view.pillars.map(({ id, number, title }) => ({ id, number, title, summary: '', sections: [] }));
  return partView(view, sources, { pillars, metrics: [], events, agreements: [] }, [], events.map((e) => e.id), TIMELINE_WORDS);
}

/**
 * A part of `view` for a file of its own: what it `shows`, the institutions and links its `items`
 * name (and `also`), and the verbatim ids and source sentences of the items with a disclosure (`kept`); none of
 * the texts of the report's summary that only `<hled-report>` shows (its title, meeting, purpose,
 * delegations…), nor the words of pillars and statuses it does not show.
 */
function partView(
  view: ReportView,
  sources: Sources,
  shows: Pick<ContentView, 'pillars' | 'metrics' | 'events' | 'agreements'>,
  items: readonly { readonly agencies?: readonly string[]; readonly links?: readonly string[] }[],
  kept: readonly string[],
  /** The content words its element reads. */
  words: readonly (keyof ContentWords)[],
  /** An institution listed even if no item names it (the one an agency view is about). */
  also?: string,
): PartFile {
  const { meeting, reviews, plans, purpose, delegations, websites, stakeholders, when, citation, title, date, dateInferred, ...content } = view;
  const named = new Set(items.flatMap((x) => x.agencies ?? []));
  const linked = new Set(items.flatMap((x) => x.links ?? []));
  // The words of the pillars and statuses it shows, not of every one.
  const pillars = new Set([...shows.pillars, ...shows.metrics, ...shows.events].map((x) => ('number' in x ? x.number : x.pillar)));
  const statuses = new Set([...shows.pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives)), ...shows.events].map((x) => x.status));
  return {
    ...content,
    ...shows,
    words: {
      ...view.words,
      pillar: pick(view.words.pillar, (n) => pillars.has(Number(n))),
      figureStatus: pick(view.words.figureStatus, (k) => shows.metrics.some((m) => m.status === k)),
    },
    agencies: view.agencies.filter((a) => a.id === also || named.has(a.id)),
    links: view.links.filter((l) => linked.has(l.id)),
    verbatim: view.verbatim.filter((v) => kept.includes(v)),
    sources: shownSources(view, sources, kept),
    contentWords: { ...Object.fromEntries(words.map((w) => [w, view.contentWords[w]])), status: pick(view.contentWords.status, (k) => statuses.has(k as never)) },
  };
}

/**
 * The source sentences of the items `kept` whose disclosures show them (not those whose text is
 * the sentence): what every view carries, a part's own file those of what it shows.
 */
export function shownSources(view: ReportView, sources: Sources, kept: readonly string[]): Sources {
  return Object.fromEntries(kept.filter((k) => sources[k] !== undefined && !view.verbatim.includes(k)).map((k) => [k, sources[k]!]));
}
