/** Registers `<hled-pillar>`. Import this module (or `hled-widgets`) for its side effect. */
import { HledPillar } from './elements/hled-pillar/hled-pillar.component.js';
import { define } from './core/define.js';

define('hled-pillar', HledPillar);

declare global {
  interface HTMLElementTagNameMap {
    'hled-pillar': HledPillar;
  }
}

export { HledPillar };
