/**
 * What the embed builder's id lists show for each id, in the chosen language: a figure as the
 * reader sees it ("$18.8 million — in new investments in small enterprises"), a pillar by its
 * number and title ("Pillar II — Building Back Together"), an institution by name and acronym
 * ("U.S. Agency for International Development (USAID)"), an event by date and title. Read from the
 * report's view in that language, so nothing here is written by hand.
 */
import type { ReportView } from '../../src/data/view.js';

/** The words for `id` of the attribute `attribute` (`metric`, `pillar`, `agency`, `event`), or undefined when `view` has no such item. */
export function optionLabel(view: ReportView, attribute: string, id: string): string | undefined {
  if (attribute === 'metric') {
    const m = view.metrics.find((x) => x.id === id);
    return m && `${m.display} — ${m.label}`;
  }
  if (attribute === 'pillar') {
    const p = view.pillars.find((x) => String(x.number) === id);
    return p && `${view.words.pillar[p.number]} — ${p.title}`;
  }
  if (attribute === 'agency') {
    const a = view.agencies.find((x) => x.id === id);
    return a && (a.acronym ? `${a.name} (${a.acronym})` : a.name);
  }
  if (attribute === 'event') {
    const e = view.events.find((x) => x.id === id);
    return e && `${e.when} — ${e.title}`;
  }
  return undefined;
}
