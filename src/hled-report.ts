/** Registers `<hled-report>`. Import this module (or `hled-widgets`) for its side effect. */
import { HledReport } from './elements/hled-report/hled-report.component.js';
import { define } from './core/define.js';

define('hled-report', HledReport);

declare global {
  interface HTMLElementTagNameMap {
    'hled-report': HledReport;
  }
}

export { HledReport };
