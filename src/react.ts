/**
 * React components for the four elements, made with @lit/react so that React sets properties (not
 * just attributes) and `onHledError` listens to the `hled-error` custom event, which React's own
 * event system does not know about. Importing this module registers all four elements.
 *
 * React is an optional peer dependency: only apps that import `hled-widgets/react.js` need it.
 *
 * ```tsx
 * import { HledMetric } from 'hled-widgets/react.js';
 * <HledMetric metric="usaid-investments" lang="es" onHledError={(e) => console.log(e.detail.code)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HledMetric as HledMetricElement } from './hled-metric.js';
import { HledPillar as HledPillarElement } from './hled-pillar.js';
import { HledTimeline as HledTimelineElement } from './hled-timeline.js';
import { HledReport as HledReportElement } from './hled-report.js';
import type { HledErrorDetail } from './internal/hled-element.js';

/** The events every element fires, as React props. */
const events = {
  onHledError: 'hled-error' as EventName<CustomEvent<HledErrorDetail>>,
};

export const HledMetric = createComponent({
  react: React,
  tagName: 'hled-metric',
  elementClass: HledMetricElement,
  events,
  displayName: 'HledMetric',
});

export const HledPillar = createComponent({
  react: React,
  tagName: 'hled-pillar',
  elementClass: HledPillarElement,
  events,
  displayName: 'HledPillar',
});

export const HledTimeline = createComponent({
  react: React,
  tagName: 'hled-timeline',
  elementClass: HledTimelineElement,
  events,
  displayName: 'HledTimeline',
});

export const HledReport = createComponent({
  react: React,
  tagName: 'hled-report',
  elementClass: HledReportElement,
  events,
  displayName: 'HledReport',
});

export type { HledErrorDetail };
