/**
 * The parts of a report view that have a file of their own (`scripts/generate.mjs`): a page with
 * one figure, or one institution's work, downloads that, not the report. Build-time only: in the
 * page, an element reads its part out of the whole view by id.
 */
import type { AgencyView, ReportView, Sources, View } from './view.js';

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
 * initiatives; the summary's statements that name it), and the institutions and links those name.
 */
export function agencyView(view: ReportView, id: string): AgencyView | undefined {
  if (!view.agencies.some((a) => a.id === id)) return undefined;
  const mine = (ids: readonly string[] | undefined) => !!ids?.includes(id);
  const pillars = view.pillars.map((p) => ({
    ...p,
    sections: p.sections.map((s) => ({ ...s, initiatives: s.initiatives.filter((i) => mine(i.agencies)) })).filter((s) => s.initiatives.length),
  }));
  const initiatives = new Set(pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives.map((i) => i.id))));
  const metrics = view.metrics.filter((m) => mine(m.agencies));
  const statements = (list: ReportView['agreements']) => list.filter((s) => mine(s.agencies));
  const stakeholders = { recommendations: statements(view.stakeholders.recommendations), ongoingProjects: statements(view.stakeholders.ongoingProjects) };
  const agreements = statements(view.agreements);
  const items = [...pillars.flatMap((p) => p.sections.flatMap((s) => s.initiatives)), ...metrics, ...stakeholders.recommendations, ...stakeholders.ongoingProjects, ...agreements];
  const named = new Set(items.flatMap((x) => x.agencies ?? []));
  const linked = new Set(items.flatMap((x) => ('links' in x ? (x.links ?? []) : [])));
  // Only what `<hled-agency>` shows: not the summary's texts (meeting, purpose, delegations…).
  const { meeting, reviews, plans, purpose, delegations, websites, stakeholders: all, ...content } = view;
  const events = view.events.filter((e) => e.initiative !== undefined && initiatives.has(e.initiative));
  const kept = [...initiatives, ...events.map((e) => e.id), ...metrics.map((m) => m.id), ...stakeholders.recommendations.map((s) => s.id), ...stakeholders.ongoingProjects.map((s) => s.id), ...agreements.map((s) => s.id)];
  return {
    ...content,
    pillars: pillars.filter((p) => p.sections.length || metrics.some((m) => m.pillar === p.number)),
    metrics,
    events,
    agencies: view.agencies.filter((a) => a.id === id || named.has(a.id)),
    links: view.links.filter((l) => linked.has(l.id)),
    stakeholders: { recommendations: stakeholders.recommendations, ongoingProjects: stakeholders.ongoingProjects },
    agreements,
    verbatim: view.verbatim.filter((v) => kept.includes(v)),
  };
}
