/** The ids a page may name in a report or a view: for error messages that list the valid ones. */
export interface Ids {
  readonly metrics: readonly string[];
  readonly pillars: readonly number[];
  readonly agencies: readonly string[];
  readonly events: readonly string[];
}

interface WithIds {
  readonly metrics: readonly { readonly id: string }[];
  readonly pillars: readonly { readonly number: number }[];
  readonly agencies: readonly { readonly id: string }[];
  readonly events: readonly { readonly id: string }[];
}

/** The ids of a report or a view; a part's view (one figure's) may lack a list: it has none of those. */
export function idsOf(r: Partial<WithIds>): Ids {
  return {
    metrics: r.metrics?.map((m) => m.id) ?? [],
    pillars: r.pillars?.map((p) => p.number) ?? [],
    agencies: r.agencies?.map((a) => a.id) ?? [],
    events: r.events?.map((e) => e.id) ?? [],
  };
}
