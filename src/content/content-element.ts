/**
 * The base of the elements that show more than one figure (pillar, timeline, report, agency): a
 * `heading-level` for their headings, and which events' source sentences are open (`source-toggles.ts`).
 */
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { ContentView, ReportView } from '../data/view.js';
import { HledElement } from '../core/hled-element.js';
import { SourceToggles } from './source-toggles.js';
import type { RenderContext } from './content.js';

/**
 * @cssprop [--hled-color-accent=#005ea2] - Accent: pillar numbers, figures, event markers.
 * @cssprop [--hled-color-heading=inherit] - Headings: the page's text colour by default.
 * @cssprop [--hled-heading-font-family=inherit] - Heading font: the page's by default.
 * @cssprop [--hled-summary-size=1.0625em] - Size of a pillar's summary.
 * @cssprop [--hled-color-surface=transparent] - Background of figure cards.
 * @cssprop [--hled-color-divider=#dfe1e2] - The line between initiatives.
 * @cssprop [--hled-color-background=#fff] - Inside the ring that marks an event still to come.
 * @cssprop [--hled-color-status-done=#00592f] - "Completed".
 */
export abstract class HledContentElement<V extends ContentView = ReportView> extends HledElement {
  // Lit merges these with the superclass's own.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Level (2–6) of this element's top heading, so it fits the host page's outline. */
  headingLevel = 2;

  private readonly sources = new SourceToggles(this);

  /** The heading level clamped to 2–6 (invalid values fall back to 2). */
  protected get level(): number {
    const n = Math.trunc(Number(this.headingLevel));
    return n > 6 ? 6 : n >= 2 ? n : 2;
  }

  protected override context(view: ContentView): RenderContext {
    return { ...super.context(view), view, level: this.level, opened: this.sources.opened };
  }

  /** These elements read a content view (`V`): the whole report's, or their part's own file. */
  protected abstract override renderView(view: V): TemplateResult;
}
