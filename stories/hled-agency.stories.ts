import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-agency.js';
import { INHERIT, lang } from './lib/arg-types.js';
import { IDS } from './lib/report.js';

/** Args are keyed by attribute name; the rows and controls come from the manifest (stories/lib/arg-types.ts). */
interface Args {
  agency: string;
  'heading-level': number;
  lang: string;
  src?: string;
  report?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-agency',
  component: 'hled-agency',
  tags: ['autodocs'],
  args: { agency: 'usaid', 'heading-level': 2, lang: INHERIT },
  argTypes: {
    agency: { control: 'select', options: IDS.agencies },
  },
  // An agency's work can be a few screens long: on the Docs page each example scrolls in its own box.
  parameters: { docs: { maxHeight: '32em' } },
  render: (args) =>
    html`<hled-agency agency=${args.agency} heading-level=${args['heading-level']} lang=${ifDefined(lang(args.lang))} src=${ifDefined(args.src || undefined)} report=${ifDefined(args.report || undefined)}></hled-agency>`,
};
export default meta;
type Story = StoryObj<Args>;

export const USAID: Story = {};
export const COFEPRISInSpanish: Story = { name: 'COFEPRIS, in Spanish', args: { agency: 'cofepris', lang: 'es' } };
export const SecretariaDeEconomia: Story = { name: 'Secretaría de Economía (se), in Spanish', args: { agency: 'se', lang: 'es' } };
export const CBP: Story = { args: { agency: 'cbp' } };
export const UnknownId: Story = { args: { agency: 'no-such-agency' } };
