/**
 * What an element renders differently on the server (static rendering, `src/ssr.ts`, in Node):
 * package.json `imports` gives this module to the `node` condition, and `no-server.ts` to browsers,
 * so pages carry none of it. A page rendered statically is read without a script: it shows only
 * what works without one. "Cite or download" holds the citation as text and the report's files as
 * plain links (which the site serves, `hled-widgets export`), not the controls the script makes;
 * "Copy link" is left out; an error is reported in the same render, which cannot wait for the
 * failure module to load. When the script takes over the page, the live render brings the rest.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Report } from '../data/types.js';
import { reportFailure } from '../i18n/failure.js';
import { withLocale } from '../i18n/localize.js';
import { DOWNLOADS, urlOf } from '../open-data.js';
import type { ServerRendering } from './server-rendering.js';
import { citationText } from '../i18n/citation.js';

/**
 * What the static renderer sets before it renders (`ssr.ts`): every bundled report file, by id,
 * and where the site serves the report's downloads (a URL or path; empty: beside the page).
 */
export const staticPage = { reports: new Map<string, Report>(), downloads: '' };

export const server: ServerRendering = {
  tools(view, shown) {
    const report = staticPage.reports.get(view.id);
    if (!report) return html``;
    return withLocale(view.lang, () => {
      const labels: Record<string, string> = {
        csv: msg('The whole report (CSV)', { id: 'download-csv-all' }),
        json: msg('The whole report (JSON)', { id: 'download-json' }),
      };
      return html`<div class="tools-body">
        <p class="citation" part="citation">${citationText(report, view, shown)}</p>
        <ul class="downloads">
          ${DOWNLOADS.map((d) => html`<li><a href=${urlOf(d.file(report.id), staticPage.downloads)} download>${labels[d.format]}</a></li>`)}
        </ul>
      </div>`;
    });
  },
  failure: reportFailure,
};
