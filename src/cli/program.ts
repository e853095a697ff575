// The `counterweight` program: its commands, loaded on demand (only the module of the command being
// run is loaded: charts, NLP, the server and the import readers stay unloaded for a plain query),
// and the one place where errors become exit codes. cli/main.ts runs it.
import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors.js';

export type Register = (program: Command) => void;

/** Command name → its registration, loaded on demand (see commands.ts; a bundle passes only its own). */
export type CommandTable = Record<string, () => Promise<Register>>;

export async function buildProgram(commands: CommandTable, only?: string): Promise<Command> {
  const program = new Command('counterweight')
    .description('How a state balances its great-power patrons: arms transfers (SIPRI), UN votes and news claims, traced to source rows.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  const names = only && commands[only] ? [only] : Object.keys(commands);
  const seen = new Set<Register>();
  for (const name of names) {
    const register = await commands[name]();
    if (seen.has(register)) continue; // suppliers and recipients share one module
    seen.add(register);
    register(program);
  }
  return program;
}

export async function main(argv: string[], commands: CommandTable): Promise<number> {
  // `counterweight shifts --json | head`: a reader that stops early closes the pipe, and what is left
  // of the output has nowhere to go — no error of ours, and no stack trace for the user.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    const program = await buildProgram(commands, argv[2]);
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof AppError) {
      process.stderr.write(`error: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`error: ${err?.message ?? String(e)}\n`);
    if (process.env.COUNTERWEIGHT_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return 1;
  }
}
