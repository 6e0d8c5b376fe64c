/**
 * The parts of a report view that have a file of their own (`scripts/generate.mjs`): a page with
 * one figure downloads that figure, not the report. Build-time only: in the page, an element reads
 * its part out of the whole view by id.
 */
import type { ReportView, Sources, View } from './view.js';

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
