// Shared CLI options: parsed and validated here, so commands see clean values only.
import { Command, Option } from 'commander';
import { AppError } from '../core/errors.js';
import { CATEGORIES, type Category } from '../core/types.js';

// Years are checked by hand here rather than with zod: loading zod costs a plain query more time
// than everything else it does (the HTTP API, which stays loaded, validates with zod).
export function parseYear(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1900 && n <= 2100)) throw new AppError(`invalid ${flag}: "${value}" (expected a year such as 2001)`, 2, 400);
  return n;
}

export function parseSpan(o: { from?: string; to?: string }): { from?: number; to?: number } {
  const from = parseYear(o.from, '--from');
  const to = parseYear(o.to, '--to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new AppError(`invalid years: --from ${from} is after --to ${to}`, 2, 400);
  }
  return { from, to };
}

export function parseCategory(value: string | undefined): Category | null {
  if (value === undefined) return null;
  const v = value.trim().toLowerCase();
  const hit = CATEGORIES.find((c) => c === v || c.replace(/ /g, '-') === v || c.startsWith(v));
  if (!hit) throw new AppError(`invalid category: "${value}" (use one of: ${CATEGORIES.join(', ')})`, 2, 400);
  return hit;
}

export interface CommonOptions {
  db?: string;
  json?: boolean;
  dataset?: string;
  allocation?: string;
  mergeSoviet?: boolean;
}

/** --from/--to, parsed by parseSpan; `what` names the years (deliveries, UNGA sessions). */
export function withSpan(cmd: Command, what = 'of deliveries'): Command {
  return cmd
    .option('--from <year>', `first year ${what} (default: first in the data)`)
    .option('--to <year>', `last year ${what} (default: last in the data)`);
}

/** --db and --json, on every command. */
export function withOutput(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'store file (default ./.counterweight/counterweight.sqlite, or $COUNTERWEIGHT_DB)')
    .option('--json', 'print JSON instead of a table');
}

/** Options of every arms query. */
export function withArms(cmd: Command): Command {
  return withOutput(cmd)
    .option('--dataset <id>', 'arms dataset to read (default: the most complete one)')
    .addOption(new Option('--allocation <method>', 'how deliveries are spread over years').choices(['even', 'reconciled', 'exact']))
    .option('--merge-soviet', 'count the Soviet Union as Russia (stated in the output)');
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
