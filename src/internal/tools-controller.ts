/**
 * A reactive controller with one job: the content of its host's "Cite or download" disclosure
 * (`tools.ts`, loaded when a reader first opens it). The content is made from what the host shows
 * now (its view, in its language, and the ids of its facts), never read back from the page, and made
 * again when that changes: while the disclosure is open, at once; while it is closed, on its next
 * opening. Every object URL a content made is released when the next is made or the host goes away.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Shown } from './tools.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ToolsController implements ReactiveController {
  /** The content of the disclosure, for what the host shows now; undefined until it is made. */
  content?: TemplateResult;
  /** What `content` was made for, and the object URLs it holds. */
  private made?: Shown;
  private urls: string[] = [];
  /** Whether the disclosure is open: only an open one is made (again) at once. */
  private open = false;
  /** The latest request: an older one that answers late is dropped. */
  private token = 0;

  constructor(
    private readonly host: Host,
    /** What the host shows now; undefined while it shows no data, or waits for other data. */
    private readonly shown: () => Shown | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // `toggle` does not bubble: listen in the capture phase, which passes through the shadow root.
    this.host.renderRoot.addEventListener('toggle', this.toggle, true);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('toggle', this.toggle, true);
    this.release();
    this.content = this.made = undefined;
    this.open = false;
    ++this.token;
  }

  hostUpdated(): void {
    const shown = this.shown();
    if (!shown || !this.made || same(shown, this.made)) return;
    if (this.open) return void this.make(shown);
    // Closed: made again on its next opening; what it held is let go now.
    this.release();
    this.content = this.made = undefined;
    ++this.token;
  }

  private readonly toggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    if (details.getAttribute?.('part') !== 'tools') return;
    this.open = details.open;
    const shown = this.shown();
    if (this.open && shown && !(this.made && same(shown, this.made))) this.make(shown);
  };

  private make(shown: Shown): void {
    const token = ++this.token;
    this.made = shown;
    import('./tools.js')
      .then((m) => m.tools(shown))
      .then(({ content, urls }) => {
        if (token !== this.token) return urls.forEach((u) => URL.revokeObjectURL(u));
        this.release();
        this.urls = urls;
        this.content = content;
        this.host.requestUpdate();
      })
      .catch(() => {
        // The report file did not come (a `src` gone offline): the next opening tries again.
        if (token === this.token) this.made = undefined;
      });
  }

  private release(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
  }
}

/** Whether two answers to "what does the host show" are the same: same view, name and facts. */
function same(a: Shown, b: Shown): boolean {
  return a.view === b.view && a.caption === b.caption && a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
}
