import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-metric.js';
import { INHERIT, lang } from './lib/arg-types.js';
import { METRIC_IDS } from './report-data.js';

/** Args are keyed by attribute name; the rows and controls come from the manifest (stories/lib/arg-types.ts). */
interface Args {
  metric: string;
  variant: 'block' | 'inline' | 'figure';
  lang: string;
  src?: string;
  report?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-metric',
  component: 'hled-metric',
  tags: ['autodocs'],
  args: { metric: 'usaid-investments', variant: 'block', lang: INHERIT },
  argTypes: {
    metric: { control: 'select', options: METRIC_IDS },
  },
  render: ({ metric, variant, lang: l, src, report }) =>
    html`<hled-metric metric=${metric} variant=${variant} lang=${ifDefined(lang(l))} src=${ifDefined(src || undefined)} report=${ifDefined(report || undefined)}></hled-metric>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Spanish: Story = { args: { lang: 'es' } };

export const Inline: Story = {
  render: ({ metric, lang: l }) =>
    html`<p lang=${ifDefined(lang(l))}>
      USAID work in southern Mexico achieved
      <hled-metric variant="inline" metric=${metric}></hled-metric>.
    </p>`,
};

export const FigureAlone: Story = {
  name: 'Figure alone (variant="figure")',
  render: ({ lang: l }) =>
    html`<p lang=${ifDefined(lang(l))}>
      USAID supported <hled-metric variant="figure" metric="usaid-farmers-supported"></hled-metric> smallholder farmers in
      southern Mexico.
    </p>`,
};

export const EveryMetric: Story = {
  render: ({ lang: l }) =>
    html`<div lang=${ifDefined(lang(l))} style="display:grid;grid-template-columns:repeat(auto-fill,minmax(16em,1fr));gap:1em">
      ${METRIC_IDS.map((id) => html`<hled-metric metric=${id}></hled-metric>`)}
    </div>`,
};

export const NarrowColumn: Story = {
  name: '280 px column',
  render: ({ metric }) => html`<div style="width:280px;border:1px dashed #aaa"><hled-metric metric=${metric}></hled-metric></div>`,
};

export const UnknownId: Story = { args: { metric: 'no-such-metric' } };

export const FailedFetch: Story = { args: { src: '/no-such-report.json' } };
