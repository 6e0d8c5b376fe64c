/** Registers `<hled-timeline>`. Import this module (or `hled-widgets`) for its side effect. */
import { HledTimeline } from './elements/hled-timeline/hled-timeline.component.js';
import { define } from './core/define.js';

define('hled-timeline', HledTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'hled-timeline': HledTimeline;
  }
}

export { HledTimeline };
