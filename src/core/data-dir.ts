import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared data folder: COUNTERWEIGHT_DATA, else ../shared/data beside the checkout. */
export function defaultDataDir(cwd: string = process.cwd()): string {
  const env = process.env.COUNTERWEIGHT_DATA;
  if (env) return resolve(cwd, env);
  return resolve(cwd, '../shared/data');
}

export function dataDirExists(dir: string): boolean {
  return existsSync(dir);
}
