// Downloaded files replace nothing until they are whole and read back correctly: written beside
// the target, read back and checked, then renamed over it in one step.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `bytes` to `<path>.part-<pid>`, runs `verify` on what is actually on disk, and renames it
 * to `path` only if that passes. On any failure the partial file is removed and `path` (if it
 * existed) is untouched.
 */
export function writeVerified<T>(path: string, bytes: Buffer, verify: (onDisk: Buffer) => T): T {
  mkdirSync(dirname(path), { recursive: true });
  const part = `${path}.part-${process.pid}`;
  try {
    writeFileSync(part, bytes);
    const result = verify(readFileSync(part));
    renameSync(part, path);
    return result;
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
}
