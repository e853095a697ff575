// The `counterweight` command. Only the module of the command being run is loaded, so a plain
// query starts in about a tenth of a second (charts, NLP, the server and the import readers stay unloaded).
import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors.js';

type Register = (program: Command) => void;

/** Command name → its registration, loaded on demand. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  import: async () => (await import('./import.js')).registerImport,
  suppliers: async () => (await import('./suppliers.js')).registerSuppliers,
  recipients: async () => (await import('./suppliers.js')).registerSuppliers,
  categories: async () => (await import('./categories.js')).registerCategories,
  dyad: async () => (await import('./dyad.js')).registerDyad,
  orders: async () => (await import('./orders.js')).registerOrders,
  validate: async () => (await import('./validate.js')).registerValidate,
  panel: async () => (await import('./panel.js')).registerPanel,
  alignment: async () => (await import('./alignment.js')).registerAlignment,
  brief: async () => (await import('./brief.js')).registerBrief,
  article: async () => (await import('./article.js')).registerArticle,
  serve: async () => (await import('./serve.js')).registerServe,
  fetch: async () => (await import('./fetch.js')).registerFetch,
};

export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('counterweight')
    .description('How a state balances its great-power patrons: arms transfers (SIPRI), UN votes and news claims, traced to source rows.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  const names = only && COMMANDS[only] ? [only] : Object.keys(COMMANDS);
  const seen = new Set<Register>();
  for (const name of names) {
    const register = await COMMANDS[name]();
    if (seen.has(register)) continue; // suppliers and recipients share one module
    seen.add(register);
    register(program);
  }
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  try {
    const program = await buildProgram(argv[2]);
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

const code = await main();
process.exitCode = code;
