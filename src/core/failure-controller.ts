/**
 * A controller with one job: its host's error, reported once (console, `hled-error`) and worded in
 * the host's language. Its words load only when an element fails (`failure.ts`); static rendering,
 * which renders each element once and cannot wait for them, words it at once (`#hled-server`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { HledDataError } from './errors.js';
import type { Lang } from './languages.js';
import { server } from '#hled-server';

export class FailureController {
  private error?: HledDataError;
  private message?: string;
  /** The wording on its way: the host's `updateComplete` waits for it. */
  pending?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** The visible message for `error`, reported the first time; '' until its words are here. */
  of(error: HledDataError, lang: Lang): string {
    if (this.error !== error) {
      const site = { host: this.host, lang };
      this.error = error;
      this.message = server?.failure(error, site);
      this.pending =
        this.message === undefined
          ? import('../i18n/failure.js')
              .then((m) => m.failure(error, site))
              .then((text) => {
                if (this.error !== error) return;
                this.message = text;
                this.pending = undefined;
                this.host.requestUpdate();
              })
          : undefined;
    }
    return this.message ?? '';
  }
}
