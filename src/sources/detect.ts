// Which reader a file needs, told by its header line (each reader's own header test), not its name.
import { findHeader } from './columns.js';
import { decodeText, physicalLines } from './csv.js';
import { isPerYearHeader } from './sipri-per-year.js';
import { isRegisterHeader } from './sipri-register.js';
import { tivHeaderKind } from './sipri-tiv.js';
import { isIdealPointsHeader } from './unga-ideal-points.js';

export type SourceKind = 'sipri-register' | 'sipri-per-year' | 'sipri-tiv-imports' | 'sipri-tiv-exports' | 'unga-ideal-points';

/** Enough bytes for any preamble and header; the head of a file is all this needs. */
const HEAD_BYTES = 16_384;

function kindOfHeader(keys: string[]): SourceKind | null {
  // Per-year first: its header also has Supplier, Recipient and Designation.
  if (isPerYearHeader(keys)) return 'sipri-per-year';
  if (isRegisterHeader(keys)) return 'sipri-register';
  const tiv = tivHeaderKind(keys);
  if (tiv) return tiv === 'imports' ? 'sipri-tiv-imports' : 'sipri-tiv-exports';
  if (isIdealPointsHeader(keys)) return 'unga-ideal-points';
  return null;
}

/**
 * The format of a file from its first bytes (a whole file or just its head), or null when no reader
 * knows it. `fileName` is not used to decide: a renamed export is still recognised.
 */
export function detectSourceKind(bytes: Buffer | Uint8Array, fileName: string): SourceKind | null {
  const lines = physicalLines(decodeText(bytes.subarray(0, HEAD_BYTES)));
  const header = findHeader(lines, (keys) => kindOfHeader(keys) !== null);
  return header ? kindOfHeader(header.keys) : null;
}
