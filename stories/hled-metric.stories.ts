import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-metric.js';
import { METRIC_IDS } from './report-data.js';

interface Args {
  metric: string;
  variant: 'block' | 'inline';
  lang?: string;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-metric',
  component: 'hled-metric',
  tags: ['autodocs'],
  args: { metric: 'usaid-investments', variant: 'block' },
  argTypes: {
    metric: { control: 'select', options: METRIC_IDS },
    variant: { control: 'inline-radio', options: ['block', 'inline'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'], description: 'Overrides the toolbar language.' },
    src: { control: 'text' },
  },
  render: ({ metric, variant, lang, src }) =>
    html`<hled-metric metric=${metric} variant=${variant} lang=${ifDefined(lang)} src=${ifDefined(src || undefined)}></hled-metric>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Spanish: Story = { args: { lang: 'es' } };

export const Inline: Story = {
  render: ({ metric, lang }) =>
    html`<p lang=${ifDefined(lang)}>
      USAID work in southern Mexico achieved
      <hled-metric variant="inline" metric=${metric}></hled-metric>.
    </p>`,
};

export const EveryMetric: Story = {
  render: ({ lang }) =>
    html`<div lang=${ifDefined(lang)} style="display:grid;grid-template-columns:repeat(auto-fill,minmax(16em,1fr));gap:1em">
      ${METRIC_IDS.map((id) => html`<hled-metric metric=${id}></hled-metric>`)}
    </div>`,
};

export const NarrowColumn: Story = {
  name: '280 px column',
  render: ({ metric }) => html`<div style="width:280px;border:1px dashed #aaa"><hled-metric metric=${metric}></hled-metric></div>`,
};

export const UnknownId: Story = { args: { metric: 'no-such-metric' } };

export const FailedFetch: Story = { args: { src: '/no-such-report.json' } };
