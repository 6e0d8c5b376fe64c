/** Registers `<hled-metric>`. Import this module (or `hled-widgets`) for its side effect. */
import { HledMetric } from './elements/hled-metric/hled-metric.component.js';
import { define } from './core/define.js';

define('hled-metric', HledMetric);

declare global {
  interface HTMLElementTagNameMap {
    'hled-metric': HledMetric;
  }
}

export { HledMetric };
