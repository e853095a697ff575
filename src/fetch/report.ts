// What a fetch hands back and leaves beside each file: where it came from, when, and how to cite it.
import { writeFileSync } from 'node:fs';

export type FetchProgress = (step: string, done: number, total: number) => void;

export interface FetchedFile {
  path: string;
  what: string;
  rows: number;
  detail?: string;
  version: string | null;
  sha256: string;
  urls: string[];
}

export interface SourceReport {
  source: 'sipri' | 'unga';
  files: FetchedFile[];
  warnings: string[];
  citation: string;
}

/**
 * `<file>.source.json` beside the file (not a `.csv`, so `import` passes it over): every figure
 * built from the file can be traced to the request that brought it.
 */
export function writeProvenance(f: FetchedFile, citation: string, fetched: string): void {
  const { path, ...rest } = f;
  writeFileSync(`${path}.source.json`, JSON.stringify({ ...rest, fetched, citation }, null, 2) + '\n');
}
