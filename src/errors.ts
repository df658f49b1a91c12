/**
 * Failures of the tool (as opposed to findings about the package). Each carries a code that
 * decides the exit status and a one-line message that says what to do next.
 */

/** `usage` and `manifest` exit 2; `target` exits 3 (could not be read, fetched or fully inspected). */
export type ErrorCode = 'usage' | 'manifest' | 'target';

/** Exit status for each error code. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = { usage: 2, manifest: 2, target: 3 };

/** An expected failure with a user-facing one-line message. */
export class LeakproofError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LeakproofError';
    this.code = code;
  }

  /** The process exit status this error maps to. */
  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

/** True for errors leakproof raised on purpose (their message is fit for users). */
export function isLeakproofError(error: unknown): error is LeakproofError {
  return error instanceof LeakproofError;
}
