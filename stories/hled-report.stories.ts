import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-report.js';

interface Args {
  headingLevel: number;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-report',
  component: 'hled-report',
  tags: ['autodocs'],
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'range', min: 2, max: 6 }, name: 'heading-level' },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'], description: 'Overrides the toolbar language.' },
  },
  render: ({ headingLevel, lang }) => html`<hled-report heading-level=${headingLevel} lang=${ifDefined(lang)}></hled-report>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WholeReport: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
