/**
 * Lookups by id on a view, for every element. A view holds tens of items, so a scan is as quick as
 * an index and smaller; what only the elements with long content need (event order, a pillar's
 * figures) is in `order.ts`.
 */
import type { View, ViewAgency, ViewMetric } from '../data/view.js';

export function agencyById(view: View, id: string): ViewAgency | undefined {
  return view.agencies.find((a) => a.id === id);
}

export function metricById(view: View, id: string): ViewMetric | undefined {
  return view.metrics.find((m) => m.id === id);
}
