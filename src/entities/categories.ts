// SIPRI `Weapon description` → SIPRI armament category, for both label styles SIPRI exports
// (`SRAAM`, `ASW MRL` … and `short-range air-to-air missile`, `anti-submarine warfare multiple rocket
// launcher` …). Abbreviations are spelled out first (weapon-abbreviations.ts), obvious typos are
// corrected against the rules' own words, then ordered rules read the label's head noun and
// modifiers; category-exceptions.ts holds the labels the rules cannot say.
//
// Checked against SIPRI's own `Armament category` in the per-delivery-year export (every row) and
// the whole 2024 register. Where SIPRI's current practice differs from its coverage page, the data
// wins: torpedoes are `missiles`, ship-borne SAM systems, naval guns and ASW rocket launchers and
// mortars are `naval weapons`, SAMs (the missiles) are `missiles`, turrets for armoured vehicles are
// `other`, and `anti-submarine warfare weapons` (a category of older exports) is never produced.
import type { Category } from '../core/types.js';
import { CATEGORY_EXCEPTIONS } from './category-exceptions.js';
import { editDistance } from './text.js';
import { WEAPON_ABBREVIATIONS } from './weapon-abbreviations.js';

/**
 * One rule: the label part matches when it ends with one of `ends` (its head) and contains one of
 * `has` (a modifier); a missing list always matches. Rules are tried in order, first match wins.
 */
interface Rule {
  category: Category;
  ends?: readonly string[];
  has?: readonly string[];
}

const SENSOR_SYSTEMS = [
  'electro-optical', 'infrared', 'search', 'fire control', 'reconnaissance', 'intelligence',
  'surveillance', 'optronic', 'targeting', 'observation', 'early warning', 'radar', 'sonar',
];
const AIR_DEFENCE = ['surface-to-air missile', 'anti-ballistic missile', 'air defence', 'anti-aircraft'];
const ARTILLERY_HEADS = [
  'gun', 'howitzer', 'gun-howitzer', 'mortar', 'multiple rocket launcher', 'rocket launcher', 'cannon', 'artillery',
];

const RULES: readonly Rule[] = [
  { category: 'satellites', has: ['satellite'] },
  { category: 'other', has: ['refuel', 'refuelling', 'refueling'] },
  // A chassis is delivered for a weapon built on it: SIPRI counts the vehicle.
  { category: 'armoured vehicles', ends: ['chassis'] },
  // Turrets follow their weapon, except turrets for armoured vehicles and helicopters (SIPRI: other).
  { category: 'air defence systems', ends: ['turret'], has: ['anti-aircraft', 'air defence'] },
  { category: 'artillery', ends: ['turret'], has: ['self-propelled gun', 'howitzer', 'mortar', 'artillery', 'gun-howitzer'] },
  { category: 'naval weapons', ends: ['turret'], has: ['naval', 'ship'] },
  { category: 'other', ends: ['turret'] },
  // Sensors before platforms: `AEW radar`, `MP aircraft radar`, `aircraft EO system`, `SAM system radar`.
  {
    category: 'sensors',
    ends: ['radar', 'sonar', 'sensor', 'lidar', 'designator', 'targeting pod', 'camera', 'fire control', 'search and track'],
  },
  { category: 'sensors', ends: ['system', 'suite'], has: SENSOR_SYSTEMS },
  {
    category: 'engines',
    ends: ['engine', 'turbofan', 'turbojet', 'turboprop', 'turboshaft', 'turbine', 'reactor', 'powerpack', 'power pack', 'propulsion'],
  },
  // Naval weapons: guns, missile systems and launchers on ships, CIWS, ASW launchers and mortars.
  { category: 'naval weapons', ends: [...ARTILLERY_HEADS, 'system', 'launcher'], has: ['naval', 'ship', 'shipborne', 'ship-borne', 'ship-based'] },
  { category: 'naval weapons', ends: ['close-in weapon system', 'depth charge'] },
  {
    category: 'naval weapons',
    ends: ['multiple rocket launcher', 'rocket launcher', 'launcher', 'mortar', 'depth charge', 'weapon'],
    has: ['anti-submarine warfare', 'anti-submarine'],
  },
  // Air defence systems are the systems and guns; the missiles alone are missiles (next rule).
  { category: 'air defence systems', ends: ['system'], has: AIR_DEFENCE },
  { category: 'air defence systems', ends: ['anti-aircraft gun', 'anti-aircraft artillery', 'anti-aircraft vehicle'] },
  { category: 'missiles', ends: ['missile', 'torpedo', 'bomb', 'rocket', 'shell', 'munition', 'projectile'] },
  // Launchers and coastal batteries for surface-to-surface missiles go with the missiles.
  { category: 'missiles', ends: ['system', 'launcher', 'transporter erector launcher', 'battery'], has: ['coastal defence', 'missile'] },
  {
    category: 'aircraft',
    ends: [
      'aircraft', 'helicopter', 'airship', 'unmanned aerial vehicle', 'unmanned combat aerial vehicle', 'unmanned aircraft system',
      'drone', 'glider', 'gyroplane', 'aeroplane', 'airplane', 'fighter', 'bomber', 'trainer', 'interceptor', 'gunship',
      'tiltrotor', 'flying boat', 'seaplane', 'airborne early warning and control',
    ],
  },
  // Before ships, for `tank destroyer`; any other vehicle left over by the rules above is armoured.
  {
    category: 'armoured vehicles',
    ends: ['tank', 'tank destroyer', 'armoured car', 'scout car', 'personnel carrier', 'bridgelayer', 'bridge layer', 'vehicle'],
  },
  { category: 'armoured vehicles', has: ['armoured'] },
  {
    category: 'ships',
    ends: [
      'ship', 'vessel', 'boat', 'craft', 'submarine', 'frigate', 'corvette', 'destroyer', 'cruiser', 'carrier',
      'minesweeper', 'minehunter', 'minelayer', 'gunboat', 'tug', 'tanker', 'icebreaker', 'hovercraft', 'dock',
      'ferry', 'barge', 'tender', 'trawler', 'cutter', 'monitor', 'sloop',
    ],
  },
  { category: 'artillery', ends: ARTILLERY_HEADS },
];

// Words labels use that are right as they are although they are near a rule word (`motor`/`mortar`).
const PLAIN_WORDS = [
  'motor', 'radio', 'rotor', 'mobile', 'medium', 'heavy', 'light', 'towed', 'combat', 'transport', 'training',
  'utility', 'support', 'landing', 'patrol', 'attack', 'armed', 'amphibious', 'assault', 'command', 'post',
  'logistics', 'engineer', 'recovery', 'replenishment', 'salvage', 'survey', 'cargo', 'nuclear', 'midget',
  'target', 'tow', 'ground', 'sea', 'air', 'guided', 'unguided', 'portable', 'self-propelled', 'loitering',
  'glide', 'locating', 'height-finding', 'multi-function', 'multi-role', 'maritime', 'offshore', 'coastal',
  'mine', 'main', 'battle', 'multiple', 'rocket', 'anti-tank', 'anti-ship', 'anti-radar', 'land-attack',
  'air-to-air', 'air-to-surface', 'surface-to-surface', 'ballistic', 'cruise', 'short-range', 'long-range',
  'medium-range', 'beyond-visual-range', 'reconnaissance', 'surveillance', 'recce', 'fast', 'river', 'mission',
];

/** Every word the rules know; a label word near one of these (and not itself known) is a typo for it. */
const VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...RULES.flatMap((rule) => [...(rule.ends ?? []), ...(rule.has ?? [])]),
    ...Object.values(WEAPON_ABBREVIATIONS),
    ...PLAIN_WORDS,
  ].flatMap((phrase) => phrase.split(/[\s/]+/)),
);

// `self propelled`, `selfpropelled`, `anti ship` … → the hyphenated word the rules use. Each pattern
// needs the compound's last part in the text, a cheap test that skips nearly every pattern.
const COMPOUNDS: readonly [RegExp, string, string][] = [...VOCABULARY]
  .filter((word) => word.includes('-'))
  .map((word) => [new RegExp(`\\b${word.replace(/-/g, ' ?')}\\b`, 'g'), word, word.slice(word.lastIndexOf('-') + 1)]);

/** Corrections already made: labels share most of their words. */
const corrected = new Map<string, string>();

function correctWord(word: string): string {
  if (word.length < 4 || VOCABULARY.has(word)) return word;
  let hit = corrected.get(word);
  if (hit === undefined) {
    if (corrected.size >= 10_000) corrected.clear();
    corrected.set(word, (hit = nearestWord(word)));
  }
  return hit;
}

function nearestWord(word: string): string {
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const known of VOCABULARY) {
    if (Math.abs(known.length - word.length) > limit) continue;
    const d = editDistance(word, known);
    if (d < bestDistance) [best, bestDistance, tie] = [known, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== null && bestDistance <= limit && !tie ? best : word;
}

/** Lower-case words of one `/`-part of a label, abbreviations spelled out and typos corrected. */
function spellOut(part: string): string {
  const words = part
    .replace(/[^A-Za-z0-9&-]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLowerCase();
      // A plural only of a word written as an abbreviation (`UAVs`), so `arms` stays `arms`.
      const singular = /^[A-Z&]{2,}s$/.test(word) ? WEAPON_ABBREVIATIONS[lower.slice(0, -1)] : undefined;
      return WEAPON_ABBREVIATIONS[lower] ?? singular ?? lower;
    });
  let text = words.join(' ').replace(/[/]/g, ' ');
  for (const [pattern, word, last] of COMPOUNDS) if (text.includes(last)) text = text.replace(pattern, word);
  return text.split(' ').map(correctWord).join(' ');
}

/** A rule with its phrases spaced once, not on every test: ` head` at the end, ` word ` inside. */
interface SpacedRule {
  category: Category;
  ends: readonly (readonly [string, string])[] | null;
  has: readonly string[] | null;
}

const SPACED_RULES: readonly SpacedRule[] = RULES.map((rule) => ({
  category: rule.category,
  ends: rule.ends ? rule.ends.map((p) => [p, ` ${p}`] as const) : null,
  has: rule.has ? rule.has.map((p) => ` ${p} `) : null,
}));

/** A rule to try for a text: the head phrases that could end it (null: the rule has no `ends`). */
interface Candidate {
  rule: SpacedRule;
  heads: readonly (readonly [string, string])[] | null;
}

/** Each rule's head phrases by their last word. */
const HEADS_BY_LAST_WORD = new Map<string, Map<SpacedRule, (readonly [string, string])[]>>();
for (const rule of SPACED_RULES) {
  for (const head of rule.ends ?? []) {
    const last = head[0].slice(head[0].lastIndexOf(' ') + 1);
    let byRule = HEADS_BY_LAST_WORD.get(last);
    if (!byRule) HEADS_BY_LAST_WORD.set(last, (byRule = new Map()));
    const heads = byRule.get(rule);
    if (heads) heads.push(head);
    else byRule.set(rule, [head]);
  }
}

const candidatesMemo = new Map<string, Candidate[]>();

/**
 * The rules worth trying for a text ending in `last`, in rule order: a text can only end with a
 * head phrase whose last word is its own, so each label tries a handful of rules and phrases
 * instead of every one of ~120 (labels are categorized on the first import, in cold code).
 */
function candidatesFor(last: string): Candidate[] {
  let list = candidatesMemo.get(last);
  if (!list) {
    const byRule = HEADS_BY_LAST_WORD.get(last);
    list = [];
    for (const rule of SPACED_RULES) {
      if (!rule.ends) list.push({ rule, heads: null });
      else {
        const heads = byRule?.get(rule);
        if (heads) list.push({ rule, heads });
      }
    }
    if (candidatesMemo.size >= 10_000) candidatesMemo.clear();
    candidatesMemo.set(last, list);
  }
  return list;
}

/** The first rule whose head and modifier the text has. */
function firstRule(text: string): SpacedRule | undefined {
  const candidates = candidatesFor(text.slice(text.lastIndexOf(' ') + 1));
  let padded: string | null = null;
  for (const { rule, heads } of candidates) {
    if (heads) {
      let ends = false;
      for (const [p, spaced] of heads) {
        if (text === p || text.endsWith(spaced)) {
          ends = true;
          break;
        }
      }
      if (!ends) continue;
    }
    if (!rule.has) return rule;
    padded ??= ` ${text} `;
    for (const p of rule.has) if (padded.includes(p)) return rule;
  }
  return undefined;
}

function exceptionFor(description: string): Category | undefined {
  return CATEGORY_EXCEPTIONS[description.trim().toLowerCase().replace(/\s+/g, ' ')];
}

const memo = new Map<string, Category | null>();

/**
 * SIPRI's category for a weapon description, or null when no rule knows the label (import reports it).
 * A label of alternatives (`frigate/landing ship`, `APC/CP`) is read from its last part, the head of
 * the whole, falling back to earlier parts when the last says nothing (`CP`, command post).
 */
export function categorize(description: string): Category | null {
  let category = memo.get(description);
  if (category === undefined) {
    category = exceptionFor(description) ?? byRules(description);
    // A register repeats a few hundred labels over tens of thousands of rows.
    if (memo.size >= 10_000) memo.clear();
    memo.set(description, category);
  }
  return category;
}

function byRules(description: string): Category | null {
  const parts = description.split('/').map(spellOut).filter(Boolean);
  for (const text of parts.reverse()) {
    const rule = firstRule(text) ?? firstRule(singularHead(text));
    if (rule) return rule.category;
  }
  return null;
}

/** `anti-ship missiles` → `anti-ship missile`: the rules read heads in the singular. */
function singularHead(text: string): string {
  const i = text.lastIndexOf(' ') + 1;
  const last = text.slice(i);
  const singular = /(?:ss|us|is)$/.test(last) ? last : last.replace(/ies$/, 'y').replace(/(?:ches|shes|xes)$/, (m) => m.slice(0, -2)).replace(/s$/, '');
  return text.slice(0, i) + singular;
}

/** Head word → the category of the first rule with a head ending in it (its modifiers not required). */
const CATEGORY_OF_HEAD = new Map<string, Category>();
for (const rule of RULES) {
  for (const head of rule.ends ?? []) {
    const last = head.slice(head.lastIndexOf(' ') + 1);
    if (!CATEGORY_OF_HEAD.has(last)) CATEGORY_OF_HEAD.set(last, rule.category);
  }
}

export interface LabelCategory {
  category: Category;
  /** No rule knew the label: the category comes from its head noun alone (reported by import and validate). */
  inferred: boolean;
}

/**
 * The category of a label, saying how it was found: by a rule or an exception (hyphenation, case
 * and plurals do not matter), or inferred from its head noun (`… system`, `… vehicle`) when no rule
 * knows the whole label. Null when not even the head noun is known.
 */
export function categorizeLabel(description: string): LabelCategory | null {
  const known = categorize(description);
  if (known) return { category: known, inferred: false };
  const parts = description.split('/').map(spellOut).filter(Boolean).reverse();
  for (const text of parts) {
    const head = singularHead(text).slice(text.lastIndexOf(' ') + 1);
    const category = CATEGORY_OF_HEAD.get(head);
    if (category) return { category, inferred: true };
  }
  return null;
}

/** Categories for many labels at once, with the labels no rule knows (for import to report). */
export function categorizeAll(labels: Iterable<string>): { categories: Map<string, Category>; unmapped: string[] } {
  const categories = new Map<string, Category>();
  const unmapped = new Set<string>();
  for (const label of labels) {
    if (categories.has(label) || unmapped.has(label)) continue;
    const category = categorize(label);
    if (category) categories.set(label, category);
    else unmapped.add(label);
  }
  return { categories, unmapped: [...unmapped] };
}
