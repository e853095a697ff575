// `counterweight finance`, `GET /api/finance`: three blocks, each with its own unit, dollar basis and
// caveat, never one sum across them — Chinese official finance (AidData: commitments, constant 2021
// US$), Chinese investment and construction deals (China Global Investment Tracker: announced deals
// of US$ 100 m and more, nominal US$, troubled deals apart), and direct investment positions by
// source (IMF: year-end stocks, current US$, the host's own report beside the investor's).
import { commandLine } from '../core/command-line.js';
import { round2 as round } from '../core/format.js';
import type { Entity } from '../core/types.js';
import { lookupEntity } from '../entities/registry.js';
import type { Db } from '../store/db.js';
import { datasetId, dealRows, officialFinanceRows, positionsAbout, projectRows, type DealDbRow } from '../store/finance.js';
import { positionsBySource } from '../analysis/finance.js';

const M = 1e6;

export type FinanceDeal = Pick<DealDbRow, 'year' | 'month' | 'entity' | 'amount' | 'party' | 'sector'> & { source: string };

export interface FinanceAnswer {
  country: { name: string; iso3: string | null };
  official: {
    dataset: string;
    unit: string;
    basis: string;
    years: { year: number; projects: number; amount: number }[];
    total: number;
    peak: { year: number; amount: number } | null;
    /** Where the project-level file covers the country: the projects that may be summed, largest first, by flow class. */
    projects: { dataset: string; count: number; total: number; byFlowClass: Record<string, { count: number; total: number }>; largest: { year: number | null; title: string; flowClass: string; flowType: string; status: string; sector: string; amount: number | null; row: number }[] } | null;
    caveat: string;
  } | null;
  deals: {
    dataset: string;
    unit: string;
    basis: string;
    byYear: { year: number; investment: number; construction: number }[];
    investment: { count: number; total: number; largest: FinanceDeal | null };
    construction: { count: number; total: number; largest: FinanceDeal | null };
    troubled: { count: number; total: number; deals: FinanceDeal[] };
    caveat: string;
  } | null;
  positions: {
    datasets: string[];
    unit: string;
    basis: string;
    year: number | null;
    bySource: { name: string; iso3: string; hostReport: number | null; investorReport: number | null; hostReportDerived: boolean }[];
    caveat: string;
  } | null;
  /** Where no open series exists (Russian or Indian investment, say): said, never shown as zero. */
  missing: string[];
  notes: string[];
  query: string;
}

const deal = (d: DealDbRow): FinanceDeal => ({ year: d.year, month: d.month, entity: d.entity, amount: d.amount, party: d.party, sector: d.sector, source: `${d.sheet} row ${d.row}` });

function largest(rows: DealDbRow[]): FinanceDeal | null {
  const top = [...rows].sort((a, b) => b.amount - a.amount || a.year - b.year)[0];
  return top ? deal(top) : null;
}

/** Patrons whose investment no dataset here covers: said rather than shown as zero. */
const SEEN_AS_INVESTORS = ['RUS', 'IND', 'USA', 'JPN', 'CHN'];

export function financeAnswer(db: Db, c: Entity): FinanceAnswer {
  const iso3 = c.iso3 ?? c.id;
  const notes: string[] = [];
  const missing: string[] = [];

  let official: FinanceAnswer['official'] = null;
  const totals = datasetId(db, 'aiddata-totals');
  if (totals) {
    const rows = officialFinanceRows(db, totals.id, c.id);
    if (rows.length) {
      const years = rows.map((r) => ({ year: r.year, projects: r.projects, amount: round(r.usd / M) }));
      const peak = [...years].sort((a, b) => b.amount - a.amount)[0];
      const projectsDs = datasetId(db, 'aiddata-projects');
      const proj = projectsDs ? projectRows(db, projectsDs.id, c.id).filter((p) => p.recommended === 1) : [];
      const byFlowClass: Record<string, { count: number; total: number }> = {};
      for (const p of proj) {
        const k = p.flowClass || 'unclassified';
        byFlowClass[k] ??= { count: 0, total: 0 };
        byFlowClass[k].count++;
        byFlowClass[k].total = round(byFlowClass[k].total + (p.amount ?? 0) / M);
      }
      official = {
        dataset: totals.id, unit: 'US$ m, constant 2021', basis: 'commitments of Chinese official finance per commitment year (AidData GCDF 3.0, projects recommended for aggregates)',
        years, total: round(rows.reduce((t, r) => t + r.usd, 0) / M), peak: peak ?? null,
        projects: proj.length ? {
          dataset: projectsDs!.id, count: proj.length, total: round(proj.reduce((t, p) => t + (p.amount ?? 0), 0) / M), byFlowClass,
          largest: [...proj].sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1)).slice(0, 15).map((p) => ({ year: p.year, title: p.title, flowClass: p.flowClass, flowType: p.flowType, status: p.status, sector: p.sector, amount: p.amount === null ? null : round(p.amount / M), row: p.row })),
        } : null,
        caveat: 'commitments, not disbursements; umbrella and superseded records left out as AidData recommends',
      };
    } else notes.push(`AidData records no Chinese official finance for ${c.name} (2000–2021)`);
  } else missing.push('Chinese official finance: import AidData’s GCDF 3.0 totals (finance/aiddata-*-country-year.csv)');

  let deals: FinanceAnswer['deals'] = null;
  const cgit = datasetId(db, 'cgit');
  if (cgit) {
    const rows = dealRows(db, cgit.id, c.id);
    const of = (k: DealDbRow['kind']) => rows.filter((r) => r.kind === k);
    const sum = (rs: DealDbRow[]) => round(rs.reduce((t, r) => t + r.amount, 0));
    const years = [...new Set(rows.filter((r) => r.kind !== 'troubled').map((r) => r.year))].sort((a, b) => a - b);
    deals = {
      dataset: cgit.id, unit: 'US$ m, nominal', basis: 'announced Chinese investments and construction contracts of US$ 100 m and more (China Global Investment Tracker, AEI)',
      byYear: years.map((y) => ({ year: y, investment: sum(of('investment').filter((r) => r.year === y)), construction: sum(of('construction').filter((r) => r.year === y)) })),
      investment: { count: of('investment').length, total: sum(of('investment')), largest: largest(of('investment')) },
      construction: { count: of('construction').length, total: sum(of('construction')), largest: largest(of('construction')) },
      troubled: { count: of('troubled').length, total: sum(of('troubled')), deals: of('troubled').map(deal) },
      caveat: 'troubled transactions (deals that failed or were cancelled) are kept apart and are not in the totals above',
    };
  } else missing.push('Chinese investment and construction deals: import the China Global Investment Tracker workbook');

  let positions: FinanceAnswer['positions'] = null;
  const dips = [datasetId(db, 'imf-dip-inward'), datasetId(db, 'imf-dip-outward')].filter((d): d is { id: string; version: string | null } => d !== null);
  if (dips.length) {
    const rows = positionsAbout(db, dips.map((d) => d.id), iso3);
    const { year, bySource } = positionsBySource(rows);
    positions = {
      datasets: dips.map((d) => d.id), unit: 'US$ m, current, year-end stock', basis: 'direct investment positions (IMF, formerly CDIS): the host’s report and the investor’s', year, bySource,
      caveat: 'stocks, not flows; positions net of reverse investment can be negative; a figure "derived" comes from the counterpart’s report (the IMF’s SCC)',
    };
    const covered = new Set(bySource.map((x) => x.iso3));
    const without = SEEN_AS_INVESTORS.filter((p) => p !== iso3 && !covered.has(p));
    const fileInvestors = [...new Set(rows.filter((r) => r.direction === 'outward').map((r) => r.reporter))].sort();
    if (without.length) missing.push(`direct investment from ${without.map((p) => lookupEntity(p)?.name ?? p).join(', ')}: no open series here (the IMF files held report the investors ${fileInvestors.join(', ') || 'none'})`);
  } else missing.push('direct investment positions: import the IMF’s direct investment exports (DIP)');

  return { country: { name: c.name, iso3: c.iso3 }, official, deals, positions, missing, notes, query: commandLine('finance', [c.name]) };
}
