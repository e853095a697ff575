// The general claim detector: does a sentence state a checkable fact — an arms transfer, holding,
// order or supplier standing; a recorded UN vote, veto or adopted resolution; a trade, investment
// or lending figure — and if so, what is measured, in which unit, with which value and comparison.
// Pure: text in, shape out. The typed patterns of model/claims.ts (main suppliers, shares, …) run
// first in stages/06-claims.ts; this catches every other checkable sentence, so that a fact-checker
// sees it with a verdict (often `outside the data` or `not comparable`) instead of not at all.
import {
  ARMS_FLOW, ARMS_NOUN, FLOW_FALLING, FLOW_RISING, BLOCKED, BOILERPLATE, DEAL_NOUN, DESIGNATION, ECONOMY, ECONOMY_RANK, MODAL_BEFORE, ONLY_INVESTOR, MONEY, NOT_A_CLAIM, OFFER,
  TRANSFER, UN_CONTEXT, UN_VOTE, UNREAL_BEFORE, VOTE_COUNTS,
} from './model/claims.js';

export type ClaimTopic = 'arms' | 'un vote' | 'economy';

export interface ClaimShape {
  topic: ClaimTopic;
  /** What is measured: `arms transfer`, `arms supply`, `UN vote`, `veto`, `trade`, `investment`, `lending`. */
  measure: string;
  /** The unit of `value`: a currency code, `items` (weapons counted), `votes`, `percent`; null when none is stated. */
  unit: string | null;
  value: number | null;
  /** `rank` (largest, main, first), `change` (rose, increased), or null for a plain statement. */
  comparison: 'rank' | 'change' | 'only' | null;
  /** Weapon designations the sentence names (`Su-35`, `Rafale`), for matching the register. */
  designations: string[];
  /** Votes stated for a UN decision. */
  tally: { yes: number | null; no: number | null; abstain: number | null } | null;
}

const MULTIPLIER: Record<string, number> = {
  trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, crore: 1e7, lakh: 1e5,
};
const CURRENCY: Record<string, string> = {
  'us$': 'USD', $: 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', '€': 'EUR', eur: 'EUR', euros: 'EUR', euro: 'EUR',
  '£': 'GBP', pounds: 'GBP', '¥': 'CNY', yuan: 'CNY', rmb: 'CNY', rs: 'INR', 'rs.': 'INR', rupees: 'INR', inr: 'INR',
};

/** The first amount of money in a text: `$2 billion`, `2.7 billion euros`, `Rs 2,000 crore`, `€17 billion`. */
export function moneyIn(text: string): { value: number; unit: string } | null {
  MONEY.lastIndex = 0;
  const m = MONEY.exec(text);
  if (!m) return null;
  const g = m.groups ?? {};
  const symbol = (g.cur ?? g.cur2 ?? '').toLowerCase().replace(/\s+/g, '');
  const number = Number((g.n ?? g.n2 ?? '').replace(/,/g, ''));
  const mult = MULTIPLIER[(g.mult ?? g.mult2 ?? '').toLowerCase()] ?? 1;
  if (!Number.isFinite(number)) return null;
  return { value: number * mult, unit: CURRENCY[symbol] ?? symbol.toUpperCase() };
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15,
};
const num = (s: string | undefined): number | null => {
  if (!s) return null;
  const w = WORD_NUMBERS[s.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
};

/** `141 in favour, 5 against and 35 abstentions`, `passed 141-7, with 32 abstentions`. */
export function tallyIn(text: string): ClaimShape['tally'] {
  const t = { yes: null as number | null, no: null as number | null, abstain: null as number | null };
  for (const { pattern, field } of VOTE_COUNTS) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (!m) continue;
    if (field === 'split') {
      t.yes ??= num(m.groups?.a);
      t.no ??= num(m.groups?.b);
    } else t[field] ??= num(m.groups?.n);
  }
  return t.yes === null && t.no === null && t.abstain === null ? null : t;
}

/** Weapon designations named in a text, in order, each once. */
const DESIGNATION_G = new RegExp(DESIGNATION.source, 'g');
const ARMS_NOUN_G = new RegExp(ARMS_NOUN.source, 'gi');
const TRANSFER_G = new RegExp(TRANSFER.source, 'gi');

export function designationsIn(text: string): string[] {
  const out: string[] = [];
  const re = DESIGNATION_G;
  re.lastIndex = 0;
  // (`MiG-29s`, `F-16s`: the plural of a designation is the designation.)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = /\d[A-Z]{0,3}s$/.test(m[0]) ? m[0].slice(0, -1) : m[0];
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** A count of weapons: `80 … Rafale fighter jets`, `six Kilo submarines`, `12 Caracal helicopters`. */
// (Not the number of a designation: `MiG-29 aircraft` are not 29.)
const ITEMS = /\b(?<!-)(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\s+(?:[\p{L}\p{N}/-]+\s+){0,5}?(?:fighter\s+jets?|jets?|fighters|bombers|trainers|aircraft|planes|warplanes|helicopters|choppers|gunships|drones|UAVs|submarines|frigates|corvettes|warships|vessels|tanks|howitzers|launchers|missiles|systems|vehicles|radars|Rafales?|\p{Lu}[\p{L}]*-?\d{1,3}[A-Z]{0,3}s)\b/giu;
/** A year after its preposition (`in 1982 when F-16 aircraft joined`) counts nothing. */
const YEAR_BEFORE = /\b(?:in|since|by|from|until|till|through|before|after|during|of)\s+$/i;
function itemsIn(text: string): number | null {
  ITEMS.lastIndex = 0;
  for (let m = ITEMS.exec(text); m; m = ITEMS.exec(text)) {
    const n = num(m[1]);
    if (n !== null && /^(?:19|20)\d\d$/.test(m[1]) && YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      // Look again after the year itself: a count may follow it.
      ITEMS.lastIndex = m.index + m[1].length;
      continue;
    }
    return n;
  }
  return null;
}

/** A share of a force by where it was made: `80 percent of … equipment is of Russian origin`, `most … are Russian-made`. */
const ORIGIN = /\bof\s+(?:\p{Lu}[\p{L}-]*\s+)?origin\b|\b\p{Lu}[\p{L}]*-(?:made|built|designed|supplied|origin)\b|\bSoviet-era\b/u;
const PORTION = /\d(?:[\d.,]*)\s*(?:%|per\s?cent|percent)|\b(?:half|two-thirds|a\s+third|three-quarters|a\s+quarter|most|majority|bulk|nearly\s+all|almost\s+all)\b/i;
function originShare(sentence: string): boolean {
  return ORIGIN.test(sentence) && PORTION.test(sentence);
}

const PERCENT_FIGURE = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i;
/**
 * `Russian arms exports fell by 53 percent between 2014–18 and 2019–23`: a flow of arms said to
 * have changed, with its figure when one is given; null when the sentence says no such thing.
 */
function armsFlowChange(sentence: string): { percent: number | null } | null {
  if (!ARMS_FLOW.test(sentence) || !(FLOW_FALLING.test(sentence) || FLOW_RISING.test(sentence))) return null;
  const p = PERCENT_FIGURE.exec(sentence);
  return { percent: p ? Number(p[1]) : null };
}

/** What the text before a sentence says, as far as the detector needs it. */
export interface ShapeContext {
  /** A UN body is named earlier in the article (a vote below it was taken there). */
  unBefore: boolean;
  /** The sentences just before speak of arms (`… the deal was worth 2.7 billion euros`). */
  armsBefore: boolean;
}

/**
 * A transfer the sentence states as done or decided: a transfer word near a weapon (within
 * `NEAR` characters, so that the two belong to one clause) that no modal, negation or condition
 * governs (`could provide`, `not buying`, `no ban on buying`, `if it bought`).
 */
function statedTransfer(sentence: string): boolean {
  const weapons: number[] = [];
  for (const re of [ARMS_NOUN_G, DESIGNATION_G]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) weapons.push(m.index);
  }
  const re = TRANSFER_G;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const at = m.index;
    if (!weapons.some((w) => Math.abs(w - at) <= NEAR)) continue;
    const before = sentence.slice(Math.max(0, at - 30), at);
    if (MODAL_BEFORE.test(before) || UNREAL_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}
const NEAR = 70;

/** Cheap gates before the long patterns: a vote word for UN_VOTE, a weapon's name for DESIGNATION. */
const VOTE_WORD = /vot|veto|abstain|abstention|favou?r|adopt|passed|approv|reject|fail|defeat|against|backed|supported|opposed/i;
const NAMED_WEAPON = /Rafale|Typhoon|Eurofighter|Gripen|Bayraktar|Akinci|Pantsir|Caesar|Leopard|Abrams|Apache|Black Hawk|Patriot|HIMARS|Iskander|Kalibr|BrahMos|Shahed|Mohajer|Wing Loong|Tucano|Hermes|Heron|Harop|Kornet|Igla|Buk|Caracal|Scorpene|Kilo|Pinaka|Sukhoi|Tomcat|Phantom|Fulcrum/;
// (`first` ranks a party only when a party's noun follows it: `the first foreign buyer`, `its first
// supplier`; `his first annual press conference`, `the first batch` rank nothing.)
const RANK_WORD = /\b(?:largest|biggest|top|main|major|leading|principal|primary|sole|dominant|most)\b|\bfirst\s+(?:[a-z-]+\s+){0,2}?(?:suppliers?|exporters?|importers?|buyers?|customers?|clients?|operators?|users?|partners?|sources?|sellers?|providers?|vendors?|investors?|lenders?|creditors?|countr(?:y|ies)|nations?|states?)\b/i;
/** Money needs a figure: most sentences have none, and skip the money pattern. */
const HAS_FIGURE = /\d/;

/**
 * The shape of a checkable claim in `sentence`, or null. `context.armsBefore` may be a function: it
 * is asked only when the sentence needs it (a price with no weapon named).
 */
export function claimShape(sentence: string, context: ShapeContext | { unBefore: boolean; armsBefore: () => boolean } = { unBefore: false, armsBefore: false }): ClaimShape | null {
  if (NOT_A_CLAIM.test(sentence)) return null;
  const figure = HAS_FIGURE.test(sentence);
  // Designations with a number need a digit; the named ones are looked for only by name.
  const designations = figure || NAMED_WEAPON.test(sentence) ? designationsIn(sentence) : [];
  const money = figure ? moneyIn(sentence) : null;

  // A recorded vote, veto or adoption in a UN body (named here or earlier in the article).
  if (BLOCKED.test(sentence)) return { topic: 'un vote', measure: 'blocking', unit: null, value: null, comparison: null, designations: [], tally: null };
  if (VOTE_WORD.test(sentence) && UN_VOTE.test(sentence) && (context.unBefore || UN_CONTEXT.test(sentence)) && !BOILERPLATE.test(sentence)) {
    const veto = /\bveto/i.test(sentence);
    return { topic: 'un vote', measure: veto ? 'veto' : 'UN vote', unit: 'votes', value: null, comparison: null, designations: [], tally: tallyIn(sentence) };
  }

  // Arms: a weapon and a transfer, holding or supplier word, or its price, or how many are held;
  // a deal's price when the sentences before were about arms. An offer or a possibility is not a fact.
  const weapon = designations.length > 0 || ARMS_NOUN.test(sentence);
  const items = weapon && HAS_FIGURE.test(sentence) || /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\b/i.test(sentence) ? itemsIn(sentence) : null;
  const armsBefore = () => (typeof context.armsBefore === 'function' ? context.armsBefore() : context.armsBefore);
  const flowChange = weapon ? armsFlowChange(sentence) : null;
  const arms = weapon
    ? statedTransfer(sentence) || !!money || (designations.length > 0 && items !== null) || originShare(sentence) || flowChange !== null
    : !!money && DEAL_NOUN.test(sentence) && armsBefore() || (/\b(?:equipment|hardware|inventory|arsenal)\b/i.test(sentence) && originShare(sentence));
  if (arms && !OFFER.test(sentence)) {
    return {
      topic: 'arms',
      measure: /\bsuppl(?:y|ies|ier|iers|ied|ying)\b|\bexporters?\b/i.test(sentence) ? 'arms supply' : 'arms transfer',
      unit: money ? money.unit : items !== null ? 'items' : flowChange?.percent != null ? 'percent' : null,
      value: money ? money.value : items ?? flowChange?.percent ?? null,
      comparison: RANK_WORD.test(sentence) ? 'rank' : flowChange ? 'change' : null,
      designations,
      tally: null,
    };
  }

  // Trade, investment, lending: an economic word with a figure, a rank, or `only`.
  // `there will be investment only from China`, `China is the only investor`: a claim about every other source.
  const onlySource = sentence.includes('only') && ONLY_INVESTOR.test(sentence);
  // `Cosco owns 60% of the port`, `holds a 25 percent stake`: an ownership share is an investment.
  const stake = /\b(?:owns?|owned|holds?|held)\s+(?:a\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)|(?:majority|controlling|minority)\s+stake\b)|\b\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+stake\b/i.test(sentence);
  // `Mongolia imports almost all of its fuel from Russia`: a portion of a trade flow, no figure needed.
  const tradePortion = /\b(?:imports?|imported|exports?|exported|buys?|bought|sells?|sold)\s+(?:almost\s+all|nearly\s+all|all|most|half|the\s+bulk|the\s+majority)\s+of\s+(?:its|their|the\s+country['’]s)\b/i.test(sentence);
  if (stake || tradePortion || (ECONOMY.test(sentence) && (money || onlySource || /\d(?:[\d.,]*)\s*(?:%|per\s?cent|percent|pc\b)|\b\d[\d,]*\s+(?:enterprises|companies|firms|projects)\b/i.test(sentence) || ECONOMY_RANK.test(sentence) || /\bfree[- ]trade\s+(?:agreement|deal|pact|zone|regime)\b/i.test(sentence)))) {
    const lower = sentence.toLowerCase();
    // Every measure the sentence speaks of (`top trade partner and a major investor`).
    const measures = [
      /\b(?:trade|trading|exports?|imports?|tariffs?|goods|turnover)\b/.test(lower) && 'trade',
      (stake || /\binvest|\bcapital\b|\bplough|\bplow|\bprojects?\b/.test(lower)) && 'investment',
      /\b(?:loans?|lend(?:ing|er)?|credit|debt|financ\w*)\b/.test(lower) && 'lending',
    ].filter((m): m is string => !!m);
    const measure = measures.length ? measures.join(' and ') : 'trade';
    const pct = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pc\b)/i.exec(sentence);
    return {
      topic: 'economy',
      measure,
      unit: money ? money.unit : pct ? 'percent' : null,
      value: money ? money.value : pct ? Number(pct[1]) : null,
      comparison: onlySource ? 'only' : /\b(?:increas|ris[ei]|rose|grew|grow|doubl|fell|fall|declin|jump|surg)\w*/i.test(sentence) ? 'change' : ECONOMY_RANK.test(sentence) || RANK_WORD.test(sentence) ? 'rank' : null,
      designations: [],
      tally: null,
    };
  }
  return null;
}
