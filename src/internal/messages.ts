/**
 * The UI strings the elements share, through `msg()` (@lit/localize: extracted to xliff/, one file
 * per language). Only words: the templates that place them are in `templates.ts`. Callers render
 * inside `withLocale()`, so each string comes out in the element's language.
 */
import { msg, str } from '@lit/localize';
import type { EventStatus, InitiativeStatus } from '../data/types.js';

export function statusWord(status: InitiativeStatus | EventStatus): string {
  switch (status) {
    case 'done':
      return msg('Done', { id: 'status-done' });
    case 'ongoing':
      return msg('Ongoing', { id: 'status-ongoing' });
    case 'planned':
      return msg('Planned', { id: 'status-planned' });
    case 'expected':
      return msg('Expected', { id: 'status-expected' });
    default:
      return msg('Happened', { id: 'status-happened' });
  }
}

export function romanNumeral(n: number): string {
  return ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n] ?? String(n);
}

/** Said by the elements that take a `pillar` attribute when the report has no such pillar. */
export function unknownPillarMessage(id: string): string {
  return msg(str`There is no pillar "${id}" in the HLED report.`, { id: 'error-unknown-pillar' });
}

export function pillarName(n: number): string {
  const numeral = romanNumeral(n);
  return msg(str`Pillar ${numeral}`, { id: 'pillar-n' });
}
