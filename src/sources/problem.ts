// One shape and one wording for what readers find wrong, so every layer prints problems alike.
import type { Problem } from '../core/types.js';

export function rowError(file: string, line: number, field: string | undefined, message: string): Problem {
  return field === undefined
    ? { file, line, message, severity: 'error' }
    : { file, line, field, message, severity: 'error' };
}

export function rowWarning(file: string, line: number, field: string | undefined, message: string): Problem {
  return { ...rowError(file, line, field, message), severity: 'warning' };
}

/** `trade-register.csv line 24191 (Year of order): not a year: "19x7"` */
export function formatProblem(p: Problem): string {
  const where = p.field ? ` (${p.field})` : '';
  return `${p.file} line ${p.line}${where}: ${p.message}`;
}
