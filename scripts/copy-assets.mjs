// tsc does not copy non-TS files; the store's schema ships as SQL.
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/store', { recursive: true });
cpSync('src/store/schema.sql', 'dist/store/schema.sql');
