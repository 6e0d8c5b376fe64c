/**
 * A reactive controller with one job: the content of its host's "Cite or download" disclosure.
 * In every page it only listens for the disclosure's first opening; then `tools.ts` arrives and
 * follows the host from there on (`ToolsFollower`, a controller of its own): the content is made
 * from what the host shows now (its view, in its language, and the ids of its facts), never read
 * back from the page, and made again when that changes: while the disclosure is open, at once;
 * while it is closed, on its next opening. Every object URL a content made is released when the
 * next is made or the host goes away.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ReportController } from './report-controller.js';
import type { View } from '../data/view.js';

/** What the tools read of their host: what it shows (`data`), named (`citation`), and its facts' ids. */
export type ToolsHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly data: ReportController; citation(view: View): string; factIds(view: View): readonly string[] };

export class ToolsController implements ReactiveController {
  /** The content of the disclosure, for what the host shows now; undefined until it is made. */
  content?: TemplateResult;
  /** What follows the host once the disclosure has been opened, or its module on its way. */
  follower?: { toggled(open: boolean): void } | Promise<unknown>;

  constructor(readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    // `toggle` does not bubble: listen in the capture phase, which passes through the shadow root.
    // (Added again on each connection: the same listener is added once.)
    this.host.renderRoot.addEventListener('toggle', this.toggle, true);
  }

  private readonly toggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    if (details.getAttribute?.('part') !== 'tools' || this.follower instanceof Promise) return;
    if (this.follower) this.follower.toggled(details.open);
    else if (details.open) this.follower = import('../internal/tools.js').then((m) => m.follow(this, details));
  };
}
