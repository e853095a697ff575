// Two kinds of failure: one worth another try (a dropped connection, a cut-off answer), and the
// final one the user sees, which says what failed and how to get the files by hand.
import { AppError } from '../core/errors.js';

/** Exit code of a fetch that failed (network, server or validation): the old data are untouched. */
export const FETCH_FAILED = 4;

/** A failure that another attempt may not repeat. */
export class TransientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientError';
  }
}

export function fetchFailed(message: string): AppError {
  return new AppError(message, FETCH_FAILED, 502);
}
