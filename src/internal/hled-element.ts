/**
 * What every hled-* element shares: the language it speaks (and re-rendering when it changes), the
 * report it shows (bundled or from `src`), the loading and error states, and `hled-error` events.
 * Subclasses implement `renderReport()` and may check their own ids in `findProblem()`.
 */
import { LitElement, html, noChange, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { HledDataError, loadReport, peekReport, requestKey, type DataSlice } from '../data/load.js';
import type { MetricFiles } from '../data/bundled.js';
import type { Report } from '../data/types.js';
import { langOf, toLocale, watchLang, unwatchLang, type Lang, type Locale } from '../i18n/locale.js';
import { withLocale } from '../i18n/localize.js';
import type { RenderContext } from './templates.js';

/** Detail of the `hled-error` event. */
export interface HledErrorDetail {
  /** What went wrong: `unknown-id`, `unknown-report`, `http`, `timeout`, `network`, `not-json`, `invalid`. */
  code: string;
  /** The message also written to the console, naming the problem. */
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'hled-error': CustomEvent<HledErrorDetail>;
  }
}

export abstract class HledElement extends LitElement {
  // Reactive properties are declared here rather than with decorators, so pages ship no decorator
  // runtime. The fields below are `declare`d (nothing emitted) or have an initialiser, which with
  // `useDefineForClassFields: false` is an assignment in the constructor, through Lit's accessor.
  // The JSDoc on the fields documents them in custom-elements.json.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: {},
    report: {},
    headingLevel: { attribute: 'heading-level', type: Number, reflect: false },
    data: { state: true, attribute: false },
    failure: { state: true, attribute: false },
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

  /** Level (2–6) of this element's top heading, so it fits the host page's outline. */
  headingLevel = 2;

  /** The locale this element speaks, resolved before every render. */
  protected locale: Locale = toLocale('en');

  private declare data?: Report;
  private declare failure?: HledDataError;
  private loadToken = 0;
  private pendingLoad?: Promise<unknown>;
  private reportedFailure?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** Called by the page-wide `lang` observer. @internal */
  langChanged(): void {
    if (toLocale(langOf(this)) !== this.locale) this.requestUpdate();
  }

  /** The heading level clamped to 2–6 (invalid values fall back to 2). */
  protected get level(): number {
    const n = Math.trunc(Number(this.headingLevel));
    return n >= 2 && n <= 6 ? n : n > 6 ? 6 : 2;
  }

  /**
   * What this element reads of a report: the whole `report` (default), or a slice of it (see
   * `DataSlice`). Bundled data is loaded per language and slice.
   */
  protected dataSlice(): DataSlice {
    return 'report';
  }

  /** The per-metric files of the bundled reports, for `metric:<id>` slices (`<hled-metric>` only). */
  protected static metricFiles?: Readonly<Record<string, MetricFiles>>;

  /** The request (see `requestKey`) the shown data answers, or is being loaded for. */
  private requested?: string;
  private requestedSlice?: DataSlice;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const wanted = toLocale(langOf(this));
    const src = this.src || undefined;
    const id = this.report || undefined;
    const slice = this.dataSlice();
    // Another slice (another metric) is other content: the shown data cannot stand in for it.
    const newSource = changed.has('src') || changed.has('report') || !this.hasUpdated || slice !== this.requestedSlice;
    this.requestedSlice = slice;
    const key = requestKey(src, id, wanted.lang, slice);
    const ready = peekReport(src, id, wanted.lang, slice);
    if (ready) {
      ++this.loadToken; // an answer to an older request must not replace this one
      this.pendingLoad = undefined;
      this.requested = key;
      this.failure = undefined;
      this.data = ready;
      this.locale = wanted;
      return;
    }
    if (newSource) {
      this.failure = undefined;
      this.data = undefined;
    }
    // With content on screen, a language whose data is not here yet keeps the current content in
    // its own language until the new data arrives, then swaps: no flash of a loading state, no
    // page in two languages. Loading and error states speak the new language at once.
    if (!this.data) this.locale = wanted;
    if (newSource || key !== this.requested) this.load(src, id, wanted.lang, slice, key);
  }

  private load(src: string | undefined, id: string | undefined, lang: Lang, slice: DataSlice, key: string): void {
    const token = ++this.loadToken;
    this.requested = key;
    const pending = loadReport(src, id, lang, slice, (this.constructor as typeof HledElement).metricFiles).then(
      (report) => {
        // Renders again; `willUpdate` then finds the data and takes the language.
        if (token === this.loadToken) this.data = report;
      },
      (error: unknown) => {
        if (token !== this.loadToken) return;
        this.failure =
          error instanceof HledDataError
            ? error
            : new HledDataError('invalid', `hled-widgets: ${(error as Error)?.message ?? String(error)}`);
      },
    );
    this.pendingLoad = pending;
    pending.finally(() => {
      if (this.pendingLoad === pending) this.pendingLoad = undefined;
    });
  }

  /** Resolves once the report has loaded (or failed) and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingLoad) {
      await this.pendingLoad;
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
    if (this.staticNodes && (this.data || this.failure)) {
      for (const node of this.staticNodes) node.remove();
      this.staticNodes = undefined;
    }
  }

  /**
   * Renders in this element's language: `msg()` calls inside speak it. Wrapped here, not around
   * update(), because static rendering (@lit-labs/ssr) calls render() without update().
   */
  protected override render(): TemplateResult | typeof noChange {
    return withLocale(this.locale.lang, () => this.renderState());
  }

  private renderState(): TemplateResult | typeof noChange {
    const { lang } = this.locale;
    if (this.failure) return this.renderFailure(this.failure);
    if (!this.data) {
      // Static content on screen: keep it until the report is here rather than flash "loading".
      if (this.staticNodes) return noChange;
      return html`<div part="loading" class="loading" lang=${lang} aria-busy="true">
        <span class="visually-hidden">${msg('Loading the HLED report…', { id: 'loading' })}</span>
      </div>`;
    }
    const problem = this.findProblem(this.data);
    if (problem) return this.renderFailure(problem);
    return this.renderReport(this.data);
  }

  /** The element's own check of its ids against the report (unknown metric, pillar…). */
  protected findProblem(_report: Report): HledDataError | undefined {
    return undefined;
  }

  /** The element's content, once the report is loaded and its ids are valid. */
  protected abstract renderReport(report: Report): TemplateResult;

  /** A visible, translated message; the console and an `hled-error` event get the details. */
  private renderFailure(error: HledDataError): TemplateResult {
    // Report each distinct problem once, not on every re-render.
    if (this.reportedFailure !== error.message) {
      this.reportedFailure = error.message;
      console.error(error.message);
      // After this render: listeners may touch the element.
      queueMicrotask(() =>
        this.dispatchEvent(
          new CustomEvent<HledErrorDetail>('hled-error', {
            bubbles: true,
            composed: true,
            detail: { code: error.code, message: error.message },
          }),
        ),
      );
    }
    return html`<div part="error" class="error" role="alert" lang=${this.locale.lang}>
      ${this.failureMessage(error)}
    </div>`;
  }

  private failureMessage(error: HledDataError): string {
    switch (error.code) {
      case 'unknown-id':
        return this.unknownIdMessage();
      case 'unknown-report':
        return msg('This HLED report is not available.', { id: 'error-unknown-report' });
      case 'not-json':
      case 'invalid':
        return msg('The HLED report file is not valid, so it cannot be shown.', { id: 'error-invalid' });
      default:
        return msg('The HLED report could not be loaded. Please try again later.', { id: 'error-load' });
    }
  }

  /** Message for an id of this element that the report does not have. */
  protected unknownIdMessage(): string {
    return msg('This item is not in the HLED report.', { id: 'error-unknown-id' });
  }

  /** What a render function needs: the report, this element's locale and heading level. */
  protected context(report: Report): RenderContext {
    return { report, locale: this.locale, level: this.level };
  }

  /** Builds the error for an unknown id, naming the valid ones for the console. */
  protected unknownId(attribute: string, value: string, valid: readonly (string | number)[]): HledDataError {
    return new HledDataError(
      'unknown-id',
      `hled-widgets: <${this.localName}> has ${attribute}="${value}", which is not in report "${this.data?.id}". Valid values: ${valid.join(', ')}.`,
    );
  }
}

