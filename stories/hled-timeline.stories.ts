import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-timeline.js';

interface Args {
  pillar: string;
  headingLevel: number;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-timeline',
  component: 'hled-timeline',
  tags: ['autodocs'],
  args: { pillar: '', headingLevel: 2 },
  argTypes: {
    pillar: { control: 'text', description: 'Pillar filter: "2" or "1,4"; empty for every event.' },
    headingLevel: { control: { type: 'range', min: 2, max: 6 }, name: 'heading-level' },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'], description: 'Overrides the toolbar language.' },
  },
  render: ({ pillar, headingLevel, lang }) =>
    html`<hled-timeline pillar=${ifDefined(pillar || undefined)} heading-level=${headingLevel} lang=${ifDefined(lang)}></hled-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

export const EveryEvent: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const PillarsIAndIV: Story = { name: 'Pillars I and IV', args: { pillar: '1,4' } };
export const NarrowColumn: Story = {
  name: '280 px column',
  render: () => html`<div style="width:280px;border:1px dashed #aaa"><hled-timeline></hled-timeline></div>`,
};
