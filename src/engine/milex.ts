// `counterweight milex`, `GET /api/milex`: a country's military spending — constant US$, share of
// GDP, share of government spending — with SIPRI's estimate and high-uncertainty flags (font colours
// in the workbook), "not available" kept apart from "did not exist", and its arms imports (TIV)
// for the same years beside them.
import { commandLine } from '../core/command-line.js';
import { AppError } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { milexDataset, milexRows } from '../store/milex.js';
import { recipientCells } from '../store/queries.js';
import type { Db } from '../store/db.js';
import { armsSession, type ArmsSession } from './open.js';

export interface MilexFigure {
  value: number | null;
  status: 'value' | 'not available' | 'did not exist' | 'not in the workbook';
  estimate: boolean;
  uncertain: boolean;
}

export interface MilexYear {
  year: number;
  /** US$ m at constant prices (the workbook's price year). */
  constantUsd: MilexFigure;
  currentUsd: MilexFigure;
  /** Fractions: 0.0425 = 4.25 %. */
  shareOfGdp: MilexFigure;
  shareOfGovernmentSpending: MilexFigure;
  /** Arms imports delivered that year (SIPRI TIV, millions), from the arms dataset. */
  armsImportsTiv: number | null;
}

export interface MilexAnswer {
  country: { name: string; iso3: string | null };
  from: number;
  to: number;
  dataset: string;
  datasetVersion: string | null;
  armsDataset: string | null;
  years: MilexYear[];
  /** Footnote marks of the country's row, spelt out. */
  footnotes: string[];
  notes: string[];
  query: string;
}

const FOOTNOTES: Record<string, string> = {
  '†': 'figures do not include military pensions',
  '‡': 'figures are for current spending only (capital spending excluded)',
  '§': 'figures are for the adopted budget, rather than actual expenditure',
  '¶': 'figures do not include spending on paramilitary forces',
  '‖': 'the country changed or redenominated its currency; local-currency figures converted to the latest currency',
};

const MISSING: MilexFigure = { value: null, status: 'not in the workbook', estimate: false, uncertain: false };

/**
 * `arms`: the arms dataset for the imports column (`false`: none, as the brief and the article
 * check ask); a store without arms data answers without the column.
 */
export function milexAnswer(db: Db, c: Entity, o: { from?: number; to?: number; arms?: { dataset?: string } | false } = {}): MilexAnswer {
  let s: ArmsSession | null = null;
  if (o.arms !== false) {
    try {
      s = armsSession(db, o.arms ?? {});
    } catch {
      s = null; // no arms data: the spending stands alone
    }
  }
  const ds = milexDataset(db);
  if (!ds) throw new AppError('the store has no military expenditure data: import SIPRI’s milex workbook (sipri/milex-*.xlsx)', 3, 503);
  const all = milexRows(db, ds.id, c.id, 1900, 2100);
  if (!all.length) throw new AppError(`SIPRI’s military expenditure data have no row for ${c.name}`, 2, 404);
  const withValue = all.filter((r) => r.status === 'value').map((r) => r.year);
  const last = withValue.length ? Math.max(...withValue) : Math.max(...all.map((r) => r.year));
  const to = o.to ?? last;
  const from = o.from ?? Math.max(Math.min(...all.map((r) => r.year)), to - 19);
  const by = new Map<string, MilexFigure>();
  for (const r of all) by.set(`${r.measure}|${r.year}`, { value: r.value, status: r.status, estimate: r.estimate === 1, uncertain: r.uncertain === 1 });
  const arms = new Map<number, number>();
  if (s) for (const cell of recipientCells(s.db, s.ctx, c)) arms.set(cell.year, (arms.get(cell.year) ?? 0) + cell.tiv);
  const years: MilexYear[] = [];
  for (let y = from; y <= to; y++) {
    const f = (m: string) => by.get(`${m}|${y}`) ?? MISSING;
    years.push({
      year: y, constantUsd: f('constant-usd'), currentUsd: f('current-usd'), shareOfGdp: f('share-gdp'), shareOfGovernmentSpending: f('share-govt'),
      armsImportsTiv: s ? Math.round((arms.get(y) ?? 0) * 100) / 100 : null,
    });
  }
  const marks = [...new Set([...(all[0]?.notes ?? '')])].filter((m) => FOOTNOTES[m]);
  const uncertain = years.filter((y) => y.constantUsd.uncertain || y.shareOfGdp.uncertain).map((y) => y.year);
  const notes = [
    `constant US$ at ${/constant (\d{4})/.exec(ds.version ?? '')?.[1] ?? 'the workbook’s'} prices; shares as fractions of GDP and of general government spending`,
    ...(uncertain.length ? [`SIPRI marks ${uncertain.join(', ')} as highly uncertain (red in the workbook)`] : []),
    '"not available" (SIPRI’s `...`) is not zero; "did not exist" (`xxx`) means the country did not exist or was not independent',
    ...(s ? [`arms imports: delivered SIPRI TIV per year (${s.ctx.dataset.id}, ${s.ctx.allocation} allocation), a volume of weapons, not a price`] : []),
  ];
  return {
    country: { name: c.name, iso3: c.iso3 }, from, to, dataset: ds.id, datasetVersion: ds.version, armsDataset: s?.ctx.dataset.id ?? null,
    years, footnotes: marks.map((m) => `${m} ${FOOTNOTES[m]}`), notes,
    query: commandLine('milex', [c.name, '--from', from, '--to', to]),
  };
}
