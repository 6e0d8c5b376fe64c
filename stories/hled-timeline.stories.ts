import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-timeline.js';
import { INHERIT, lang } from './lib/arg-types.js';

/** Args are keyed by attribute name; the rows and controls come from the manifest (stories/lib/arg-types.ts). */
interface Args {
  pillar: string;
  status: string;
  agency: string;
  'heading-level': number;
  lang: string;
  src?: string;
  report?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-timeline',
  component: 'hled-timeline',
  tags: ['autodocs'],
  args: { pillar: '', status: '', agency: '', 'heading-level': 2, lang: INHERIT },
  // The timeline of every event is a few screens long: on the Docs page it scrolls in its own box.
  parameters: { docs: { maxHeight: '32em' } },
  render: (args) =>
    html`<hled-timeline pillar=${ifDefined(args.pillar || undefined)} status=${ifDefined(args.status || undefined)} agency=${ifDefined(args.agency || undefined)} heading-level=${args['heading-level']} lang=${ifDefined(lang(args.lang))} src=${ifDefined(args.src || undefined)} report=${ifDefined(args.report || undefined)}></hled-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

export const EveryEvent: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const PillarsIAndIV: Story = { name: 'Pillars I and IV', args: { pillar: '1,4' } };
export const StillToCome: Story = { name: 'Still to come (status="planned,expected")', args: { status: 'planned,expected' } };
export const OneInstitution: Story = { name: 'One institution (agency="cbp")', args: { agency: 'cbp' } };
export const NarrowColumn: Story = {
  name: '280 px column',
  render: () => html`<div style="width:280px;border:1px dashed #aaa"><hled-timeline></hled-timeline></div>`,
};
