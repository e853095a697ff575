// Every command of the CLI and the module that registers it, loaded only when that command runs.
// The bundle (scripts/bundle.mjs) builds one file per entry of this table.
import type { CommandTable } from './program.js';

export const COMMANDS: CommandTable = {
  import: async () => (await import('./import.js')).registerImport,
  suppliers: async () => (await import('./suppliers.js')).registerSuppliers,
  recipients: async () => (await import('./suppliers.js')).registerSuppliers,
  categories: async () => (await import('./categories.js')).registerCategories,
  dyad: async () => (await import('./dyad.js')).registerDyad,
  orders: async () => (await import('./orders.js')).registerOrders,
  validate: async () => (await import('./validate.js')).registerValidate,
  panel: async () => (await import('./panel.js')).registerPanel,
  alignment: async () => (await import('./alignment.js')).registerAlignment,
  unsc: async () => (await import('./cover.js')).registerCover,
  vetoes: async () => (await import('./cover.js')).registerCover,
  resolutions: async () => (await import('./cover.js')).registerCover,
  brief: async () => (await import('./brief.js')).registerBrief,
  article: async () => (await import('./article.js')).registerArticle,
  serve: async () => (await import('./serve.js')).registerServe,
  shifts: async () => (await import('./shifts.js')).registerShifts,
  trade: async () => (await import('./trade.js')).registerTrade,
  milex: async () => (await import('./milex.js')).registerMilex,
  finance: async () => (await import('./finance.js')).registerFinance,
  fetch: async () => (await import('./fetch.js')).registerFetch,
};
