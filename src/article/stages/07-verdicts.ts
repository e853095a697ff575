// Stage 7 — verdicts: each arms claim becomes a query on the arms engine (through the ArmsOracle
// interface, never the database) and a verdict with the figures, the window used and the query.
// Forecasts are judged on the data after the article's date. Claims outside the data stay
// `unverifiable`, with the reason.
import type { Category } from '../../core/types.js';
import { formatCount, formatPercent, formatShare, formatTiv, formatUsdMillions, formatYears } from '../../core/format.js';
import {
  AMONG_TOP, AS_MUCH_AS, CLOSE_SECOND, DATASETS_FOR, TIV_NOT_MONEY, WEAPON_ALIASES, FRACTIONS, MAINLY, NEARLY_AS_MUCH, PREDECESSORS, RISING_MARGIN, SHARE_TOLERANCE,
} from '../model/verdicts.js';
import { FORECAST_MIN_YEARS } from '../model/windows.js';
import { statesInText } from '../link.js';
import type { ArmsOracle, OracleDeal, OracleSupplier, OracleSuppliers, OracleUnVote, OracleUnVotes, OracleTrade, TradeOracle, UnOracle, InvestmentOracle, OracleInvestment, MilexOracle } from '../oracle.js';
import type { ArticleDoc, DocClaim, Verdict } from '../types.js';
import { resolveWindow } from '../windows.js';
import { moneyIn } from '../claim-shape.js';
import { ARMS_FLOW, FLOW_FALLING } from '../model/claims.js';

interface Party {
  name: string;
  iso3: string | null;
}

/** One state, by code where both have one, else by name. */
const sameParty = (a: Party, b: Party): boolean => (a.iso3 && b.iso3 ? a.iso3 === b.iso3 : a.name === b.name);

interface Judged {
  verdict: Verdict;
  evidence: string;
}

// The brief's formats: whole percent with a space (`43 %`), TIV with separators.
const pct = (x: number): string => formatShare(x, 0);
const tiv = (x: number): string => `${formatTiv(x)} TIV`;
const span = (w: { from: number; to: number }): string => formatYears(w.from, w.to);

/** Queries made for one claim, for the claim's provenance. */
class Asked {
  queries: string[] = [];
  datasets = new Set<string>();
  constructor(private oracle: ArmsOracle) {}

  suppliers(recipient: Party, w: { from: number; to: number }, category?: Category): OracleSuppliers {
    const r = this.oracle.suppliers(recipient.name, w.from, w.to, category);
    if (!this.queries.includes(r.query)) this.queries.push(r.query);
    if (r.dataset) this.datasets.add(r.dataset);
    return { ...r, suppliers: [...r.suppliers].sort((a, b) => b.tiv - a.tiv) };
  }
}

function find(result: OracleSuppliers, party: Party): { entry: OracleSupplier | null; rank: number } {
  const i = result.suppliers.findIndex((s) => (party.iso3 && s.iso3 === party.iso3) || s.name.toLowerCase() === party.name.toLowerCase());
  return { entry: i >= 0 ? result.suppliers[i] : null, rank: i >= 0 ? i : result.suppliers.length };
}

function shareOf(result: OracleSuppliers, party: Party): number {
  const { entry } = find(result, party);
  if (!entry) return 0;
  return Number.isFinite(entry.share) ? entry.share : result.totalTiv ? entry.tiv / result.totalTiv : 0;
}

/** `Myanmar's arms imports 2001–2020 (4,041 TIV): China 1,690 TIV (42%), Russia 1,684 TIV (42%), …`. */
function table(recipient: Party, w: { from: number; to: number }, result: OracleSuppliers, about: Party[], top = 3, what = 'arms imports'): string {
  const shown = result.suppliers.slice(0, top);
  for (const p of about) {
    const { entry } = find(result, p);
    if (entry && !shown.includes(entry)) shown.push(entry);
  }
  const list = shown.map((s) => `${s.name} ${tiv(s.tiv)} (${pct(Number.isFinite(s.share) ? s.share : s.tiv / (result.totalTiv || 1))})`).join(', ');
  const missing = about.filter((p) => !find(result, p).entry).map((p) => `${p.name} none recorded`);
  return `${recipient.name}’s ${what} ${span(w)} (${tiv(result.totalTiv)}): ${[list, ...missing].filter(Boolean).join(', ')}`;
}

function predecessorNote(result: OracleSuppliers, about: Party[]): string {
  const notes: string[] = [];
  for (const p of about) {
    for (const old of (p.iso3 && PREDECESSORS[p.iso3]) || []) {
      const e = result.suppliers.find((s) => s.name === old);
      if (e && e.tiv > 0) notes.push(`the ${old} is counted apart from ${p.name}, as SIPRI does (${tiv(e.tiv)})`);
    }
  }
  return notes.length ? `; ${notes.join('; ')}` : '';
}

function judgeRank(claim: DocClaim, recipient: Party, about: Party[], w: { from: number; to: number }, result: OracleSuppliers): Judged {
  const ranks = about.map((p) => find(result, p).rank);
  const evidence = table(recipient, w, result, about, Math.max(3, about.length + 1)) + predecessorNote(result, about);
  if (claim.detail.relation === 'main suppliers') {
    const k = about.length;
    if (ranks.every((r) => r < k)) return { verdict: 'supported', evidence };
    if (ranks.every((r) => r <= k) || ranks.some((r) => r < k)) return { verdict: 'mixed', evidence };
    return { verdict: 'contradicted', evidence };
  }
  const want = claim.detail.qualifier === 'second' ? 1 : claim.detail.qualifier === 'third' ? 2 : 0;
  const rank = ranks[0];
  if (claim.detail.qualifier === 'among') {
    const top = AMONG_TOP;
    return { verdict: rank < top ? 'supported' : rank < top + 2 ? 'mixed' : 'contradicted', evidence: `${evidence}; “a major supplier” read as one of the first ${top}: ${about[0].name} ranks ${rank < result.suppliers.length ? rank + 1 : '–'}` };
  }
  if (claim.detail.qualifier === 'most') {
    const share = shareOf(result, about[0]);
    if (rank === 0 && share > 0.5) return { verdict: 'supported', evidence };
    return { verdict: rank === 0 ? 'mixed' : 'contradicted', evidence: `${evidence}; “most” needs over half, ${about[0].name} has ${pct(share)}` };
  }
  if (rank === want) return { verdict: 'supported', evidence };
  const gap = Math.abs(shareOf(result, about[0]) - (result.suppliers[want] ? shareOf(result, result.suppliers[want]) : 0));
  return { verdict: Math.abs(rank - want) === 1 && gap <= CLOSE_SECOND ? 'mixed' : 'contradicted', evidence };
}

function judgeMore(recipient: Party, about: Party[], w: { from: number; to: number }, result: OracleSuppliers): Judged {
  const evidence = table(recipient, w, result, about) + predecessorNote(result, about);
  const a = find(result, about[0]);
  if (about.length === 1) {
    if (a.rank === 0) return { verdict: 'supported', evidence };
    const gap = shareOf(result, result.suppliers[0]) - shareOf(result, about[0]);
    return { verdict: a.rank === 1 && gap <= CLOSE_SECOND ? 'mixed' : 'contradicted', evidence };
  }
  const ta = a.entry?.tiv ?? 0;
  const tb = find(result, about[1]).entry?.tiv ?? 0;
  const ratio = tb ? ta / tb : ta > 0 ? Infinity : 1;
  return { verdict: ratio > 1.05 ? 'supported' : ratio >= 0.95 ? 'mixed' : 'contradicted', evidence: `${evidence}; ratio ${about[0].name}/${about[1].name} ${ratio === Infinity ? '∞' : ratio.toFixed(2)}` };
}

function judgeAsMuch(claim: DocClaim, recipient: Party, about: Party[], w: { from: number; to: number }, result: OracleSuppliers): Judged {
  const ta = find(result, about[0]).entry?.tiv ?? 0;
  const tb = find(result, about[1]).entry?.tiv ?? 0;
  const ratio = tb ? ta / tb : ta > 0 ? Infinity : 1;
  const q = claim.detail.qualifier;
  const band = q && q !== 'just' ? NEARLY_AS_MUCH : AS_MUCH_AS;
  const verdict: Verdict = ratio >= band.min && ratio <= band.max ? 'supported' : ratio >= band.mixedMin ? 'mixed' : 'contradicted';
  const r = ratio === Infinity ? '∞' : ratio.toFixed(2);
  return { verdict, evidence: `${table(recipient, w, result, about)}; ${about[0].name}/${about[1].name} = ${r}${ratio > band.max ? ` (more than ${q ? `“${q} as much”` : '“as much”'})` : ''}` };
}

function judgeShare(claim: DocClaim, recipient: Party, about: Party[], w: { from: number; to: number }, result: OracleSuppliers): Judged {
  const q = claim.detail.qualifier ?? '';
  const frac = Object.keys(FRACTIONS).find((f) => q.includes(f));
  const claimed = claim.detail.share ?? (frac ? FRACTIONS[frac] : null);
  const evidence = table(recipient, w, result, about);
  if (claimed == null) return { verdict: 'unverifiable', evidence: `${evidence}; the share claimed could not be read` };
  const actual = shareOf(result, about[0]);
  const tol = SHARE_TOLERANCE;
  let verdict: Verdict;
  if (/more than|over|at least|the majority|the bulk/.test(q)) verdict = actual >= claimed ? 'supported' : actual >= claimed - tol ? 'mixed' : 'contradicted';
  else if (/less than|under/.test(q)) verdict = actual <= claimed ? 'supported' : actual <= claimed + tol ? 'mixed' : 'contradicted';
  else verdict = Math.abs(actual - claimed) <= tol ? 'supported' : Math.abs(actual - claimed) <= 2 * tol ? 'mixed' : 'contradicted';
  return { verdict, evidence: `${evidence}; claimed ${q ? `${q} ` : ''}${pct(claimed)}, data ${pct(actual)}` };
}

function judgeTurningTo(claim: DocClaim, asked: Asked, recipient: Party, about: Party[], w: { from: number; to: number }): Judged {
  const supplier = about[0];
  const all = asked.suppliers(recipient, w);
  const total = find(all, supplier).entry?.tiv ?? 0;
  if (total <= 0) return { verdict: 'contradicted', evidence: `${table(recipient, w, all, about)}; no deliveries from ${supplier.name} in ${span(w)}` };
  let inCategories = 0;
  let bestRank = Infinity;
  const parts: string[] = [];
  for (const category of claim.detail.categories as Category[]) {
    const r = asked.suppliers(recipient, w, category);
    const { entry, rank } = find(r, supplier);
    const t = entry?.tiv ?? 0;
    inCategories += t;
    if (t > 0) bestRank = Math.min(bestRank, rank);
    parts.push(`${category} ${tiv(t)}${r.totalTiv ? ` (${pct(r.totalTiv ? t / r.totalTiv : 0)} of ${recipient.name}’s ${category} imports, rank ${entry ? rank + 1 : '–'})` : ''}`);
  }
  const mix = inCategories / total;
  const mainly = /mainly|mostly|largely|primarily|chiefly|above all|exclusively|only/.test(claim.detail.qualifier ?? '');
  const evidence = `${supplier.name}’s deliveries to ${recipient.name} ${span(w)}: ${tiv(total)}, of which ${parts.join(', ')} — ${pct(mix)} in ${claim.detail.categories.join(' and ')}`;
  let verdict: Verdict;
  if (mainly) verdict = mix >= MAINLY ? 'supported' : mix >= 0.3 || bestRank === 0 ? 'mixed' : 'contradicted';
  else verdict = bestRank === 0 || mix >= MAINLY ? 'supported' : bestRank <= 1 ? 'mixed' : 'contradicted';
  return { verdict, evidence };
}

function judgeRising(asked: Asked, recipient: Party, about: Party[], articleYear: number, coverage: { firstYear: number; lastYear: number }): { judged: Judged; window: { from: number; to: number } } {
  const recent = resolveWindow({ kind: 'last', years: 20 }, articleYear, coverage);
  const earlier = { from: coverage.firstYear, to: recent.from - 1 };
  const window = { from: coverage.firstYear, to: recent.to };
  if (earlier.to < earlier.from) return { judged: { verdict: 'unverifiable', evidence: 'the data do not reach far enough back to compare' }, window };
  const a = asked.suppliers(recipient, earlier);
  const b = asked.suppliers(recipient, recent);
  const before = shareOf(a, about[0]);
  const after = shareOf(b, about[0]);
  const verdict: Verdict = after - before >= RISING_MARGIN ? 'supported' : before - after >= RISING_MARGIN ? 'contradicted' : 'mixed';
  return { judged: { verdict, evidence: `${about[0].name}’s share of ${recipient.name}’s arms imports: ${pct(before)} in ${span(earlier)} (${tiv(a.totalTiv)} in all), ${pct(after)} in ${span(recent)} (${tiv(b.totalTiv)} in all)` }, window };
}

function judgeForecast(claim: DocClaim, recipient: Party, about: Party[], w: { from: number; to: number }, result: OracleSuppliers, articleYear: number): Judged {
  const years = w.to - w.from + 1;
  const evidence = `judged on data after the article (${articleYear}): ${table(recipient, w, result, about)}`;
  const ranks = about.map((p) => find(result, p).rank);
  const met = claim.detail.relation === 'main suppliers' ? ranks.every((r) => r < about.length) : ranks[0] === 0;
  if (met) return { verdict: 'borne out', evidence };
  return { verdict: years < FORECAST_MIN_YEARS ? 'too early' : 'not borne out', evidence: years < FORECAST_MIN_YEARS ? `${evidence}; only ${years} year(s) of data after the article` : evidence };
}

function judge(claim: DocClaim, oracle: ArmsOracle, articleYear: number | null): void {
  if (claim.kind === 'outside arms data') {
    claim.verdict = 'unverifiable';
    return;
  }
  const coverage = oracle.coverage();
  const year = articleYear ?? coverage.lastYear + 1;
  const spec = claim.detail.windowSpec;
  let w = resolveWindow(spec, year, coverage);
  claim.window = w;
  const undated = articleYear ? '' : ' (article date unknown: windows end with the data)';
  const fail = (why: string) => {
    claim.verdict = 'unverifiable';
    claim.evidence = why + undated;
  };
  if (!claim.subject) return fail('could not tell whose arms imports the claim is about');
  const recipient = oracle.resolve(claim.subject);
  if (!recipient) return fail(`the arms data do not know “${claim.subject}”`);
  const about: Party[] = [];
  for (const name of claim.about) {
    const p = oracle.resolve(name);
    if (!p) return fail(`the arms data do not know “${name}”`);
    about.push(p);
  }
  if (!about.length) return fail('the claim names no supplier the data can check');
  if (spec.kind === 'after' && w.to < w.from) {
    claim.verdict = 'too early';
    claim.evidence = `no delivery data after the article yet (the data end in ${coverage.lastYear})`;
    return;
  }
  if (w.to < w.from) return fail(`the window ${w.from}–${w.to} is outside the data (${coverage.firstYear}–${coverage.lastYear})`);

  const asked = new Asked(oracle);
  let judged: Judged;
  if (claim.detail.relation === 'turning to') {
    judged = judgeTurningTo(claim, asked, recipient, about, w);
  } else if (claim.detail.relation === 'rising supplier') {
    const r = judgeRising(asked, recipient, about, year, coverage);
    judged = r.judged;
    w = r.window;
    claim.window = w;
  } else {
    const result = asked.suppliers(recipient, w);
    if (result.totalTiv <= 0 && claim.kind === 'forecast') {
      const years = w.to - w.from + 1;
      claim.verdict = years < FORECAST_MIN_YEARS ? 'too early' : 'not borne out';
      claim.evidence = `no deliveries to ${recipient.name} recorded in ${span(w)}, after the article${years < FORECAST_MIN_YEARS ? `: only ${years} year(s) of data so far` : ''}`;
      claim.query = asked.queries.join(' ; ') || null;
      return;
    }
    if (result.totalTiv <= 0) return fail(`no deliveries to ${recipient.name} recorded in ${span(w)}`);
    if (claim.kind === 'forecast') judged = judgeForecast(claim, recipient, about, w, result, year);
    else if (claim.detail.relation === 'more from') judged = judgeMore(recipient, about, w, result);
    else if (claim.detail.relation === 'as much as') judged = judgeAsMuch(claim, recipient, about, w, result);
    else if (claim.detail.relation === 'share') judged = judgeShare(claim, recipient, about, w, result);
    else judged = judgeRank(claim, recipient, about, w, result);
  }
  claim.verdict = judged.verdict;
  const phrase = claim.detail.relation === 'rising supplier'
    ? `the last 20 years compared with the years before, ${span(w)}`
    : spec.kind === 'after'
      ? `the data after the article, ${span(w)}`
      : claim.detail.windowPhrase
        ? `“${claim.detail.windowPhrase}” read as ${span(w)}`
        : `none in the text, so the last ${w.to - w.from + 1} years before the article, ${span(w)}`;
  claim.evidence = `${judged.evidence}. Window: ${phrase}${undated}. Source: ${[...asked.datasets].join(', ') || 'arms engine'}`;
  claim.query = asked.queries.join(' ; ') || null;
}

/** Makers' names the text puts before a designation (`Sukhoi Su-35`): not designations themselves. */
const MAKERS = /^(?:Sukhoi|Mikoyan|Dassault|Boeing|Lockheed|Airbus)$/i;

/** A designation as the register and the press both write it, folded (`Su-35` → `su35`, `Rafales` → `rafale`). */
const fold = (d: string): string => d.toLowerCase().replace(/^sukhoi\s+/, 'su-').replace(/[^a-z0-9]/g, '').replace(/(?<=[a-z]{4})s$/, '');

/** The deals of the register a designation of the text names. */
function dealsNamed(deals: OracleDeal[], designation: string): OracleDeal[] {
  const want = fold(designation);
  const forms = [want, ...(WEAPON_ALIASES[want] ?? [])];
  return deals.filter((d) => {
    const have = fold(d.designation);
    return forms.some((f) => f.length >= 3 && (have.startsWith(f) || (have.length >= 3 && f.startsWith(have))));
  });
}

const dealLine = (d: OracleDeal): string =>
  `${d.supplier}: ${d.numberOrdered ?? '?'} ${d.designation} (${d.description}) ordered ${d.orderYear ?? '?'}${d.deliveryYears.length ? `, delivered ${formatYears(d.deliveryYears[0], d.deliveryYears[d.deliveryYears.length - 1])}` : ', none delivered yet'} [line ${d.line}]`;

/**
 * A transfer claim against the register: a price is not comparable with TIV (the closest TIV figure
 * is shown); a named weapon is looked for among the pair's deals; otherwise the pair's deliveries
 * in the window say whether any transfer is recorded. The direction is tried both ways.
 */
function judgeTransfer(claim: DocClaim, oracle: ArmsOracle, articleYear: number | null): void {
  const shape = claim.detail.shape;
  const coverage = oracle.coverage();
  const year = articleYear ?? coverage.lastYear + 1;
  const w = resolveWindow(claim.detail.windowSpec, year, coverage);
  claim.window = w;
  const queries: string[] = [];
  const datasets = new Set<string>();
  const fail = (verdict: Verdict, why: string) => {
    claim.verdict = verdict;
    claim.evidence = why;
    claim.query = queries.join(' ; ') || null;
  };
  const first = claim.subject ? oracle.resolve(claim.subject) : null;
  if (!first) return fail('unverifiable', 'could not tell which state the weapons go to');
  const others = claim.about.map((n) => oracle.resolve(n)).filter((p): p is Party => p !== null && !sameParty(p, first));
  const transfers = (recipient: Party, supplier?: Party) => {
    const r = oracle.transfers(recipient.name, supplier?.name);
    queries.push(r.query);
    if (r.dataset) datasets.add(r.dataset);
    return r.deals;
  };
  // Which way the weapons go: the claim's subject as recipient first, then the other way round.
  let recipient = first;
  let suppliers = others;
  let deals = others.length ? others.flatMap((p) => transfers(first, p)) : transfers(first);
  if (!deals.length && others.length === 1) {
    const back = transfers(others[0], first);
    if (back.length) [recipient, suppliers, deals] = [others[0], [first], back];
  }
  const pair = suppliers.length ? `${suppliers.map((p) => p.name).join(' and ')} → ${recipient.name}` : `all suppliers → ${recipient.name}`;
  const source = `Source: ${[...datasets].join(', ') || 'arms engine'}`;
  const inWindow = deals.filter((d) => d.deliveryYears.some((y) => y >= w.from && y <= w.to) || (d.orderYear !== null && d.orderYear >= w.from && d.orderYear <= w.to));
  const tivIn = (list: OracleDeal[]) => list.reduce((t, d) => t + (d.tivDelivered ?? 0), 0);
  const after = articleYear !== null && articleYear > coverage.lastYear;

  // A named weapon: among the pair's deals, else among the deals of any state the sentence names
  // as a buyer (`Qatar, which has bought 36 of the planes`).
  let named: OracleDeal[] = [];
  if (shape?.designations.length) {
    const designations = shape.designations.filter((d) => !MAKERS.test(d));
    named = designations.flatMap((d) => dealsNamed(deals, d));
    for (const buyer of [first, ...others]) {
      if (named.length) break;
      named = designations.flatMap((d) => dealsNamed(transfers(buyer), d));
    }
    // The deals of the claim's window first (`in 1982 … F-16 aircraft joined`).
    const inSpan = (d: OracleDeal) => d.deliveryYears.some((y) => y >= w.from && y <= w.to) || (d.orderYear !== null && d.orderYear >= w.from && d.orderYear <= w.to);
    named = [...new Map(named.map((x) => [x.line, x])).values()].sort((a, b) => Number(inSpan(b)) - Number(inSpan(a)));
    if (named.length && claim.detail.windowPhrase && !named.some(inSpan)) {
      return fail('mixed', `recorded, but not in ${span(w)} (“${claim.detail.windowPhrase}”): ${named.slice(0, 3).map(dealLine).join('; ')}. Source: ${[...datasets].join(', ')}`);
    }
  }
  if (shape?.unit && shape.unit !== 'items' && shape.unit !== 'percent' && shape.value !== null) {
    const closest = named.length ? named : suppliers.length ? inWindow : [];
    const figure = closest.length
      ? `closest in the register: ${closest.slice(0, 3).map(dealLine).join('; ')}; ${tiv(tivIn(closest))} delivered`
      : suppliers.length ? `the register holds no deal for ${pair} in ${span(w)}` : 'the sentence names no supplier and recipient to look up';
    return fail('not comparable', `The text gives ${shape.value.toLocaleString('en-GB')} ${shape.unit}; ${TIV_NOT_MONEY}. ${capital(figure)}. ${source}`);
  }
  if (shape?.designations.length) {
    if (named.length) return fail('supported', `${named.slice(0, 4).map((x) => `${x.supplier} → ${recipientOf(x, deals, recipient)}: ${dealLine(x).replace(/^[^:]+: /, '')}`).join('; ')}. ${source}`);
    if (after) return fail('outside the data', `the register ends in ${coverage.lastYear}, before the article (${articleYear}); no ${shape.designations.join(', ')} for ${pair} recorded so far. ${source}`);
    const seen = [...new Set(deals.map((d) => d.designation))].slice(0, 8);
    return fail('unverifiable', `no ${shape.designations.filter((d) => !MAKERS.test(d)).join(', ')} among the ${deals.length} deals for ${pair}${seen.length ? ` (${seen.join(', ')}${deals.length > seen.length ? ', …' : ''})` : ''}; SIPRI records major conventional weapons only. ${source}`);
  }
  if (!suppliers.length) return fail('unverifiable', `the claim names no supplier: ${recipient.name} has ${deals.length} deals in the register. ${source}`);
  if (inWindow.length) {
    return fail('supported', `${pair}, ${span(w)}: ${inWindow.length} deal(s), ${tiv(tivIn(inWindow))} delivered — ${inWindow.slice(0, 3).map(dealLine).join('; ')}. ${source}`);
  }
  if (after) return fail('outside the data', `the register ends in ${coverage.lastYear}, before the article (${articleYear}). ${source}`);
  return fail(deals.length ? 'unverifiable' : 'contradicted', deals.length
    ? `${pair}: no deal ordered or delivered in ${span(w)}; ${deals.length} outside it (latest: ${dealLine(deals[0])}). ${source}`
    : `the register records no transfer for ${pair} in any year. ${source}`);
}

/**
 * `India is the world’s largest arms importer`, `… 42 percent of global arms exports`: the state's place
 * (or share) among every state's arms imports
 * (or exports) over the claim's window — the last five years of data before the article unless the
 * text gives one. Supported at the stated place (or among the first five for `one of the largest`),
 * mixed one place off, contradicted beyond; a state it is said to have overtaken must rank below it.
 */
function judgeWorldRank(claim: DocClaim, oracle: ArmsOracle, articleYear: number | null): void {
  const side = claim.detail.topic === 'arms imports' ? 'imports' : 'exports';
  const fail = (verdict: Verdict, why: string, query: string | null = null) => {
    claim.verdict = verdict;
    claim.evidence = why;
    claim.query = query;
  };
  const party = claim.subject ? oracle.resolve(claim.subject) : null;
  if (!party) return fail('unverifiable', `could not tell which state the ranking is about`);
  if (!oracle.ranking) return fail('unverifiable', 'the arms engine attached cannot rank every state');
  const coverage = oracle.coverage();
  const w = resolveWindow(claim.detail.windowSpec, articleYear ?? coverage.lastYear + 1, coverage);
  claim.window = w;
  if (w.to < w.from) return fail('outside the data', `the window is outside the data (${span({ from: coverage.firstYear, to: coverage.lastYear })})`);
  const r = oracle.ranking(side, w.from, w.to);
  const total = r.totalTiv;
  const place = (p: Party) => r.rows.findIndex((x) => sameParty(x, p)) + 1;
  const at = place(party);
  const among = claim.detail.qualifier === 'among';
  const claimed = among ? null : Number(claim.detail.qualifier ?? 1);
  const top = r.rows.slice(0, 5).map((x, i) => `${i + 1}. ${x.name} ${tiv(x.tiv)} (${formatShare(x.tiv / total)})`).join(', ');
  const overtaken = claim.about.map((n) => oracle.resolve(n)).filter((p): p is Party => p !== null && !sameParty(p, party));
  const above = overtaken.filter((p) => { const q = place(p); return q > 0 && at > 0 && q < at; });
  const figures = `World arms ${side}, ${span(w)}: ${top}; ${party.name} ${at ? `${ordinal(at)} of ${r.rows.length} states` : 'none recorded'}${overtaken.length ? `; ${overtaken.map((p) => `${p.name} ${place(p) ? ordinal(place(p)) : 'not ranked'}`).join(', ')}` : ''}. Source: ${r.dataset}`;
  if (claim.detail.relation === 'world share') {
    // A share the text gives against the state's: within a point (or a tenth of it), else within
    // three points (or a quarter) mixed.
    const stated = claim.detail.share ?? 0;
    const actual = at ? (r.rows[at - 1].tiv / total) * 100 : 0;
    const gap = Math.abs(actual - stated);
    const shareText = `${possessive(party.name)} share of world arms ${side}, ${span(w)}: ${formatPercent(actual / 100)} (the text: ${formatPercent(stated / 100)}); ${figures}`;
    return fail(gap <= Math.max(1, stated * 0.1) ? 'supported' : gap <= Math.max(3, stated * 0.25) ? 'mixed' : 'contradicted', shareText, r.query);
  }
  if (!at) return fail('contradicted', figures, r.query);
  const placed = among ? at <= 5 : at === claimed;
  const near = !among && claimed !== null && Math.abs(at - claimed) === 1;
  if (placed && !above.length) return fail('supported', figures, r.query);
  return fail(placed || near ? 'mixed' : 'contradicted', figures, r.query);
}

/** `Russia’s`, `the United States’`. */
const possessive = (name: string): string => (/s$/.test(name) ? `${name}’` : `${name}’s`);

/** Which flow a sentence speaks of: `arms exports`, `imports of weapons`, `arms sales` (exports), `arms purchases` (imports). */
function flowSide(text: string): 'exports' | 'imports' | null {
  const m = ARMS_FLOW.exec(text);
  if (!m) return null;
  return /^(?:imports?|purchases)$/i.test(m[1] ?? m[2]) ? 'imports' : 'exports';
}

/** The two periods a change is stated between: `between 2014-18 and 2019-23`, `from 2018 to 2023`; earlier first. */
export function periodsOf(text: string): [{ from: number; to: number }, { from: number; to: number }] | null {
  const year = (y: string, base: string) => (y.length === 2 ? Number(base.slice(0, 2) + y) : Number(y));
  const spans = /\b((?:19|20)\d\d)\s*[-–]\s*(\d{2}|(?:19|20)\d\d)\b[^.;]{0,40}?\b(?:and|to|with|from|versus|vs\.?)\s+((?:19|20)\d\d)\s*[-–]\s*(\d{2}|(?:19|20)\d\d)\b/.exec(text);
  if (spans) {
    const a = { from: Number(spans[1]), to: year(spans[2], spans[1]) };
    const b = { from: Number(spans[3]), to: year(spans[4], spans[3]) };
    if (a.to >= a.from && b.to >= b.from) return a.from <= b.from ? [a, b] : [b, a];
  }
  const years = /\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to)\s+((?:19|20)\d\d)\b/.exec(text);
  if (years && years[1] !== years[2]) {
    const [a, b] = [Number(years[1]), Number(years[2])].sort((x, y) => x - y);
    return [{ from: a, to: a }, { from: b, to: b }];
  }
  return null;
}

/**
 * `Russian arms exports fell by 53 percent between 2014-18 and 2019-23`: the state's delivered TIV
 * in each period, the change between them, and whether it goes the way (and about as far as) the
 * text says. False when the claim is not such a change or the oracle cannot total a flow.
 */
function judgeFlowChange(claim: DocClaim, oracle: ArmsOracle): boolean {
  const shape = claim.detail.shape;
  const side = flowSide(claim.text);
  if (shape?.comparison !== 'change' || !side || !oracle.flow) return false;
  const fail = (verdict: Verdict, why: string, queries: string[] = []) => {
    claim.verdict = verdict;
    claim.evidence = why;
    claim.query = queries.join(' ; ') || null;
    return true;
  };
  const party = claim.subject ? oracle.resolve(claim.subject) : null;
  if (!party) return fail('unverifiable', `could not tell whose arms ${side} the claim is about`);
  const periods = periodsOf(claim.text);
  if (!periods) return fail('unverifiable', `the sentence gives no two periods to compare ${party.name}’s arms ${side} between`);
  const coverage = oracle.coverage();
  claim.window = { from: periods[0].from, to: periods[1].to };
  if (periods[1].to > coverage.lastYear || periods[0].from < coverage.firstYear) return fail('outside the data', `the register covers ${span({ from: coverage.firstYear, to: coverage.lastYear })}; the claim compares ${span(periods[0])} with ${span(periods[1])}`);
  const [a, b] = periods.map((w) => oracle.flow!(party.name, side, w.from, w.to));
  const queries = [a.query, b.query];
  const source = `Source: ${a.dataset}`;
  if (a.totalTiv <= 0) return fail('unverifiable', `no arms ${side} of ${party.name} recorded in ${span(periods[0])}. ${source}`, queries);
  const change = ((b.totalTiv - a.totalTiv) / a.totalTiv) * 100;
  const falls = FLOW_FALLING.test(claim.text);
  const claimed = shape.unit === 'percent' && shape.value !== null ? (falls ? -shape.value : shape.value) : null;
  const figures = `${possessive(party.name)} arms ${side}: ${tiv(a.totalTiv)} in ${span(periods[0])}, ${tiv(b.totalTiv)} in ${span(periods[1])}, ${change >= 0 ? '+' : '−'}${formatPercent(Math.abs(change) / 100)}${claimed !== null ? ` (the text: ${claimed >= 0 ? '+' : '−'}${formatPercent(Math.abs(claimed) / 100)})` : ''}. ${source}`;
  if (falls !== change < 0) return fail('contradicted', figures, queries);
  if (claimed === null || Math.abs(change - claimed) <= Math.max(5, Math.abs(claimed) * 0.15)) return fail('supported', figures, queries);
  return fail('mixed', `the direction holds, the size differs: ${figures}`, queries);
}

/** The recipient of a deal found under one of several states (the pair's, or a buyer the sentence names). */
function recipientOf(deal: OracleDeal, pairDeals: OracleDeal[], recipient: Party): string {
  return pairDeals.includes(deal) ? recipient.name : deal.recipient;
}

const capital = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

/**
 * A claim no rule here compares: the dataset that would settle it, and whether this check was given
 * it (`held`: its topics whose data are attached) — then it is the statement's form that is not
 * compared yet (a change in trade, say), not the data that are missing.
 */
function outside(claim: DocClaim, held: ReadonlySet<string> = new Set()): void {
  const topics = (claim.detail.topic ?? claim.measure).split(/,\s*|\s+and\s+/);
  const datasets = [...new Set(topics.map((t) => DATASETS_FOR[t]).filter(Boolean))];
  claim.verdict = 'outside the data';
  const reason = claim.kind === 'outside arms data' && claim.detail.qualifier ? `${capital(claim.detail.qualifier)}. ` : '';
  const allHeld = topics.every((t) => !DATASETS_FOR[t] || held.has(t));
  claim.evidence = `${reason}${!datasets.length ? 'No dataset held here measures this.' : allHeld
    ? `Settled by ${datasets.join('; and ')}; the check holds it, but compares ranks, shares and totals, not a statement of this form.`
    : `Settled by ${datasets.join('; and ')}, which this check does not read yet.`}`;
}

/** The rank a trade claim names: `top`/`largest`/`biggest`/`main` 1, `second-largest` 2 …; `one of the largest` up to 5. */
function claimedTradeRank(text: string): { rank: number; oneOf: boolean } | null {
  const ordinal = /\b(second|third|fourth|fifth)[- ](?:largest|biggest)\b/i.exec(text);
  if (ordinal) return { rank: ['second', 'third', 'fourth', 'fifth'].indexOf(ordinal[1].toLowerCase()) + 2, oneOf: false };
  if (/\bone of (?:its|the(?: country[’']s)?|[\p{L}]+[’']s) (?:top|largest|biggest|main|leading)\b/iu.test(text)) return { rank: 5, oneOf: true };
  if (/\b(?:top|largest|biggest|main|leading|first|number[- ]one|no\.? ?1)\b/i.test(text)) return { rank: 1, oneOf: false };
  return null;
}

const usd = formatUsdMillions;

/**
 * A trade-partner claim (`China is Myanmar's top trade partner`) against the IMF's bilateral trade:
 * the partner's rank in the subject's own report for the article's year (or the data's last year
 * before it), the partner's own report beside it. False when the claim is not one this can test.
 */
function judgeTrade(claim: DocClaim, trade: TradeOracle, articleYear: number | null): boolean {
  if (!/\btrade\b/.test(claim.measure) || !claim.subject || !claim.about.length) return false;
  const claimed = claimedTradeRank(claim.text);
  if (!claimed) return false;
  // Whose partners are ranked: the state written with the possessive (`Myanmar’s top trade
  // partner`), else the claim's subject (`It is the country’s …`, the country resolved to it).
  const { host: country, other } = hostOf(claim, false)!;
  const data = trade.trade(country, articleYear ?? 9999);
  if (!data) return false;
  const partner = data.partners.find((p) => p.name === other || p.iso3 === other) ?? null;
  const top = data.partners.find((p) => p.rank === 1) ?? null;
  const mirrorTop = [...data.partners].sort((a, b) => (b.mirrorTotal ?? -1) - (a.mirrorTotal ?? -1))[0] ?? null;
  if (!partner || partner.rank === null || !top) return false;
  const ok = claimed.oneOf ? partner.rank <= claimed.rank : partner.rank === claimed.rank;
  const figures = `${partner.name} ranked ${partner.rank} among ${country}’s trade partners in ${data.year}: ${usd(partner.total)}, ${formatPercent(partner.share)} of its trade with the world as ${country} reported it` +
    `${partner.mirrorTotal !== null ? ` (${usd(partner.mirrorTotal)} as ${partner.name} reported it)` : ''}` +
    `${!ok ? `; the top partner was ${top.name} (${usd(top.total)})` : ''}` +
    `${mirrorTop && mirrorTop.name !== top.name ? `; by the partners’ own reports ${mirrorTop.name} comes first` : ''}.`;
  const dated = tradeDataEnd(data, articleYear);
  const investment = /\binvest/.test(claim.measure) ? ` The investment part is not checked: ${DATASETS_FOR.investment}, which this check does not read yet.` : '';
  claim.verdict = ok ? 'supported' : 'contradicted';
  claim.evidence = `${figures}${dated}${investment}`;
  claim.query = data.query;
  claim.window = { from: data.year, to: data.year };
  return true;
}

/** Said when the article is dated after the trade data end. */
function tradeDataEnd(data: OracleTrade, articleYear: number | null): string {
  return articleYear !== null && articleYear > data.lastYear ? ` The trade data end in ${data.lastYear}, before the article (${articleYear}).` : '';
}

/** How far a figure the text gives is from one the data hold, as a share of the latter (Infinity without one). */
const gapTo = (text: number, data: number | null | undefined): number => (data == null || data <= 0 ? Infinity : Math.abs(text - data) / data);

/**
 * `Bilateral trade between China and Myanmar reached $12 billion in 2019`: the pair's goods trade in
 * the year the sentence names (else the year before the article, within the data) as each side
 * reported it. Within a tenth of either report supported, within a quarter mixed, else contradicted.
 * A change (`rose by $2 billion`) is not a total and is left to the general rule.
 */
function judgeTradeValue(claim: DocClaim, trade: TradeOracle, articleYear: number | null): boolean {
  const shape = claim.detail.shape;
  if (!/\btrade\b/.test(claim.measure) || shape?.unit !== 'USD' || shape.value === null || /\bby\s+(?:US)?\$/i.test(claim.text)) return false;
  const pair = hostOf(claim, false);
  if (!pair) return false;
  const stated = /\b(?:in|during|for|of)\s+((?:19|20)\d\d)\b/.exec(claim.text);
  // (`Trade between China and Myanmar`: either side's report will do; the possessive's first.)
  let parties = pair;
  let data: OracleTrade | null = null;
  let partner: OracleTrade['partners'][number] | null = null;
  for (const p of [pair, { host: pair.other, other: pair.host }]) {
    data = trade.trade(p.host, stated ? Number(stated[1]) : (articleYear ?? 9999) - 1);
    partner = data?.partners.find((x) => x.name === p.other || x.iso3 === p.other) ?? null;
    parties = p;
    if (data && partner && (partner.total !== null || partner.mirrorTotal !== null)) break;
  }
  if (!data || !partner || (partner.total === null && partner.mirrorTotal === null)) return false;
  const text = shape.value / 1e6;
  const nearest = Math.min(gapTo(text, partner.total), gapTo(text, partner.mirrorTotal));
  claim.verdict = nearest <= 0.1 ? 'supported' : nearest <= 0.25 ? 'mixed' : 'contradicted';
  claim.evidence = `${parties.host}–${partner.name} goods trade in ${data.year}: ${partner.total !== null ? usd(partner.total) : 'no figure'} as ${parties.host} reported it, ${partner.mirrorTotal !== null ? usd(partner.mirrorTotal) : 'no figure'} as ${partner.name} reported it (the text: ${usd(text)}).${stated && Number(stated[1]) !== data.year ? ` The data end in ${data.lastYear}: ${data.year} is the nearest year.` : tradeDataEnd(data, articleYear)}`;
  claim.query = data.query;
  claim.window = { from: data.year, to: data.year };
  return true;
}

/** The portion a trade claim states: a percentage, or words (`almost all`, `most`, `half`) as a range. */
function claimedPortion(claim: DocClaim): { low: number; high: number; words: string } | null {
  if (claim.unit === 'percent' && claim.value !== null) return { low: claim.value / 100 - SHARE_TOLERANCE, high: claim.value / 100 + SHARE_TOLERANCE, words: `${claim.value} %` };
  const m = /\b(almost all|nearly all|all|the bulk|the majority|most|half)\s+of\b/i.exec(claim.text);
  if (!m) return null;
  const w = m[1].toLowerCase();
  const [low, high] = w === 'all' ? [0.95, 1] : /almost|nearly/.test(w) ? [0.85, 1] : w === 'half' ? [0.45, 0.55] : [0.5, 1];
  return { low, high, words: w };
}

/**
 * A share of trade (`China accounts for 60 percent of Mongolia’s trade`, `Mongolia imports almost
 * all of its fuel from Russia`) against the partner's share of the country's goods trade with the
 * world: compared when the claim is about all trade, else the figures beside it as `not comparable`
 * (the bilateral totals are all goods, both directions together). False when it cannot be tested.
 */
function judgeTradeShare(claim: DocClaim, trade: TradeOracle, articleYear: number | null): boolean {
  if (!/\btrade\b/.test(claim.measure) || !claim.subject || !claim.about.length) return false;
  const claimed = claimedPortion(claim);
  const parties = claimed ? hostOf(claim, false) : null;
  if (!claimed || !parties) return false;
  const data = trade.trade(parties.host, articleYear ?? 9999);
  const partner = data?.partners.find((p) => p.name === parties.other || p.iso3 === parties.other) ?? null;
  if (!data || !partner || partner.share === null) return false;
  // Only a share of all trade is the same measure; a product or one direction is not.
  const whole = /\b(?:trade|trading|turnover)\b/i.test(claim.text) && !/\b(?:exports?|imports?|imported|exported|fuel|oil|gas|coal|food|grain|wheat|arms|weapons|goods\s+of)\b/i.test(claim.text);
  const figures = `${partner.name} accounted for ${formatPercent(partner.share)} of ${parties.host}’s goods trade with the world in ${data.year} (${usd(partner.total)}, exports and imports together, as ${parties.host} reported it; rank ${partner.rank ?? '–'})` +
    `${partner.mirrorTotal !== null ? `; ${usd(partner.mirrorTotal)} as ${partner.name} reported it` : ''}.`;
  const dated = tradeDataEnd(data, articleYear);
  if (whole) {
    const ok = partner.share >= claimed.low && partner.share <= claimed.high;
    claim.verdict = ok ? 'supported' : 'contradicted';
    claim.evidence = `${figures}${dated}`;
  } else {
    claim.verdict = 'not comparable';
    claim.evidence = `The claim (${claimed.words}) is about one direction or one kind of goods; the data hold each pair's goods trade in total. ${figures}${dated}`;
  }
  claim.query = data.query;
  claim.window = { from: data.year, to: data.year };
  return true;
}

/**
 * The state a trade or investment claim is about and the other party: the state written with the
 * possessive (`Myanmar’s top trade partner`), or after `in` when `inToo` (`the largest investor in
 * Myanmar`), else the claim's subject (`It is the country’s …`, the country resolved to it).
 */
function hostOf(claim: DocClaim, inToo: boolean): { host: string; other: string } | null {
  if (!claim.subject || !claim.about.length) return null;
  const names = [claim.subject, ...claim.about];
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = (n: string) => new RegExp(`(?:^|[^\\p{L}])${esc(n)}['’]s\\b${inToo ? `|\\bin\\s+${esc(n)}(?![\\p{L}])` : ''}`, 'u').test(claim.text);
  const host = names.find(named) ?? claim.subject;
  const other = names.find((n) => n !== host);
  return other ? { host, other } : null;
}

/**
 * `China has invested $7 billion in Myanmar`: an amount against the investor's direct investment
 * position there (IMF, year-end stock) and, for China, the sum of the deals the investment tracker
 * lists. Within 15 % of either supported, within a third mixed, else contradicted.
 */
function judgeInvestmentValue(claim: DocClaim, oracle: InvestmentOracle, articleYear: number | null): boolean {
  const shape = claim.detail.shape;
  if (claim.measure !== 'investment' || shape?.unit !== 'USD' || shape.value === null) return false;
  const parties = investmentParties(claim);
  const data = parties ? oracle.investment(parties.host) : null;
  if (!parties || !data) return false;
  const position = data.investors.find((x) => x.name === parties.investor || x.iso3 === parties.investor) ?? null;
  const deals = parties.investor === 'China' || parties.investor === 'CHN' ? data.chineseDeals : null;
  if ((!position || position.value === null) && !deals) return false;
  const text = shape.value / 1e6;
  const nearest = Math.min(gapTo(text, position?.value), gapTo(text, deals?.total));
  claim.verdict = nearest <= 0.15 ? 'supported' : nearest <= 1 / 3 ? 'mixed' : 'contradicted';
  const parts = [
    position && position.value !== null ? `${position.name} held ${usd(position.value)} of direct investment in ${parties.host} at the end of ${data.year} (${position.hostReport ? `${parties.host}’s report` : 'the investor’s report'}; IMF, a year-end stock)` : null,
    deals ? `the China Global Investment Tracker lists ${deals.count} Chinese investments in ${parties.host} worth ${usd(deals.total)} (${deals.from ?? '?'}–${deals.to ?? '?'}, nominal)` : null,
  ].filter(Boolean);
  const dated = articleYear !== null && data.year !== null && articleYear > data.year ? ` The positions end in ${data.year}, before the article (${articleYear}).` : '';
  claim.evidence = `${capital(parts.join('; '))} (the text: ${usd(text)}).${dated}`;
  claim.query = data.query;
  return true;
}

/** Host and investor of an investment claim: `X’s biggest investor`, `the largest investor in X`. */
function investmentParties(claim: DocClaim): { host: string; investor: string } | null {
  const h = hostOf(claim, true);
  return h ? { host: h.host, investor: h.other } : null;
}

/** A host's investors with a figure, largest first. */
const rankedInvestors = (data: OracleInvestment) => data.investors.filter((i) => i.value !== null).sort((a, b) => b.value! - a.value!);

/** The investor's standing among a host's direct investors, in words, with the figures. */
function investmentFigures(data: OracleInvestment, host: string, investor: string): { rank: number | null; text: string } {
  const ranked = rankedInvestors(data);
  const i = ranked.findIndex((x) => x.name === investor || x.iso3 === investor);
  const who = ranked[i];
  const basis = (x: { hostReport: boolean }) => (x.hostReport ? `${host}’s report` : 'the investor’s report');
  const deals = data.chineseDeals && /^(China|CHN)$/.test(investor) && data.chineseDeals.count
    ? ` The China Global Investment Tracker lists ${data.chineseDeals.count} Chinese investments in ${host} worth ${usd(data.chineseDeals.total)} (${data.chineseDeals.from}–${data.chineseDeals.to}, nominal).`
    : '';
  if (!who) return { rank: null, text: `No direct investment position of ${investor} in ${host} in the IMF data held here.${deals}` };
  const top = ranked[0];
  return {
    rank: i + 1,
    text: `${who.name} held ${usd(who.value)} of direct investment in ${host} at the end of ${data.year} by ${basis(who)}, ${i === 0 ? 'the most' : `${ordinal(i + 1)} of ${ranked.length} investors with figures (${top.name} first, ${usd(top.value)})`}.${deals}`,
  };
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** `China is Myanmar’s biggest investor`: the IMF's positions (the host's report first) and the tracker. */
function judgeInvestment(claim: DocClaim, oracle: InvestmentOracle, articleYear: number | null): boolean {
  if (claim.measure !== 'investment') return false;
  const parties = investmentParties(claim);
  if (!parties) return false;
  if (claim.comparison === 'only') return judgeOnlyInvestor(claim, oracle, parties, articleYear);
  const claimed = /\bmajor\b/i.test(claim.text) ? { rank: 3, oneOf: true } : claimedTradeRank(claim.text);
  if (!claimed) return false;
  const data = oracle.investment(parties.host);
  if (!data || data.year === null) return false;
  const f = investmentFigures(data, parties.host, parties.investor);
  if (f.rank === null) return false;
  const ok = claimed.oneOf ? f.rank <= claimed.rank : f.rank === claimed.rank;
  claim.verdict = ok ? 'supported' : 'contradicted';
  const dated = articleYear !== null && articleYear > data.year ? ` The positions end in ${data.year}, before the article (${articleYear}).` : '';
  claim.evidence = `${f.text}${dated} Direct investment positions are year-end stocks (IMF); the investors the IMF files cover are the only ones ranked.`;
  claim.query = data.query;
  claim.window = { from: data.year, to: data.year };
  return true;
}

/**
 * `there will be investment only from China`: the other investors' positions in the host. Supported
 * when the named investor holds nine tenths of what the investors with figures hold, contradicted
 * when others hold more than a tenth (named, largest first).
 */
function judgeOnlyInvestor(claim: DocClaim, oracle: InvestmentOracle, parties: { host: string; investor: string }, articleYear: number | null): boolean {
  const data = oracle.investment(parties.host);
  if (!data || data.year === null) return false;
  const ranked = rankedInvestors(data).filter((i) => i.value! > 0);
  const total = ranked.reduce((t, i) => t + i.value!, 0);
  if (!total) return false;
  const own = ranked.find((x) => x.name === parties.investor || x.iso3 === parties.investor);
  const share = (own?.value ?? 0) / total;
  const others = ranked.filter((x) => x !== own).slice(0, 3).map((x) => `${x.name} ${usd(x.value)}`).join(', ');
  claim.verdict = share >= 0.9 ? 'supported' : 'contradicted';
  const dated = articleYear !== null && articleYear > data.year ? ` The positions end in ${data.year}, before the article (${articleYear}): a claim about later investment is judged on the last positions held.` : '';
  claim.evidence = `${parties.investor} held ${formatPercent(share)} of the direct investment in ${parties.host} that investors with figures held at the end of ${data.year} (IMF positions)` +
    `${others ? `; others: ${others}` : ''}.${dated}`;
  claim.query = data.query;
  claim.window = { from: data.year, to: data.year };
  return true;
}

/** The investment half of a `trade partner and a major investor` claim, said beside the trade verdict. */
function addInvestment(claim: DocClaim, oracle: InvestmentOracle): void {
  const parties = investmentParties(claim);
  const data = parties ? oracle.investment(parties.host) : null;
  if (!parties || !data || data.year === null) return;
  const f = investmentFigures(data, parties.host, parties.investor);
  claim.evidence = claim.evidence.replace(/ The investment part is not checked:.*$/, '') + ` Investment: ${f.text}`;
  if (f.rank !== null && f.rank > 3 && claim.verdict === 'supported') claim.verdict = 'mixed';
}

/**
 * `Myanmar raised its defence budget to $3.8 billion in 2021`: SIPRI's figure for the year (current
 * US$, the dollars articles quote), the change from the year before, and SIPRI's own flags. A stated
 * amount within 15 % of SIPRI's and a direction that matches are supported.
 */
function judgeMilex(claim: DocClaim, oracle: MilexOracle, articleYear: number | null): boolean {
  if (!claim.subject) return false;
  const data = oracle.milex(claim.subject);
  if (!data) return false;
  const stated = /\b(19|20)\d{2}\b/.exec(claim.text);
  const withValue = data.years.filter((y) => y.currentUsd !== null);
  const year = stated ? Number(stated[0]) : Math.min(articleYear ?? Infinity, withValue.at(-1)?.year ?? 0);
  const at = data.years.find((y) => y.year === year);
  if (!at || at.currentUsd === null) return false;
  const before = data.years.find((y) => y.year === year - 1);
  const money = moneyIn(claim.text);
  const up = /\b(?:rais|increas|ris[ei]|rose|grew|grow|boost|doubl|hik|jump|surg)\w*/i.test(claim.text);
  const down = /\b(?:cut|reduc|fell|fall|declin|lower|slash|drop)\w*/i.test(claim.text);
  const change = before?.currentUsd ? (at.currentUsd - before.currentUsd) / before.currentUsd : null;
  const checks: boolean[] = [];
  // (In current dollars, or in SIPRI's constant ones, which its own headlines use.)
  if (money && money.unit === 'USD') checks.push(Math.min(gapTo(money.value / 1e6, at.currentUsd), gapTo(money.value / 1e6, at.constantUsd)) <= 0.15);
  // `4.2 percent of GDP`: SIPRI's share, within a tenth of it (or 0.3 points).
  const gdp = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:its\s+|their\s+|the\s+country['’]s\s+)?(?:GDP|gross\s+domestic\s+product)\b/i.exec(claim.text);
  if (gdp && at.shareOfGdp !== null) checks.push(Math.abs(Number(gdp[1]) - at.shareOfGdp * 100) <= Math.max(0.3, Number(gdp[1]) * 0.1));
  if ((up || down) && change !== null) checks.push(up ? change > 0 : change < 0);
  // `rose by 17 percent`: the size of the change too, within a quarter of it (or three points) — a
  // budget in the local currency moves with the exchange rate, SIPRI's dollars with both.
  const pct = (up || down) && change !== null ? /\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i.exec(claim.text) : null;
  if (pct && change !== null) checks.push(Math.abs(Number(pct[1]) - Math.abs(change) * 100) <= Math.max(3, Number(pct[1]) * 0.25));
  if (!checks.length) return false;
  claim.verdict = checks.every(Boolean) ? 'supported' : checks.some(Boolean) ? 'mixed' : 'contradicted';
  const flags = at.uncertain ? ' SIPRI marks the figure as highly uncertain.' : at.estimate ? ' The figure is a SIPRI estimate.' : '';
  claim.evidence = `SIPRI: ${claim.subject} spent ${usd(at.currentUsd)} on its military in ${year} (current US$; ${at.constantUsd !== null ? `${formatCount(Math.round(at.constantUsd))} m at constant ${data.priceYear} prices, ` : ''}${at.shareOfGdp !== null ? `${formatPercent(at.shareOfGdp)} of GDP` : 'share of GDP not available'})` +
    `${change !== null ? `, ${change >= 0 ? 'up' : 'down'} ${formatPercent(Math.abs(change))} from ${year - 1}` : ''}.${flags}`;
  claim.query = data.query;
  claim.window = { from: year, to: year };
  return true;
}

type Action = 'veto' | 'no' | 'abstain' | 'yes';
/** Action words, found in text order; each applies to the states named since the one before. */
// `against` alone is a vote only where nothing follows it (`13 in favour, Russia against, and …`);
// `sanctions against Mali` is not.
const ACTION = /\b(?<veto>veto(?:ed|es|ing)?|block(?:ed|ing|s)?)\b|\b(?<abstain>abstain(?:ed|ing|s)?|abstentions?)\b|\b(?<no>vot(?:ed|ing|e)\s+(?:against|no)|against(?=\s*(?:[,.;)]|and\b|with\b|$)))|\b(?<yes>in\s+favou?r|vot(?:ed|ing)\s+(?:for|yes))\b/gi;
/** Where a new clause, with a subject of its own, begins. */
const CLAUSE = /[;:]|,\s*(?:whereas|while|but|and|with|which|who)\b|\bwhereas\b|\bwhile\b/gi;
/** A state after these words is what a vote is about or where it was, not who cast it. */
const ACTED: Record<Action, string> = { veto: 'vetoed', no: 'voted against', abstain: 'abstained', yes: 'voted in favour' };

/** Who did what, as the sentence says it: each action word with the states its clause names before it. */
function actionsIn(text: string): { action: Action; by: string[] }[] {
  const out: { action: Action; by: string[] }[] = [];
  let from = 0;
  ACTION.lastIndex = 0;
  for (let m = ACTION.exec(text); m; m = ACTION.exec(text)) {
    const g = m.groups ?? {};
    const action: Action = g.veto ? 'veto' : g.abstain ? 'abstain' : g.no ? 'no' : 'yes';
    let start = from;
    CLAUSE.lastIndex = from;
    for (let c = CLAUSE.exec(text); c && c.index < m.index; c = CLAUSE.exec(text)) start = c.index + c[0].length;
    out.push({ action, by: statesInText(text.slice(start, m.index), true) });
    from = m.index + m[0].length;
  }
  return out;
}

/** A sentence dated by the article's days (`on Friday`, `Thursday`, `today`): its year is the article's. */
const ARTICLE_DAYS = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|this week|last week)\b/i;

/** What a vote in the records shows for a member: its veto, or its vote. */
function didAct(v: OracleUnVote, member: string, action: Action): boolean {
  if (action === 'veto') return v.vetoedBy.includes(member) || (v.body === 'assembly' && v.votes[member] === 'no');
  return v.votes[member] === action;
}

function describeUnVote(v: OracleUnVote, members: string[]): string {
  const said = members.map((m) => (v.vetoedBy.includes(m) ? `${m} vetoed` : v.votes[m] ? `${m} ${v.votes[m]}` : `${m} no vote`)).join(', ');
  const what = v.symbol ?? v.resolution ?? v.title.slice(0, 60);
  const outcome = v.outcome ? `, ${v.outcome}` : '';
  const tally = v.tally.yes + v.tally.no + v.tally.abstain > 0 ? ` ${v.tally.yes}–${v.tally.no}–${v.tally.abstain}` : '';
  return `${v.date} ${what}${outcome}${tally}${said ? ` (${said})` : ''}`;
}

/**
 * A claim about a UN vote, veto or resolution against the voting records: the votes about the states
 * the sentence names (other than those it says voted) in the claim's window, and whether each state
 * did what the sentence says. Informal blocking (a press statement talked down, a draft never
 * tabled) leaves no recorded vote: then the verdict says what the records do show instead of
 * supporting the claim. Without the article's date or a year in the text, only a tally can be matched.
 */
function judgeUnVote(claim: DocClaim, un: UnOracle, articleYear: number | null, context: string[]): void {
  const text = claim.text;
  const body: 'council' | 'assembly' = /\bGeneral Assembly\b|\bthe Assembly\b|\bUNGA\b/i.test(text) && !/\bSecurity Council\b|\bveto/i.test(text) ? 'assembly' : 'council';
  const acts = actionsIn(text).filter((a) => a.by.length);
  const actors = [...new Set(acts.flatMap((a) => a.by))];
  // The states the votes are about: those named that are not said to vote, else the claim's subject.
  const named = [...new Set([...(claim.subject ? [un.resolve(claim.subject)?.iso3] : []), ...claim.about.map((n) => un.resolve(n)?.iso3), ...statesInText(text)])].filter((x): x is string => !!x);
  // With none left, the states the sentences just before name (`The vote was 11 in favour …` after
  // `… vetoing a resolution deploring the Russian invasion of Ukraine`).
  const about = named.filter((x) => !actors.includes(x));
  const fromContext = context.filter((x) => !actors.includes(x));
  const targets = about.length ? about : fromContext.length ? fromContext : named;
  const sets = targets.map((t) => (body === 'council' ? un.council(t) : un.assembly(t))).filter((r): r is OracleUnVotes => !!r);
  if (!sets.length) return outside(claim);
  const seen = new Set<string>();
  const votes = sets.flatMap((r) => r.votes).filter((v) => {
    const k = `${v.date}|${v.symbol ?? v.title}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const coverage = sets[0].coverage;
  const query = sets.map((r) => r.query).join(' ; ');
  const source = `Source: ${[...new Set(sets.map((r) => r.dataset))].join(', ')}`;
  const tally = claim.detail.shape?.tally ?? null;
  const phrase = ARTICLE_DAYS.test(text) && articleYear !== null ? null : claim.detail.windowPhrase;
  const dated = !!phrase || articleYear !== null;
  const from = phrase ? claim.window.from : articleYear !== null ? articleYear - 1 : 1946;
  const to = phrase ? claim.window.to : articleYear ?? 2100;
  claim.window = { from, to };
  claim.query = query;
  const span = !dated ? 'any year' : from === to ? String(from) : `${from}–${to}`;
  const place = targets.map((t) => un.resolve(t)?.name ?? t).join(', ');
  const recordsEnd = Number(coverage.to.slice(0, 4));
  const say = (verdict: Verdict, evidence: string) => {
    claim.verdict = verdict;
    claim.evidence = `${evidence}. ${source}`;
  };
  if (dated && from > recordsEnd) return say('outside the data', `the ${body === 'council' ? 'Security Council voting records' : 'General Assembly vote-level data'} end in ${recordsEnd}, before ${span}`);
  const inWindow = votes.filter((v) => Number(v.date.slice(0, 4)) >= from && Number(v.date.slice(0, 4)) <= to);
  const shown = actors.length ? actors : [];
  const list = (vs: OracleUnVote[]) => vs.slice(0, 4).map((v) => describeUnVote(v, shown)).join('; ');
  if (!inWindow.length) {
    const nearby = votes.slice(-4);
    return say('unverifiable', `no ${body === 'council' ? 'Council' : 'Assembly'} vote about ${place} in ${span} in the records${/\bblock/i.test(text) ? ' (blocking in negotiation leaves none)' : ''}${nearby.length ? `; they show: ${list(nearby)}` : ''}`);
  }
  const tallyOk = (v: OracleUnVote) => !tally || ((tally.yes === null || tally.yes === v.tally.yes) && (tally.no === null || tally.no === v.tally.no) && (tally.abstain === null || tally.abstain === v.tally.abstain));
  const actsOk = (v: OracleUnVote) => acts.every((a) => a.by.every((m) => didAct(v, m, a.action)));
  if (!acts.length && !tally) return say('unverifiable', `the sentence names no vote to compare; the records show, in ${span}: ${list(inWindow)}`);
  if (!dated && !tally) return say('unverifiable', `the article's date is unknown and the sentence gives no year or tally: ${votes.length} vote(s) about ${place} in the records, e.g. ${list(votes.slice(-2))}`);
  const match = inWindow.find((v) => actsOk(v) && tallyOk(v));
  if (match) return say('supported', list([match]));
  const wanted = [...acts.map((a) => `${a.by.join(' and ')} ${ACTED[a.action]}`), tally ? `a ${tally.yes ?? '?'}–${tally.no ?? '?'}–${tally.abstain ?? '?'} vote` : ''].filter(Boolean).join(', ');
  return say('contradicted', `no vote about ${place} in ${span} where ${wanted}; the records show: ${list(inWindow)}`);
}

/** The states the two sentences before an offset name (the title's too), most recent first. */
function statesBefore(doc: ArticleDoc, at: number): string[] {
  const si = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  const from = doc.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const out: string[] = [];
  for (const m of doc.mentions) {
    const inTitle = doc.paragraphs[0]?.kind === 'title' && m.start < doc.paragraphs[0].end;
    if (!(inTitle || (m.start >= from && m.start < at))) continue;
    const a = doc.actors[m.actor];
    if (a.iso3 && (a.kind === 'country' || a.military) && !out.includes(a.iso3)) out.unshift(a.iso3);
  }
  return out;
}

export function verdicts(doc: ArticleDoc): void {
  const oracle = doc.options.oracle;
  const un = doc.options.un;
  const articleYear = doc.date ? Number(doc.date.slice(0, 4)) : null;
  for (const claim of doc.claims) {
    if (claim.kind === 'UN vote' && un) {
      try {
        judgeUnVote(claim, un, articleYear, statesBefore(doc, claim.start));
      } catch (error) {
        claim.verdict = 'unverifiable';
        claim.evidence = `the UN voting records could not answer: ${error instanceof Error ? error.message : String(error)}`;
      }
      continue;
    }
    if (claim.kind === 'economic ties' && doc.options.trade && judgeTrade(claim, doc.options.trade, articleYear)) {
      if (doc.options.investment && /\binvest/.test(claim.measure)) addInvestment(claim, doc.options.investment);
      continue;
    }
    if (claim.kind === 'economic ties' && doc.options.trade && judgeTradeShare(claim, doc.options.trade, articleYear)) continue;
    if (claim.kind === 'economic ties' && doc.options.trade && judgeTradeValue(claim, doc.options.trade, articleYear)) continue;
    if (claim.kind === 'economic ties' && doc.options.investment && judgeInvestment(claim, doc.options.investment, articleYear)) continue;
    if (claim.kind === 'economic ties' && doc.options.investment && judgeInvestmentValue(claim, doc.options.investment, articleYear)) continue;
    if (claim.kind === 'outside arms data' && claim.measure === 'military spending' && doc.options.milex && judgeMilex(claim, doc.options.milex, articleYear)) continue;
    if (claim.kind === 'outside arms data' || claim.kind === 'UN vote' || claim.kind === 'economic ties') {
      outside(claim, new Set([doc.options.trade && 'trade', doc.options.investment && 'investment', doc.options.milex && 'military spending'].filter((t): t is string => !!t)));
      continue;
    }
    if (!oracle) {
      claim.verdict = 'unverifiable';
      claim.evidence = 'no arms-transfer data attached: run the check with the arms engine to test this claim';
      continue;
    }
    try {
      if (claim.kind === 'world standing') {
        judgeWorldRank(claim, oracle, articleYear);
        continue;
      }
      if (claim.kind === 'arms transfer' && judgeFlowChange(claim, oracle)) continue;
      if (claim.kind === 'arms transfer') judgeTransfer(claim, oracle, articleYear);
      else judge(claim, oracle, articleYear);
    } catch (error) {
      claim.verdict = 'unverifiable';
      claim.evidence = `the arms engine could not answer: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
