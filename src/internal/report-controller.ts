/**
 * A reactive controller that gets its host the report data it shows, in the shape of Lit's `Task`
 * (pending → complete | error) but with a synchronous first step: data already on the page (another
 * element loaded it, or the host showed this language before) is used in the same update, so the
 * host renders it at once instead of a loading state.
 *
 * On a language switch the host keeps its content, in the old language, until the new language's
 * data is here, then swaps: no flash of a loading state, no page in two languages. Other content
 * (another `src`, `report` or id) replaces what is shown with the loading state at once.
 *
 * `sync()` is called from the host's `willUpdate()`, not from `hostUpdate()`: static rendering
 * (@lit-labs/ssr) runs `willUpdate()` but no controller hook.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { load, peek, requestKey, type DataRequest, type Loaded } from '../data/load.js';
import type { HledDataError } from '../data/errors.js';
import type { View } from '../data/view.js';

export class ReportController implements ReactiveController {
  /** The data on screen (possibly in the previous language while the next one loads). */
  view?: View;
  /** Why the host cannot show its data. */
  error?: HledDataError;

  /** The request being answered: its key, and the key of its origin and slice (not language). */
  private key?: string;
  private content?: string;
  /** An answer to an older request must not replace a newer one: only the latest token's counts. */
  private token = 0;
  private pending?: Promise<unknown>;

  /** The last request: what `sources.ts` asks the sources of. */
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
      // Other content: what is shown does not stand for it.
      this.view = this.error = undefined;
      this.content = content;
    }
    if (key === this.key) return;
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

  private set(answer: Loaded): void {
    this.view = answer.view;
    this.error = answer.error;
  }
}
