import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/hled-report.js';
import { INHERIT, lang } from './lib/arg-types.js';

/** Args are keyed by attribute name; the rows and controls come from the manifest (stories/lib/arg-types.ts). */
interface Args {
  summaries: boolean;
  'heading-level': number;
  lang: string;
  src?: string;
  report?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hled-report',
  component: 'hled-report',
  tags: ['autodocs'],
  args: { summaries: false, 'heading-level': 2, lang: INHERIT },
  // The whole report is some 16,000 px tall: on the Docs page each language scrolls in its own
  // box (the story itself, in the canvas, shows it whole).
  parameters: { docs: { maxHeight: '40em' } },
  render: (args) =>
    html`<hled-report ?summaries=${args.summaries} heading-level=${args['heading-level']} lang=${ifDefined(lang(args.lang))} src=${ifDefined(args.src || undefined)} report=${ifDefined(args.report || undefined)}></hled-report>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WholeReport: Story = {};
export const Spanish: Story = { args: { lang: 'es' } };
export const WithSummaries: Story = { name: 'With all figures and the timeline (summaries)', args: { summaries: true } };
