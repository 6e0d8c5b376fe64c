import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-pillar.js';
import { INHERIT, lang } from './lib/arg-types.js';
import { PILLARS } from './report-data.js';

/** Args are keyed by attribute name; the rows and controls come from the manifest (stories/lib/arg-types.ts). */
interface Args {
  pillar: string;
  'heading-level': number;
  lang: string;
  src?: string;
  report?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-pillar',
  component: 'hled-pillar',
  tags: ['autodocs'],
  args: { pillar: '1', 'heading-level': 2, lang: INHERIT },
  argTypes: {
    pillar: { control: 'inline-radio', options: PILLARS },
  },
  // A pillar is a few screens long: on the Docs page each example scrolls in its own box.
  parameters: { docs: { maxHeight: '32em' } },
  render: (args) =>
    html`<hled-pillar pillar=${args.pillar} heading-level=${args['heading-level']} lang=${ifDefined(lang(args.lang))} src=${ifDefined(args.src || undefined)} report=${ifDefined(args.report || undefined)}></hled-pillar>`,
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
