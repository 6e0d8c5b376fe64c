/** Registers `<hled-agency>`. Import this module (or `hled-widgets`) for its side effect. */
import { HledAgency } from './elements/hled-agency/hled-agency.component.js';
import { define } from './core/define.js';

define('hled-agency', HledAgency);

declare global {
  interface HTMLElementTagNameMap {
    'hled-agency': HledAgency;
  }
}

export { HledAgency };
