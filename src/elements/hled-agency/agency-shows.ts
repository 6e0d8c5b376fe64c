/** What `<hled-agency>` shows of a view (the one selection its template, its CSV and its own file use). */
import type { AgencyView, ReportView, ViewStatement } from '../../data/view.js';
import { pillarShows, type PillarShows } from '../../content/shows.js';

/** What it shows: the summary's statements that name the institution, and the pillars it works in. */
export interface AgencyShows {
  readonly recommendations: readonly ViewStatement[];
  readonly ongoingProjects: readonly ViewStatement[];
  readonly agreements: readonly ViewStatement[];
  /** The three lists above, in the order shown. */
  readonly statements: readonly ViewStatement[];
  readonly pillars: readonly PillarShows[];
}

export function agencyShows(view: AgencyView | ReportView, agency: string): AgencyShows {
  const mine = (s: ViewStatement) => !!s.agencies?.includes(agency);
  const recommendations = view.stakeholders.recommendations.filter(mine);
  const ongoingProjects = view.stakeholders.ongoingProjects.filter(mine);
  const agreements = view.agreements.filter(mine);
  const pillars = view.pillars.map((p) => pillarShows(view, p, agency)).filter((p) => p.sections.length || p.metrics.length);
  return { recommendations, ongoingProjects, agreements, statements: [...recommendations, ...ongoingProjects, ...agreements], pillars };
}

