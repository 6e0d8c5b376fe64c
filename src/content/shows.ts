/**
 * What each element with long content shows of a view: the one selection of a part, made by one
 * function per part. The element renders it, its "Cite or download" lists its facts (`factsOf`), and
 * the build writes a part's own data file from it (src/data/part-files.ts), so a pillar or an
 * institution shows the same whether its view is its own file, a `src` report or the whole bundled
 * report. Here what several elements show (a pillar, the report's facts); what one element alone
 * shows is beside it (`agencyShows`, `timelineShows`), so that other pages do not download it.
 */
import type { ContentView, ViewEvent, ViewMetric, ViewPillar, ViewSection } from '../data/view.js';
import { eventsInOrder } from './order.js';

/** What a pillar shows: with `agency`, only what that institution does in it. */
export interface PillarShows {
  readonly pillar: ViewPillar;
  /** Whose work only, if anyone's. */
  readonly agency: string | undefined;
  /** Its sections that have initiatives to show, with only those. */
  readonly sections: readonly ViewSection[];
  readonly initiativeIds: ReadonlySet<string>;
  readonly metrics: readonly ViewMetric[];
  /** In date order. */
  readonly events: readonly ViewEvent[];
}

const names = (agency: string | undefined) => (ids: readonly string[] | undefined) => !agency || !!ids?.includes(agency);

export function pillarShows(view: ContentView, pillar: ViewPillar, agency?: string): PillarShows {
  const mine = names(agency);
  const sections = pillar.sections.map((s) => ({ ...s, initiatives: s.initiatives.filter((i) => mine(i.agencies)) })).filter((s) => s.initiatives.length);
  const initiativeIds = new Set(sections.flatMap((s) => s.initiatives.map((i) => i.id)));
  const metrics = view.metrics.filter((m) => m.pillar === pillar.number && mine(m.agencies));
  const events = eventsInOrder(view, [pillar.number]).filter((e) => !agency || (e.initiative !== undefined && initiativeIds.has(e.initiative)));
  return { pillar, agency, sections, initiativeIds, metrics, events };
}

/** The ids of the facts a pillar shows, in the order it shows them: initiatives, figures, events. */
export function factsOf({ initiativeIds, metrics, events }: PillarShows): string[] {
  return [...initiativeIds, ...metrics.map((m) => m.id), ...events.map((e) => e.id)];
}

/** The events of the report's own meetings (no pillar), in date order: `<hled-report>` lists them first. */
export function meetingsOf(view: ContentView): ViewEvent[] {
  return eventsInOrder(view).filter((e) => e.pillar === undefined);
}

/** The ids of the facts `<hled-report>` shows once each, in its order: its meetings, then every pillar's. */
export function reportFacts(view: ContentView): string[] {
  return [...meetingsOf(view).map((e) => e.id), ...view.pillars.flatMap((p) => factsOf(pillarShows(view, p)))];
}
