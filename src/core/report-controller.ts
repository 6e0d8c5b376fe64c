/**
 * A reactive controller that gets its host the report data it shows, in the shape of Lit's `Task`
 * (pending → complete | error) but with a synchronous first step: data already on the page (another
 * element loaded it, or the host showed this language before) is used in the same update, so the
 * host renders it at once instead of a loading state.
 *
 * When what the host asks for changes (its language, `src`, `report`, or its own id: another pillar,
 * figure or institution) the host keeps what it shows until the new data is here, then swaps in one
 * render: no flash of a loading state, no page in two languages, no page that jumps. While it waits,
 * `stale` says the view on screen answers an older request (the host is `aria-busy` and, for other
 * content, keeps its DOM as it is); a failure replaces the content with its message. The loading
 * state is for a first render only.
 *
 * `sync()` is called from the host's `willUpdate()`, not from `hostUpdate()`: static rendering
 * (@lit-labs/ssr) runs `willUpdate()` but no controller hook.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { load, peek, requestKey, type DataRequest, type Loaded } from './load.js';
import type { HledDataError } from './errors.js';
import type { View } from '../data/view.js';

export class ReportController implements ReactiveController {
  /** The data on screen (possibly in the previous language while the next one loads). */
  view?: View;
  /** Why the host cannot show its data. */
  error?: HledDataError;
  /**
   * What the view on screen lacks while the answer to the latest request is on its way: `lang`, the
   * language only (the host may render it again in the old language), `content`, other content
   * (the host must not render its new ids against it: it keeps its DOM).
   */
  stale?: 'lang' | 'content';

  /** The request being answered: its key, and the key of its origin and part (not language). */
  private key?: string;
  private content?: string;
  /** An answer to an older request must not replace a newer one: only the latest token's counts. */
  private token = 0;
  private pending?: Promise<unknown>;

  /** The last request: where the tools find the report file (`tools.ts`). */
  req?: DataRequest;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** A host put back on the page after a failed load (network, timeout…) tries again. */
  hostConnected(): void {
    if (this.error && !this.error.code.startsWith('unknown-')) {
      this.key = undefined;
      this.host.requestUpdate();
    }
  }

  /** Resolves once no load is on its way (the host's `updateComplete` waits for it). */
  get settled(): Promise<unknown> | undefined {
    return this.pending;
  }

  /** Asks for `req`: answered now if the data is here, else loaded, then the host updates. */
  sync(req: DataRequest): void {
    this.req = req;
    const key = requestKey(req);
    const content = requestKey({ ...req, locale: { lang: 'en', tag: '' } });
    const ready = peek(req);
    if (ready) {
      ++this.token;
      this.pending = undefined;
      this.key = key;
      this.content = content;
      this.set(ready);
      return;
    }
    if (content !== this.content) {
      // Other content: an error does not stand for it; a view stays on screen until the answer.
      this.error = undefined;
      this.content = content;
    }
    if (key === this.key) return;
    if (this.view) this.stale = this.content === this.shownContent ? 'lang' : 'content';
    this.key = key;
    const token = ++this.token;
    const p = load(req).then((answer) => {
      if (token !== this.token) return;
      this.set(answer);
      this.host.requestUpdate();
    });
    this.pending = p;
    p.finally(() => {
      if (this.pending === p) this.pending = undefined;
    });
  }

  /** The content (origin and part, not language) of the view on screen. */
  private shownContent?: string;

  private set(answer: Loaded): void {
    this.view = answer.view;
    this.error = answer.error;
    this.stale = undefined;
    this.shownContent = this.content;
  }
}
