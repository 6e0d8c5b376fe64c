/** What an element renders differently in static rendering (`server.ts`), and where it asks. */
import type { TemplateResult } from 'lit';
import type { HledDataError } from '../core/errors.js';
import type { View } from '../data/view.js';
import type { FailureSite } from '../i18n/failure.js';

export interface ServerRendering {
  /** The "Cite or download" content of a page read without a script: the citation as text, the report's files as links. */
  tools(view: View, shown: string): TemplateResult;
  /** Reports an element's error and returns its message in the same render. */
  failure(error: HledDataError, site: FailureSite): string;
}
