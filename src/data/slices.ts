/**
 * The parts of a view that one element reads, each also written at build time as a file of its own
 * (`scripts/generate.mjs`): a page with one figure downloads that figure, not the report. No
 * formatting code here: elements import this module.
 */
import type { View } from './view.js';

/**
 * What `<hled-metric metric="id">` reads: the report's id, date and title, that metric, the
 * agencies it names and its pillar; the other collections empty, so the selectors still work.
 */
export function metricView(view: View, id: string): View | undefined {
  const metric = view.metrics.find((m) => m.id === id);
  if (!metric) return undefined;
  return {
    ...view,
    contentWords: undefined,
    pillars: view.pillars.filter((p) => p.number === metric.pillar).map((p) => ({ ...p, summary: '', sections: [] })),
    agencies: view.agencies.filter((a) => metric.agencies.includes(a.id)),
    metrics: [metric],
    ...EMPTY,
    words: { ...view.words, pillar: { [metric.pillar]: view.words.pillar[metric.pillar] } },
    ...(view.sources?.[id] ? { sources: { [id]: view.sources[id] } } : {}),
  };
}

/** The collections a slice leaves empty. */
const EMPTY = {
  delegations: [],
  links: [],
  events: [],
  agreements: [],
  stakeholders: { intro: '', recommendations: [], ongoingIntro: '', ongoingProjects: [] },
  websites: { text: '', links: [] },
  meeting: { event: '', format: 'virtual', text: '' },
  purpose: { text: '' },
} satisfies Partial<View>;
