/**
 * What `<hled-metric>` reads of a report: its one figure. Bundled, each figure is a file of its own
 * per language (`#hled-data/metric`, a few hundred bytes), so a page with one figure does not
 * download the report; a `src` report reads it out of the whole view (`partSlice`).
 */
import { load as loadMetricFile } from '#hled-data/metric';
import { unknownId } from '../../data/errors.js';
import { partSlice, type Slice } from '../../data/load.js';

export function metricSlice(id: string): Slice {
  return partSlice(
    `metric:${id}`,
    (report, ids) => (ids.metrics.includes(id) ? undefined : unknownId('hled-metric', 'metric', id, report, ids.metrics)),
    loadMetricFile,
    'metric',
    id,
  );
}
