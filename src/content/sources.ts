/**
 * A reactive controller that brings its host the report's English source sentences, a file of
 * their own (a page shows them only inside disclosures): when a reader opens one, before printing,
 * and once the browser is idle after the content is on screen (so print and find-in-page reach
 * them), never before the content; at once when it takes over a statically rendered page, which
 * showed them. A view that carries its own sentences (a figure's, a pillar's, an institution's,
 * a `src` report's, any view of the one-file build or static rendering) needs none. A bundled report has a file per language (`<id>.<lang>.sources`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { load as loadReportFile } from '#hled-data/report';
import { bundled, originOf, unknownReport, type DataRequest } from '../core/load.js';
import { fileName } from '../core/files.js';
import type { Sources } from '../data/view.js';
import type { ReportController } from '../core/report-controller.js';

/**
 * Sentences by origin and language: a bundled report has a file per language, holding those its
 * disclosures show (in English, not those of the texts that are the report's own words).
 */
const keyOf = (req: Pick<DataRequest, 'src' | 'report' | 'locale'>) => `${originOf(req)}|${req.locale.lang}`;
const loaded = new Map<string, Promise<Sources>>();
/** What has arrived, by origin: an element rendered later (or on the server) has it at once. */
const ready = new Map<string, Sources>();

/**
 * The report's sentences (once per page): its sources file, or for `src` the file itself. Static
 * rendering (`ssr.ts`) loads them before rendering, so a page without script shows every source.
 */
export function loadSources(req: Pick<DataRequest, 'src' | 'report' | 'locale'>): Promise<Sources> {
  const origin = keyOf(req);
  let p = loaded.get(origin);
  if (!p) {
    const id = bundled(req.report)?.id;
    p = req.src
      ? import('../data/fetch.js').then((m) => m.fetchSources(req.src!, req.report))
      : // (The builds that hold each report whole give views that carry every sentence: report-whole.ts.)
        ((id && loadReportFile(fileName(id, req.locale.lang, 'sources'))) || Promise.reject(unknownReport(req.report))) as Promise<Sources>;
    p.then(
      (sources) => ready.set(origin, sources),
      () => loaded.delete(origin),
    );
    loaded.set(origin, p);
  }
  return p;
}

export class SourcesController implements ReactiveController {
  private loaded?: readonly [string, Sources];
  private idle?: number;
  /** Rendered statically (a declarative shadow root was there before the element ran). */
  private readonly eager: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly data: ReportController,
  ) {
    this.eager = host.shadowRoot !== null;
    host.addController(this);
  }

  /** Where the shown data comes from: sources of another report do not stand for it. */
  private get origin(): string {
    return this.data.req ? keyOf(this.data.req) : '';
  }

  /** The sentences of the shown report, once here. */
  get sources(): Sources | undefined {
    const origin = this.origin;
    return this.loaded?.[0] === origin ? this.loaded[1] : ready.get(origin);
  }

  private readonly want = (): void => {
    const req = this.data.req;
    if (!req || !this.data.view || this.sources || this.data.view.sources) return;
    const origin = this.origin;
    loadSources(req).then(
      (sources) => {
        this.loaded = [origin, sources];
        this.host.requestUpdate();
      },
      () => undefined, // the disclosures stay empty; the next trigger tries again
    );
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.want);
    // `toggle` does not bubble: listen in the capture phase, which passes through the shadow root.
    this.host.renderRoot.addEventListener('toggle', this.want, true);
    // An event's "Source" button (`content.ts`) is a button, not a disclosure.
    this.host.renderRoot.addEventListener('click', this.clicked);
    this.host.renderRoot.addEventListener('beforematch', this.found, true);
  }

  /**
   * The events whose source sentence is open. An event's "Source" is a button, not a disclosure
   * (`content.ts`): one listener opens or closes any of them, and brings the sentences if they
   * have not come yet.
   */
  readonly opened = new Set<string>();

  private readonly clicked = (event: Event): void => {
    const id = (event.target as Element).closest<HTMLElement>('[data-source]')?.dataset.source;
    if (!id) return;
    if (!this.opened.delete(id)) this.opened.add(id);
    this.want();
    this.host.requestUpdate();
  };

  /** Find-in-page found text in a closed sentence (`hidden="until-found"`): it stays open. */
  private readonly found = (event: Event): void => {
    const id = (event.target as Element).id;
    if (!id.startsWith('source-')) return;
    this.opened.add(id.slice('source-'.length));
    this.host.requestUpdate();
  };

  hostDisconnected(): void {
    // (The listeners on its own shadow root stay: they fire for nothing while it is off the page,
    // and adding the same ones again on the next connection adds nothing.)
    removeEventListener('beforeprint', this.want);
    if (this.idle !== undefined) (globalThis.cancelIdleCallback ?? clearTimeout)(this.idle);
    this.idle = undefined;
  }

  hostUpdated(): void {
    if (this.idle === undefined && this.data.view && !this.sources && !this.data.view.sources) {
      // Taking over a static page, which showed the sentences: at once, not when idle.
      if (this.eager) return this.want();
      this.idle = (globalThis.requestIdleCallback ?? setTimeout)(() => {
        this.idle = undefined;
        this.want();
      });
    }
  }
}
