/**
 * What can go wrong getting a report to an element, as a code the elements translate and a message
 * for the console. A module of its own: both the loader (`load.ts`) and the `src` fetcher
 * (`fetch.ts`, loaded only by pages that use `src`) need it, and neither should import the other.
 */
export type DataErrorCode =
  | 'unknown-report'
  | 'unknown-id'
  | 'http'
  | 'timeout'
  | 'network'
  | 'not-json'
  | 'invalid';

export class HledDataError extends Error {
  override name = 'HledDataError';
  constructor(
    readonly code: DataErrorCode,
    message: string,
    /** Every problem, for the console (e.g. all validation messages). */
    readonly details: readonly string[] = [],
    /** For `unknown-id`: the attribute and the value the report does not have. */
    readonly attribute?: string,
    readonly value?: string,
  ) {
    super(message);
  }
}

/** How long a `src` fetch may take before the element gives up and says so. */
export const loadOptions = { timeoutMs: 10_000 };

/** An id of an element that the report does not have; the message names the valid ones. */
export function unknownId(tag: string, attribute: string, value: string, report: string, valid: readonly (string | number)[]): HledDataError {
  return new HledDataError('unknown-id', `hled-widgets: <${tag}> has ${attribute}="${value}", which is not in report "${report}". Valid values: ${valid.join(', ')}.`, [], attribute, value);
}
