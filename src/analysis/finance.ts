// Direct investment positions about one host, from the rows the IMF's two files give: the host's own
// report (its inward position, or one derived from it) and each investor's outward position in it.
// Pure: rows in, the latest year and the positions by source out.
import { round2 as round } from '../core/format.js';
import { lookupEntity } from '../entities/registry.js';

/** One position row about the host (an inward row it reported, or an investor's outward row). */
export interface PositionRow {
  /** The economy whose position it is. */
  reporter: string;
  direction: string;
  counterpart: string;
  counterpartName: string;
  year: number;
  value: number | null;
  /** 1: derived from the counterpart's own report (the IMF's SCC). */
  derived: number;
}

export interface InvestorPosition {
  name: string;
  iso3: string;
  /** The host's figure (its own report, or derived from it), US$ m. */
  hostReport: number | null;
  /** The investor's own figure, US$ m. */
  investorReport: number | null;
  hostReportDerived: boolean;
}

/**
 * Per investor, the host's figure and the investor's own for the latest year the host reported (else
 * the latest any investor reported), largest first; investors that are not states are left out.
 */
export function positionsBySource(rows: readonly PositionRow[]): { year: number | null; bySource: InvestorPosition[] } {
  const host = new Map<string, { value: number | null; derived: boolean }>();
  const investor = new Map<string, number | null>();
  const names = new Map<string, string>();
  for (const r of rows) {
    const inv = r.direction === 'outward' ? r.reporter : r.counterpart;
    if (r.direction === 'inward') names.set(inv, r.counterpartName);
    const k = `${inv}|${r.year}`;
    const hostSide = (r.direction === 'inward' && !r.derived) || (r.direction === 'outward' && r.derived === 1);
    if (hostSide) {
      const prev = host.get(k);
      if (!prev || (prev.value === null && r.value !== null) || (prev.derived && r.direction === 'inward')) host.set(k, { value: r.value, derived: r.direction === 'outward' });
    } else if (r.value !== null || !investor.has(k)) investor.set(k, r.value);
  }
  const yearsReported = (values: [string, number | null][]) => values.filter(([, v]) => v !== null).map(([k]) => Number(k.split('|')[1]));
  const hostYears = yearsReported([...host].map(([k, v]) => [k, v.value]));
  const investorYears = yearsReported([...investor]);
  const year = hostYears.length ? Math.max(...hostYears) : investorYears.length ? Math.max(...investorYears) : null;
  const investors = [...new Set(rows.map((r) => (r.direction === 'outward' ? r.reporter : r.counterpart)))].filter((i) => /^[A-Z]{3}$/.test(i) && lookupEntity(i));
  const bySource = year === null ? [] : investors.map((i): InvestorPosition => {
    const h = host.get(`${i}|${year}`);
    const own = investor.get(`${i}|${year}`) ?? null;
    return { name: lookupEntity(i)?.name ?? names.get(i) ?? i, iso3: i, hostReport: h?.value == null ? null : round(h.value), investorReport: own === null ? null : round(own), hostReportDerived: h?.derived ?? false };
  }).filter((x) => x.hostReport !== null || x.investorReport !== null).sort((a, b) => (b.hostReport ?? b.investorReport ?? 0) - (a.hostReport ?? a.investorReport ?? 0));
  return { year, bySource };
}
