/**
 * The parts of a report view that have a file of their own (`scripts/generate.mjs`): a page with
 * one figure, one pillar or one institution's work downloads that, not the report. Build-time only:
 * in the page, a `src` report, the one-file build and static rendering read the part out of the
 * whole view; a bundled element with a file of its own reads its file (which carries its source
 * sentences) even when a whole view is there.
 */
import type { AgencyView, ContentView, ReportView, Sources, View } from './view.js';

/**
 * What `<hled-metric metric="id">` reads: the report's id and date, that metric, the agencies it
 * names, the words of a figure's card (its pillar's name only) and its source sentence.
 */
export function metricView(view: ReportView, sources: Sources, id: string): View | undefined {
  const metric = view.metrics.find((m) => m.id === id);
  if (!metric) return undefined;
  const { lang, textLang, tag, words } = view;
  return {
    id: view.id,
    date: view.date,
    lang,
    textLang,
    tag,
    words: { ...words, pillar: { [metric.pillar]: words.pillar[metric.pillar] } },
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
export function agencyView(view: ReportView, sources: Sources, id: string): AgencyView | undefined {
  if (!view.agencies.some((a) => a.id === id)) return undefined;
  const mine = (ids: readonly string[] | undefined) => !!ids?.includes(id);
  const pillars = view.pillars.map((p) => ({
    ...p,
    sections: p.sections.map((s) => ({ ...s, initiatives: s.initiatives.filter((i) => mine(i.agencies)) })).filter((s) => s.initiatives.length),
  }));
  const initiatives = pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives));
  const ids = new Set(initiatives.map((i) => i.id));
  const metrics = view.metrics.filter((m) => mine(m.agencies));
  const events = view.events.filter((e) => e.initiative !== undefined && ids.has(e.initiative));
  const statements = (list: ReportView['agreements']) => list.filter((s) => mine(s.agencies));
  const stakeholders = { recommendations: statements(view.stakeholders.recommendations), ongoingProjects: statements(view.stakeholders.ongoingProjects) };
  const agreements = statements(view.agreements);
  const said = [...stakeholders.recommendations, ...stakeholders.ongoingProjects, ...agreements];
  return {
    ...partView(
      view,
      sources,
      { pillars: pillars.filter((p) => p.sections.length || metrics.some((m) => m.pillar === p.number)), metrics, events, agreements },
      [...initiatives, ...metrics, ...said],
      [...ids, ...metrics.map((m) => m.id), ...events.map((e) => e.id), ...said.map((s) => s.id)],
      id,
    ),
    stakeholders,
  };
}

/**
 * What `<hled-pillar pillar="n">` reads: one pillar (its sections and initiatives), its figures and
 * events, the institutions and links those name, and the source sentences of what it shows.
 */
export function pillarView(view: ReportView, sources: Sources, n: number): ContentView | undefined {
  const pillar = view.pillars.find((p) => p.number === n);
  if (!pillar) return undefined;
  const initiatives = pillar.sections.flatMap((s) => s.initiatives);
  const metrics = view.metrics.filter((m) => m.pillar === n);
  const events = view.events.filter((e) => e.pillar === n);
  return partView(view, sources, { pillars: [pillar], metrics, events, agreements: [] }, [...initiatives, ...metrics], [pillar.id, ...initiatives.map((i) => i.id), ...metrics.map((m) => m.id), ...events.map((e) => e.id)]);
}

/**
 * A part of `view` for a file of its own: what it `shows`, the institutions and links its `items`
 * name (and `also`), and the verbatim ids and source sentences of the items with a disclosure (`kept`); none of
 * the texts of the report's summary that only `<hled-report>` shows (meeting, purpose, delegations…).
 */
function partView(
  view: ReportView,
  sources: Sources,
  shows: Pick<ContentView, 'pillars' | 'metrics' | 'events' | 'agreements'>,
  items: readonly { readonly agencies?: readonly string[]; readonly links?: readonly string[] }[],
  kept: readonly string[],
  /** An institution listed even if no item names it (the one an agency view is about). */
  also?: string,
): ContentView {
  const { meeting, reviews, plans, purpose, delegations, websites, stakeholders, when, citation, ...content } = view;
  const named = new Set(items.flatMap((x) => x.agencies ?? []));
  const linked = new Set(items.flatMap((x) => x.links ?? []));
  return {
    ...content,
    ...shows,
    agencies: view.agencies.filter((a) => a.id === also || named.has(a.id)),
    links: view.links.filter((l) => linked.has(l.id)),
    verbatim: view.verbatim.filter((v) => kept.includes(v)),
    sources: shownSources(view, sources, kept),
  };
}

/**
 * The source sentences of the items `kept` whose disclosures show them (not those whose text is
 * the sentence): a part's own file carries them, which spares its page the sources file, and the
 * sources file of a language holds them for all items, figures included: a figure's card in a
 * part's list has the same "Source" as its `<hled-metric>` card.
 */
export function shownSources(view: ReportView, sources: Sources, kept: readonly string[]): Sources {
  return Object.fromEntries(kept.filter((k) => sources[k] !== undefined && !view.verbatim.includes(k)).map((k) => [k, sources[k]!]));
}
