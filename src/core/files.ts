/**
 * The names of the bundled data files (`scripts/generate.mjs` writes them, `#hled-data/*` loads
 * them): a report in one language (`hled-2023-04-18.es`), one element's part of it
 * (`hled-2023-04-18.es.metric.usaid-investments`), the report file itself and its ids. One
 * function, so the
 * script-tag loader asks for exactly the file the element will.
 */
export function fileName(report: string, part: string, kind?: string, id?: string): string {
  return kind ? `${report}.${part}.${kind}${id === undefined ? '' : `.${id}`}` : `${report}.${part}`;
}
