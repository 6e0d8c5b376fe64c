import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-pillar.js';
import { PILLARS } from './report-data.js';

interface Args {
  pillar: string;
  headingLevel: number;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-pillar',
  component: 'hled-pillar',
  tags: ['autodocs'],
  args: { pillar: '1', headingLevel: 2 },
  argTypes: {
    pillar: { control: 'inline-radio', options: PILLARS },
    headingLevel: { control: { type: 'range', min: 2, max: 6 }, name: 'heading-level' },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'], description: 'Overrides the toolbar language.' },
  },
  render: ({ pillar, headingLevel, lang }) =>
    html`<hled-pillar pillar=${pillar} heading-level=${headingLevel} lang=${ifDefined(lang)}></hled-pillar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const PillarI: Story = {};
export const PillarII: Story = { args: { pillar: '2' } };
export const PillarIII: Story = { args: { pillar: '3' } };
export const PillarIV: Story = { args: { pillar: '4' } };
export const Spanish: Story = { args: { pillar: '2', lang: 'es' } };
export const NarrowColumn: Story = {
  name: '280 px column',
  render: ({ pillar }) => html`<div style="width:280px;border:1px dashed #aaa"><hled-pillar pillar=${pillar}></hled-pillar></div>`,
};
export const UnknownPillar: Story = { args: { pillar: '7' } };
