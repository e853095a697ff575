// Who is switching patrons: each recipient's supplier shares in two windows, the change in points,
// the top supplier of each window and the change in concentration (HHI). Pure: plain rows in, the
// ranked rows out; names, agreement and provenance are added by engine/shifts.ts.

/** Delivered TIV of one supplier to one recipient in a window (ids as counted). */
export interface PairTiv {
  supplier: string;
  recipient: string;
  tiv: number;
  /** Deals with a delivery in the window (a deal has one supplier and one recipient). */
  deals: number;
  /** Their source lines, comma-separated as the store gives them: parsed only for the rows a sentence cites. */
  lines: string;
}

export interface WindowShare {
  tiv: number;
  /** 0..1 of the recipient's deliveries in the window. */
  share: number;
  /** Source lines of the deals behind the figure, comma-separated ('' for none). */
  lines: string;
}

export interface SupplierShift {
  supplier: string;
  before: WindowShare;
  after: WindowShare;
  /** after − before, in percentage points. */
  change: number;
}

export interface WindowSummary {
  totalTiv: number;
  /** Deals with a delivery in the window. */
  deals: number;
  top: { supplier: string; share: number } | null;
  /** Herfindahl–Hirschman index of supplier shares, 0–10,000 (10,000: one supplier). */
  hhi: number;
}

export interface RecipientShift {
  recipient: string;
  before: WindowSummary;
  after: WindowSummary;
  hhiChange: number;
  /** Every supplier of either window, largest move first. */
  suppliers: SupplierShift[];
  /** What the ranking uses: the largest single move, or the patron's move under `patron`. */
  move: SupplierShift;
}

export interface ShiftOptions {
  /** Only recipients with at least this much TIV delivered in both windows. */
  minTiv: number;
  /** Rank by this supplier's move (toward: positive) instead of each recipient's largest move. */
  patron?: string;
}

const EMPTY: WindowShare = { tiv: 0, share: 0, lines: '' };

function byRecipient(rows: PairTiv[]): Map<string, PairTiv[]> {
  const out = new Map<string, PairTiv[]>();
  for (const r of rows) {
    if (!(r.tiv > 0)) continue;
    const list = out.get(r.recipient);
    if (list) list.push(r);
    else out.set(r.recipient, [r]);
  }
  return out;
}

function summary(rows: PairTiv[]): { summary: WindowSummary; shares: Map<string, WindowShare> } {
  const total = rows.reduce((t, r) => t + r.tiv, 0);
  const shares = new Map<string, WindowShare>();
  let deals = 0;
  let top: WindowSummary['top'] = null;
  let hhi = 0;
  for (const r of rows) {
    const share = total > 0 ? r.tiv / total : 0;
    shares.set(r.supplier, { tiv: r.tiv, share, lines: r.lines });
    deals += r.deals;
    hhi += (share * 100) ** 2;
    if (!top || share > top.share || (share === top.share && r.supplier < top.supplier)) top = { supplier: r.supplier, share };
  }
  return { summary: { totalTiv: total, deals, top, hhi }, shares };
}

/** Largest absolute move first; ties by supplier id, so the order never depends on the input's. */
function byMove(a: SupplierShift, b: SupplierShift): number {
  return Math.abs(b.change) - Math.abs(a.change) || (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0);
}

/**
 * Recipients with at least `minTiv` in both windows, ranked by their largest move (or the patron's
 * move, largest first either way); recipients the patron supplied in neither window are left out.
 */
export function computeShifts(before: PairTiv[], after: PairTiv[], o: ShiftOptions): RecipientShift[] {
  const b = byRecipient(before);
  const a = byRecipient(after);
  const out: RecipientShift[] = [];
  for (const [recipient, rowsBefore] of b) {
    const rowsAfter = a.get(recipient);
    if (!rowsAfter) continue;
    const x = summary(rowsBefore);
    const y = summary(rowsAfter);
    if (x.summary.totalTiv < o.minTiv || y.summary.totalTiv < o.minTiv) continue;
    const ids = new Set([...x.shares.keys(), ...y.shares.keys()]);
    const suppliers = [...ids].map((supplier) => {
      const p = x.shares.get(supplier) ?? EMPTY;
      const q = y.shares.get(supplier) ?? EMPTY;
      return { supplier, before: p, after: q, change: (q.share - p.share) * 100 };
    }).sort(byMove);
    let move = suppliers[0];
    if (o.patron !== undefined) {
      const hit = suppliers.find((s) => s.supplier === o.patron);
      if (!hit) continue;
      move = hit;
    }
    out.push({ recipient, before: x.summary, after: y.summary, hhiChange: y.summary.hhi - x.summary.hhi, suppliers, move });
  }
  return out.sort((p, q) => byMove(p.move, q.move) || (p.recipient < q.recipient ? -1 : 1));
}

/**
 * The sentence's two movers: the recipient's move, and the largest move the other way (a rise
 * against a fall), if any supplier moved that way by at least `minPoints`.
 */
export function counterMove(r: RecipientShift, minPoints = 1): SupplierShift | null {
  const sign = Math.sign(r.move.change);
  return r.suppliers.find((s) => s.supplier !== r.move.supplier && Math.sign(s.change) === -sign && Math.abs(s.change) >= minPoints) ?? null;
}
