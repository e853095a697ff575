// Spreading a deal's delivered TIV over its delivery years: the even split, and the screening
// both allocations share so they place exactly the same deals.

/** One deal as the allocations see it: entity ids, listed delivery years, delivered TIV. */
export interface AllocationDeal {
  /** Stable key of the deal, e.g. its source line. */
  key: number;
  supplier: string;
  recipient: string;
  /** Listed years of delivery (any order; duplicates are ignored). */
  years: number[];
  /** Delivered TIV (millions), >= 0. */
  tiv: number;
  /** The register flags the years with `?`: they are used as listed, and counted in reports. */
  yearsUncertain?: boolean;
}

/** TIV of one deal placed in one year. */
export interface AllocationCell {
  key: number;
  year: number;
  tiv: number;
}

/** Why a deal was left out of an allocation. */
export type SkipReason = 'no delivery years' | 'zero TIV' | 'invalid TIV' | 'invalid delivery year';

export interface SkippedDeal {
  key: number;
  reason: SkipReason;
}

/** A deal an allocation can place: TIV > 0 over at least one year, years ascending and distinct. */
export interface PlaceableDeal {
  deal: AllocationDeal;
  years: number[];
}

/**
 * The one convention for what can be allocated. Placed: TIV > 0 with at least one valid year.
 * Skipped and reported: TIV but no years (nowhere to put it), years but TIV 0 (nothing to put;
 * SIPRI's `0` means under 0.5 and the register gives no more), a TIV that is negative or not a
 * number, a year that is not an integer. Skipped deals get no cells in any allocation, so the
 * allocations stay comparable deal by deal.
 */
export function screenAllocationDeals(deals: readonly AllocationDeal[]): { placeable: PlaceableDeal[]; skipped: SkippedDeal[] } {
  const placeable: PlaceableDeal[] = [];
  const skipped: SkippedDeal[] = [];
  for (const deal of deals) {
    if (!Number.isFinite(deal.tiv) || deal.tiv < 0) {
      skipped.push({ key: deal.key, reason: 'invalid TIV' });
      continue;
    }
    if (deal.years.some((y) => !Number.isInteger(y))) {
      skipped.push({ key: deal.key, reason: 'invalid delivery year' });
      continue;
    }
    if (deal.years.length === 0) {
      if (deal.tiv > 0) skipped.push({ key: deal.key, reason: 'no delivery years' });
      continue;
    }
    if (deal.tiv === 0) {
      skipped.push({ key: deal.key, reason: 'zero TIV' });
      continue;
    }
    placeable.push({ deal, years: ascending(deal.years) ? deal.years : [...new Set(deal.years)].sort((a, b) => a - b) });
  }
  return { placeable, skipped };
}

function ascending(years: readonly number[]): boolean {
  for (let i = 1; i < years.length; i++) if (!(years[i] > years[i - 1])) return false;
  return true;
}

/**
 * Each deal's delivered TIV divided equally over its listed delivery years: the register says
 * which years saw deliveries, not how many units went in each. Cells come in input order of the
 * deals, years ascending; deals that `screenAllocationDeals` skips get none.
 */
export function allocateDeliveriesEvenly(deals: readonly AllocationDeal[]): AllocationCell[] {
  const cells: AllocationCell[] = [];
  for (const { deal, years } of screenAllocationDeals(deals).placeable) {
    const share = deal.tiv / years.length;
    for (const year of years) cells.push({ key: deal.key, year, tiv: share });
  }
  return cells;
}
