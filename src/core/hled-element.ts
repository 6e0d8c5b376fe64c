/**
 * What every hled-* element shares, and no more: its public properties (`lang`, `src`, `report`),
 * the two controllers that give it a language (`LangController`) and its data (`ReportController`),
 * the states it renders (loading, error, content) and taking over content written by static
 * rendering. Subclasses render a view (`renderView`) and say what they read of the report (`reads`:
 * the whole report, or their own part of it, with its own small file). Elements with headings and
 * long content build on `HledContentElement` (`content-element.ts`).
 */
import { LitElement, html, noChange, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { WHOLE, type Part } from './load.js';
import type { View } from '../data/view.js';
import { LangController } from './lang-controller.js';
import { ReportController } from './report-controller.js';
import { FactsController } from './facts.js';
import { ToolsController } from './tools-controller.js';
import { FailureController } from './failure-controller.js';
import type { RenderContext } from './templates.js';
import { server } from '#hled-server';

export type { HledErrorDetail } from '../i18n/failure.js';


/**
 * The custom properties every element reads. Set them on the page (`:root`, as the themes in
 * `themes/` do) or on one element; every default pair of colours passes WCAG AA.
 *
 * @cssprop [--hled-color-text=inherit] - Text colour: the page's by default.
 * @cssprop [--hled-font-family=inherit] - Text font: the page's by default.
 * @cssprop [--hled-line-height=1.5] - Line height.
 * @cssprop [--hled-gap=1.5em] - Space below a widget shown as a block.
 * @cssprop [--hled-radius=0.25em] - Corner radius of boxes and badges.
 * @cssprop [--hled-color-link=#005ea2] - Links and disclosures ("Source", "Cite or download").
 * @cssprop [--hled-color-muted=#565c65] - Secondary text (pillar, institutions, places).
 * @cssprop [--hled-color-border=#a9aeb1] - Lines: the quoted source, the timeline.
 * @cssprop [--hled-color-focus=#1a4480] - Focus ring; keep 3:1 or more against what it sits on.
 * @cssprop [--hled-color-target=#fef0c8] - Background of the fact a link (`#hled-<id>`) points to.
 * @cssprop [--hled-color-loading=#f0f0f0] - The space held while the data loads.
 * @cssprop [--hled-color-error=#b50909] - Text and border of an error message.
 * @cssprop [--hled-color-error-surface=#fff] - Background of an error message.
 * @cssprop [--hled-color-status-ongoing=#1a4480] - "In progress".
 * @cssprop [--hled-color-status-planned=#5c4809] - "Planned", "In planning" and "Expected".
 */
export abstract class HledElement extends LitElement {
  // Reactive properties are declared here rather than with decorators, so pages ship no decorator
  // runtime. The fields below are `declare`d (nothing emitted): their JSDoc documents them in
  // custom-elements.json.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: {},
    report: {},
  };

  /**
   * Language of this element: `en` or `es` (`es-*` also speaks Spanish). When absent, the nearest
   * ancestor's `lang` applies (across shadow roots), then `<html lang>`, then English.
   */
  declare lang: string;

  /** URL of a report file in the hled-widgets data format. Default: the report bundled with the package. */
  declare src?: string;

  /** Id of a bundled report (e.g. `hled-2023-04-18`). Default: the latest. */
  declare report?: string;

  protected readonly language = new LangController(this);
  protected readonly data = new ReportController(this);
  protected readonly facts = new FactsController(this);
  protected readonly tools = new ToolsController(this);
  /** The error's message, in the element's language (`failure-controller.ts`). */
  private readonly failure = new FailureController(this);

  /** What this element reads of the report: the whole of it, unless a subclass says otherwise. */
  protected reads(): Part {
    return WHOLE;
  }

  /** What the templates need: the view, where headings start, the state of the facts' controls. */
  protected context(view: View): RenderContext {
    return { view, level: 2, spelled: new Set(), copied: this.facts.copied, tools: server ? server.tools(view, this.citation(view)) : this.tools.content };
  }

  /** What this element shows, named for a citation of it: the figure, the pillar's title… */
  protected abstract citation(view: View): string;

  /** The ids of the facts this element shows of `view` (figures, initiatives, events), in its order: its CSV's rows. */
  protected abstract factIds(view: View): readonly string[];

  /**
   * What the element shows, in its language, once its data is here: the figure and its label, the
   * pillar's number and title, the institution's name, "Timeline"; undefined before that and on an
   * error. For naming the element elsewhere: an `<iframe title>`, a page's `<title>`, a caption.
   */
  get caption(): string | undefined {
    const { view, error, stale } = this.data;
    return (view && !error && stale !== 'content' && this.citation(view)) || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.sync({ src: this.src || undefined, report: this.report || undefined, locale: this.language.wanted, part: this.reads() });
  }

  /** Resolves once the report has loaded (or failed) and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.data.settled || this.failure.pending) {
      await (this.data.settled ?? this.failure.pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Nodes of a declarative shadow root written by static rendering (`hled-widgets render`): they
   * stay on screen until the first render with the report replaces them, in the same task, so the
   * page shows neither a loading state nor the content twice.
   */
  private staticNodes?: ChildNode[];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot?.childNodes.length) this.staticNodes = [...this.shadowRoot.childNodes];
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.staticNodes && (this.data.view || this.data.error)) {
      for (const node of this.staticNodes) node.remove();
      this.staticNodes = undefined;
    }
  }

  /** While other data is on its way and the old stays on screen, assistive technology is told so. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.data.stale) this.setAttribute('aria-busy', 'true');
    else if (this.getAttribute('aria-busy') === 'true') this.removeAttribute('aria-busy');
  }

  protected override render(): TemplateResult | typeof noChange {
    const { view, error } = this.data;
    const { lang } = this.language.wanted;
    if (error) return html`<div part="error" class="error" role="alert" lang=${lang}>${this.failure.of(error, lang)}</div>`;
    // Other content on its way: what is on screen stays as it is, in one piece, until it is here.
    if (view && this.data.stale === 'content') return noChange;
    if (view) return this.renderView(view);
    // Static content on screen: keep it until the report is here rather than flash "loading".
    if (this.staticNodes) return noChange;
    return html`<div part="loading" class="loading" lang=${lang} aria-busy="true"></div>`;
  }

  /** The element's content, once the report is loaded and its ids are valid. */
  protected abstract renderView(view: View): TemplateResult;
}
