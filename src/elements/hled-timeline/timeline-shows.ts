/** What `<hled-timeline>` shows of a view (the one selection its template, its CSV and its own file use). */
import type { ContentView, ViewEvent } from '../../data/view.js';
import { pillarShows } from '../../content/shows.js';
import { eventsInOrder } from '../../content/order.js';

/** What it shows: the events its filters let through (comma-separated attribute values), in date order. */
export function timelineShows(view: ContentView, filters: { readonly pillar: string; readonly status: string; readonly agency: string }): ViewEvent[] {
  const pillars = list(filters.pillar).map(Number);
  const statuses = list(filters.status);
  const initiatives = filters.agency ? new Set(view.pillars.flatMap((p) => [...pillarShows(view, p, filters.agency).initiativeIds])) : undefined;
  return eventsInOrder(view, pillars.length ? pillars : undefined).filter(
    (e) => (!statuses.length || statuses.includes(e.status)) && (!initiatives || (e.initiative !== undefined && initiatives.has(e.initiative))),
  );
}

/** The items of a comma-separated attribute value: `"1, 4"` → `['1', '4']`. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
