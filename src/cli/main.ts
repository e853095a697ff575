// The `counterweight` command. Commands load their modules lazily where those are heavy (charts,
// NLP, server), so a plain query starts in about a tenth of a second.
import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors.js';
import { registerImport } from './import.js';
import { registerSuppliers } from './suppliers.js';
import { registerCategories } from './categories.js';
import { registerDyad } from './dyad.js';
import { registerOrders } from './orders.js';
import { registerValidate } from './validate.js';
import { registerAlignment } from './alignment.js';
import { registerBrief } from './brief.js';
import { registerServe } from './serve.js';
import { registerFetch } from './fetch.js';

export function buildProgram(): Command {
  const program = new Command('counterweight')
    .description('How a state balances its great-power patrons: arms transfers (SIPRI), UN votes and news claims, traced to source rows.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerImport(program);
  registerSuppliers(program);
  registerCategories(program);
  registerDyad(program);
  registerOrders(program);
  registerValidate(program);
  registerAlignment(program);
  registerBrief(program);
  registerServe(program);
  registerFetch(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
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

const code = await main();
process.exitCode = code;
