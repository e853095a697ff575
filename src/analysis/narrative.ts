// Plain sentences from the brief's numbers. Every sentence carries the references behind it;
// a sentence whose numbers are missing is not written.
import type { Brief, NarrativeSentence, Ref } from '../core/brief.js';
import { formatPercent as pct, formatTiv as tiv, listNames } from '../core/format.js';
import { compareText } from '../core/compare.js';

/** The rows behind each sentence, worked out before the sentences are written (analysis/brief.ts). */
export interface NarrativeRefs {
  /** Patron ISO3 → its category mix's deals. */
  category: Record<string, Ref>;
  pending: Ref;
  /** UNGA year → the country's ideal-point row. */
  alignment: Record<number, Ref>;
  /** The window of the first rank change, when there is one. */
  rankChange: Ref | null;
}

export function writeNarrative(b: Omit<Brief, 'narrative'>, refs: NarrativeRefs): NarrativeSentence[] {
  const out: NarrativeSentence[] = [];
  const country = b.country.name;
  const [history, long, short] = b.arms.windows;

  const top = (w: typeof history, n: number) => w.suppliers.filter((s) => s.share > 0).slice(0, n);
  if (history && history.totalTiv > 0) {
    const t = top(history, 2);
    const parts = t.map((s) => `${s.name} ${pct(s.share)}`);
    out.push({
      text: `Over ${history.from}–${history.to}, ${country}'s largest arms suppliers were ${listNames(parts)} of ${tiv(history.totalTiv)} TIV delivered.`,
      refs: [history.ref],
    });
  }
  if (long && long.totalTiv > 0) {
    const t = top(long, 2);
    const close = t.length === 2 && Math.abs(t[0].share - t[1].share) < 0.02;
    const text = close
      ? `In ${long.from}–${long.to} ${t[0].name} and ${t[1].name} supplied almost equal amounts: ${tiv(t[0].tiv)} and ${tiv(t[1].tiv)} TIV (${pct(t[0].share)} and ${pct(t[1].share)}).`
      : `In ${long.from}–${long.to} the largest supplier was ${t[0].name} with ${pct(t[0].share)} (${tiv(t[0].tiv)} TIV)${t[1] ? `, ahead of ${t[1].name} with ${pct(t[1].share)}` : ''}.`;
    out.push({ text, refs: [long.ref] });
  }
  if (short && short.totalTiv > 0) {
    const t = top(short, 2);
    const coverage = b.provenance.options.coverage;
    const gap = coverage.lastYearWithData != null && coverage.lastYearWithData < short.to
      ? `; the export records nothing yet after ${coverage.lastYearWithData}`
      : '';
    out.push({
      text: `In the last five years (${short.from}–${short.to}${gap}), ${t[0].name} led with ${pct(t[0].share)} of ${tiv(short.totalTiv)} TIV${t[1] ? `, ${t[1].name} followed with ${pct(t[1].share)}` : ''}.`,
      refs: [short.ref],
    });
  } else if (short) {
    out.push({ text: `No arms deliveries to ${country} were recorded in ${short.from}–${short.to}.`, refs: [short.ref] });
  }
  const change = b.arms.rankChanges[0];
  if (change) {
    out.push({ text: `In five-year windows, ${change.text}.`, refs: refs.rankChange ? [refs.rankChange] : [] });
  }
  // Category mix of the two leading patrons over the category window.
  const mixes = b.patrons.filter((p) => (b.arms.categories[p] ?? []).length > 0).slice(0, 2);
  if (mixes.length) {
    const parts = mixes.map((p) => {
      const mix = b.arms.categories[p];
      const total = mix.reduce((s, c) => s + c.tiv, 0);
      const lead = mix.slice(0, 2).map((c) => `${c.category} (${pct(c.share)})`);
      return `from ${b.patronNames[p]} (${tiv(total)} TIV) were led by ${listNames(lead)}`;
    });
    out.push({ text: `Since ${b.arms.categoriesFrom}, deliveries ${parts.join('; ')}.`, refs: mixes.map((p) => refs.category[p]) });
  }
  if (b.arms.pending.length) {
    const bySupplier = new Map<string, number>();
    for (const d of b.arms.pending) bySupplier.set(d.supplier, (bySupplier.get(d.supplier) ?? 0) + 1);
    const lst = [...bySupplier.entries()].sort((a, c) => c[1] - a[1] || compareText(a[0], c[0])).slice(0, 3);
    out.push({
      text: `${b.arms.pending.length} deal${b.arms.pending.length === 1 ? ' is' : 's are'} not fully delivered, most from ${listNames(lst.map(([s, n]) => `${s} (${n})`))}.`,
      refs: [refs.pending],
    });
  }
  const lastVote = [...b.alignment].reverse().find((a) => b.patrons.some((p) => a.agreement[p] != null));
  if (lastVote) {
    const parts = b.patrons
      .filter((p) => lastVote.agreement[p] != null)
      .map((p) => `${b.patronNames[p]} in ${pct(lastVote.agreement[p]!)}`);
    out.push({
      text: `At the UN General Assembly in ${lastVote.year}, ${country} voted with ${listNames(parts)} of votes${lastVote.caveat ? ' (see the caveat: these votes were cast by a delegation that did not represent the de facto government)' : ''}.`,
      refs: [refs.alignment[lastVote.year]],
    });
  }
  return out.slice(0, 8);
}
