/** Non-fatal problems, deduplicated so a repeated issue is said once; tests can count them. */
const seen = new Map<string, number>();
let sink: (message: string) => void = (m) => process.stderr.write(`warning: ${m}\n`);

export function warn(message: string): void {
  const n = seen.get(message) ?? 0;
  seen.set(message, n + 1);
  if (n === 0) sink(message);
}

export function warnings(): string[] {
  return [...seen.keys()];
}

export function resetWarnings(to?: (message: string) => void): void {
  seen.clear();
  if (to) sink = to;
}
