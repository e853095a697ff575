/**
 * The one error type the tool raises on purpose. `exitCode` is for the CLI, `status` for HTTP;
 * both are mapped in one place each (cli/main.ts, server/app.ts).
 */
const BRAND = Symbol.for('counterweight.AppError');

export class AppError extends Error {
  /**
   * `instanceof` by brand, not by class identity: the installed command is split into files that
   * each carry their own copy of this module (scripts/bundle.mjs), and an error thrown in one
   * (fetch, import) must still be recognised, with its exit code, by another.
   */
  static [Symbol.hasInstance](x: unknown): boolean {
    return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly [BRAND] = true;

  constructor(
    message: string,
    readonly exitCode: number = 1,
    readonly status: number = 400,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Unknown country/entity: exit code 2, HTTP 404, with suggestions. */
export function unknownEntity(query: string, suggestions: string[]): AppError {
  const hint = suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  return new AppError(`unknown country or actor: "${query}"${hint}`, 2, 404, { suggestions });
}

/** The one error shape of the API and the dashboard: `{error, detail}`. */
export interface ErrorBody {
  error: string;
  detail: unknown;
}
