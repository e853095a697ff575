/**
 * The one error type the tool raises on purpose. `exitCode` is for the CLI, `status` for HTTP;
 * both are mapped in one place each (cli/main.ts, server/app.ts).
 */
export class AppError extends Error {
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
