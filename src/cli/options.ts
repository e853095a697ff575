// Command-line options: declared here from the one option model (engine/options.ts), so commands
// see checked values only, and the CLI accepts and refuses exactly what the API does.
import { Command, Option } from 'commander';
import { checkSpan, OPTIONS, type OptionName } from '../engine/options.js';
import type { ArmsContext } from '../store/context.js';

/** An option of the model on a command, parsed by the model's parser (errors name the flag). */
export function option(name: OptionName, help: string, defaultValue?: string): Option {
  const spec = OPTIONS[name];
  const flag = spec.flag.split(' ')[0];
  const o = new Option(spec.flag, help);
  // A bare flag (`--pending`) is true; a value is parsed and checked.
  if (spec.flag.includes('<')) o.argParser((v: string) => spec.parse(v, flag) as never);
  if (defaultValue !== undefined) o.default(spec.parse(defaultValue, flag));
  return o;
}

export interface CommonOptions {
  db?: string;
  json?: boolean;
  dataset?: string;
  allocation?: string;
  mergeSoviet?: boolean;
}

export interface SpanFlags {
  from?: number;
  to?: number;
}

/** --from/--to; `what` names the years (deliveries, UNGA sessions). */
export function withSpan(cmd: Command, what = 'of deliveries'): Command {
  return cmd
    .addOption(option('from', `first year ${what} (default: first in the data)`))
    .addOption(option('to', `last year ${what} (default: last in the data)`));
}

/** The span of a command's options, both ends checked together. */
export function spanOf(o: SpanFlags): { from?: number; to?: number } {
  return checkSpan({ from: o.from, to: o.to });
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
    .addOption(option('dataset', 'arms dataset to read (default: the most complete one)'))
    .addOption(option('allocation', 'how deliveries are spread over years: even, reconciled or exact'))
    .addOption(option('mergeSoviet', 'count the Soviet Union as Russia (stated in the output)'));
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** The line under every human-readable arms answer: where the numbers come from. */
export function provenanceLine(ctx: ArmsContext): string {
  const merged = ctx.mergeSoviet ? '; Soviet Union counted as Russia' : '';
  return `Source: SIPRI Arms Transfers Database, ${ctx.dataset.file} (data generated ${ctx.dataset.version}); delivered TIV, ${ctx.allocation} allocation${merged}.`;
}
