// The `counterweight` command run from the sources (tests, development): every command available,
// each loaded on demand. The installed command runs the per-command bundles (scripts/bundle.mjs).
import { COMMANDS } from './commands.js';
import { main } from './program.js';

process.exitCode = await main(process.argv, COMMANDS);
