/**
 * What `<hled-timeline>` reads of a report: its dated events. Bundled, they are a file of their own
 * per language (`#hled-data/timeline`), with their source sentences, so a timeline's page does not
 * download the report's initiatives and figures, nor its sources file. With an `agency` filter it
 * reads the whole report, whose initiatives say which events are that institution's; a `src`
 * report, the one-file build and static rendering read it out of the whole view (`filePart`).
 */
import { load as loadTimelineFile } from '#hled-data/timeline';
import { unknownId } from '../../core/errors.js';
import { filePart, type Part } from '../../core/load.js';
import { list } from './timeline-shows.js';

/** The statuses an event may have, for the `status` filter. */
export const STATUSES = ['happened', 'planned', 'expected'] as const;

export function timelinePart(pillar: string, status: string, agency: string): Part {
  const pillars = list(pillar).map(Number);
  const statuses = list(status);
  return filePart(
    `timeline:${pillar}:${status}:${agency}`,
    (report, ids) =>
      !pillars.every((n) => ids.pillars.includes(n))
        ? unknownId('hled-timeline', 'pillar', pillar, report, ids.pillars)
        : !statuses.every((s) => (STATUSES as readonly string[]).includes(s))
          ? unknownId('hled-timeline', 'status', status, report, STATUSES)
          : agency && !ids.agencies.includes(agency)
            ? unknownId('hled-timeline', 'agency', agency, report, ids.agencies)
            : undefined,
    agency ? undefined : loadTimelineFile,
    'timeline',
  );
}
