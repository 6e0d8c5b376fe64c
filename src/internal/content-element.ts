/**
 * The base of the elements that show more than one figure (pillar, timeline, report): a
 * `heading-level` for their headings, and the report's source sentences, which arrive in a file of
 * their own (`sources.ts`).
 */
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { ReportView, View } from '../data/view.js';
import { HledElement } from './hled-element.js';
import { SourcesController } from './sources.js';
import type { RenderContext } from './content.js';

export abstract class HledContentElement extends HledElement {
  // Lit merges these with the superclass's own.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Level (2–6) of this element's top heading, so it fits the host page's outline. */
  headingLevel = 2;

  private readonly sources = new SourcesController(this, this.data);

  /** The heading level clamped to 2–6 (invalid values fall back to 2). */
  protected get level(): number {
    const n = Math.trunc(Number(this.headingLevel));
    return n > 6 ? 6 : n >= 2 ? n : 2;
  }

  protected override context(view: ReportView): RenderContext {
    return { ...super.context(view), view, level: this.level, sources: this.sources.sources };
  }

  /** These elements read the whole report (their slices have no file of their own). */
  protected override renderView(view: View): TemplateResult {
    return this.renderReport(view as ReportView);
  }

  protected abstract renderReport(view: ReportView): TemplateResult;
}
