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
  ) {
    super(message);
  }
}

/** How long a `src` fetch may take before the element gives up and says so. */
export const loadOptions = { timeoutMs: 10_000 };
