// UNGA agreement with each patron by year, with ideal-point distances and representation caveats.
import type { AlignmentYear } from '../core/brief.js';
import { caveatFor } from './representation-caveats.js';

export interface IdealPointYear {
  year: number;
  votes: number | null;
  idealPoint: number | null;
  /** iso3 of the reference state → share of votes agreeing, as the file gives it. */
  agree: Record<string, number | null>;
}

export function alignmentSeries(
  iso3: string | null,
  country: IdealPointYear[],
  patrons: string[],
  patronPoints: Map<string, Map<number, number | null>>,
): AlignmentYear[] {
  return [...country]
    .sort((a, b) => a.year - b.year)
    .map((r) => {
      const agreement: Record<string, number | null> = {};
      const distance: Record<string, number | null> = {};
      for (const p of patrons) {
        agreement[p] = p === iso3 ? 1 : (r.agree[p] ?? null);
        const pp = patronPoints.get(p)?.get(r.year);
        distance[p] = r.idealPoint != null && pp != null ? Math.abs(r.idealPoint - pp) : null;
      }
      const caveat = caveatFor(iso3, r.year);
      return { year: r.year, votes: r.votes, idealPoint: r.idealPoint, agreement, distance, ...(caveat ? { caveat } : {}) };
    });
}
