// Which reader a file needs, told by its header line (each reader's own header test), not its name.
import { findHeader } from './columns.js';
import { decodeText, tableLines } from './csv.js';
import { isPerYearHeader } from './sipri-per-year.js';
import { isRegisterHeader } from './sipri-register.js';
import { tivHeaderKind } from './sipri-tiv.js';
import { isIdealPointsHeader } from './unga-ideal-points.js';
import { isUngaAgreementHeader, isUngaPairsHeader } from './unga-dyads.js';
import { isAidDataTotalsHeader, isImfDipHeader } from './finance.js';
import { isPortalHeader, isPortalTradeHead } from './imf-portal-trade.js';
import { isGaVotesHeader, isIssuesHeader, isRollCallsHeader, isVetoesHeader } from './un-votes.js';

export type SourceKind =
  | 'sipri-register' | 'sipri-per-year' | 'sipri-tiv-imports' | 'sipri-tiv-exports' | 'unga-ideal-points'
  | 'unsc-votes' | 'unsc-vetoes' | 'unga-votes' | 'unga-roll-calls' | 'unga-issues' | 'unga-agreement'
  // A folder of IMF Direction of Trade workbooks (one per reporter): one dataset.
  | 'imf-dots'
  | 'sipri-milex'
  // Finance: AidData's totals and project file, the China Global Investment Tracker, the IMF's
  // direct investment positions (inward and outward exports are two datasets).
  | 'aiddata-totals' | 'aiddata-projects' | 'cgit' | 'imf-dip-inward' | 'imf-dip-outward'
  // Bilateral trade as the IMF's current portal exports it (IMTS, CSV): one dataset per file.
  | 'imf-imts';
/**
 * A workbook (.xlsx): which one it is shows only inside it (store/workbook.ts reads it). A pairs
 * file without agreement (`unga-dyads`) is recognised, to be refused by name rather than as unknown.
 */
export type DetectedKind = SourceKind | 'workbook' | 'unga-dyads';

/** Enough bytes for any preamble and header; the head of a file is all this needs. */
const HEAD_BYTES = 16_384;

function kindOfHeader(keys: string[]): Exclude<DetectedKind, 'workbook'> | null {
  // Per-year first: its header also has Supplier, Recipient and Designation.
  if (isPerYearHeader(keys)) return 'sipri-per-year';
  if (isRegisterHeader(keys)) return 'sipri-register';
  const tiv = tivHeaderKind(keys);
  if (tiv) return tiv === 'imports' ? 'sipri-tiv-imports' : 'sipri-tiv-exports';
  if (isIdealPointsHeader(keys)) return 'unga-ideal-points';
  if (isUngaAgreementHeader(keys)) return 'unga-agreement';
  if (isUngaPairsHeader(keys)) return 'unga-dyads';
  if (isVetoesHeader(keys)) return 'unsc-vetoes';
  if (isGaVotesHeader(keys)) return 'unga-votes';
  if (isRollCallsHeader(keys)) return 'unga-roll-calls';
  if (isIssuesHeader(keys)) return 'unga-issues';
  if (isAidDataTotalsHeader(keys)) return 'aiddata-totals';
  if (isImfDipHeader(keys)) return 'imf-dip-inward'; // outward told by its indicator below
  if (isPortalHeader(keys)) return 'imf-imts'; // trade, told by its indicator below
  return null;
}

/** A zip container holding a spreadsheet's parts (`xl/…`): its first bytes say so, unzipping is exceljs's job. */
function isWorkbook(head: Uint8Array): boolean {
  if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 3 || head[3] !== 4) return false;
  const names = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  return names.includes('xl/') || names.includes('[Content_Types].xml');
}

/**
 * The format of a file from its first bytes (a whole file or just its head), or null when no reader
 * knows it. `fileName` is not used to decide: a renamed export is still recognised.
 */
export function detectSourceKind(bytes: Buffer | Uint8Array, fileName: string): DetectedKind | null {
  if (isWorkbook(bytes)) return 'workbook';
  const lines = tableLines(decodeText(bytes.subarray(0, HEAD_BYTES)));
  const header = findHeader(lines, (keys) => kindOfHeader(keys) !== null);
  const kind = header ? kindOfHeader(header.keys) : null;
  // The IMF's inward and outward positions share a header: the indicator of the first row tells.
  if (kind === 'imf-dip-inward' && header && /(^|,)"?OTWD_/.test(lines[header.index + 1] ?? '')) return 'imf-dip-outward';
  if ((kind === 'imf-dip-inward' || kind === 'imf-imts') && header) {
    if (isPortalTradeHead(lines)) return 'imf-imts';
    if (kind === 'imf-imts') return null; // the portal's layout, but not trade: nothing this tool reads
  }
  return kind;
}
