// Country names as the IMF writes them (`Korea, Rep. of`, `China, P.R.: Mainland`, `Netherlands, The`,
// `Afghanistan, Islamic Rep. of`, `Aruba, Kingdom of the Netherlands`) → the registry's entity, or
// an aggregate (`World`, `Euro Area`, regions, "not specified" rests), which is never a partner.
// Rules over the IMF's way of writing names, not a list of its names: the inverted form is turned
// round and its abbreviations spelt out, then the registry decides.
import type { Entity } from '../core/types.js';
import { lookupEntity, lookupEntityByName } from './registry.js';

/** The IMF's groups and rests: stored (the world total is one), never ranked as partners. */
const AGGREGATES = new Set(
  [
    'World', 'Advanced Economies', 'Euro Area', 'European Union', 'Emerging and Developing Economies', 'Emerging and Developing Asia',
    'Emerging and Developing Europe', 'Middle East', 'Middle East and Central Asia', 'Middle East, North Africa, Afghanistan, and Pakistan',
    'Sub-Saharan Africa', 'Western Hemisphere', 'Africa', 'Asia', 'Europe', 'Memorandum Items', 'Special Categories',
    'Countries & Areas not specified', 'Other Countries not included elsewhere',
    // Customs unions reported as one partner: neither member alone.
    'Belgium-Luxembourg', 'South African Common Customs Area (SACCA)',
  ].map((n) => n.toLowerCase()),
);

/** Group and rest names by their shape, for releases that add new ones. */
const AGGREGATE_SHAPE = /\bnot specified\b|\bnot included elsewhere\b|\beconomies\b|^emerging market|\bexport earnings\b|\bcustoms area\b/i;

export type ImfName = { entity: Entity } | { aggregate: string };

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bRep\./g, 'Republic'],
  [/\bDem\./g, 'Democratic'],
  [/\bFed\./g, 'Federal'],
  [/\bIs\./g, 'Islands'],
  [/\bSt\./g, 'Saint'],
];

function spelt(s: string): string {
  return ABBREVIATIONS.reduce((t, [re, full]) => t.replace(re, full), s).replace(/\s+/g, ' ').trim();
}

/** The ways an IMF name may be written in the registry, most specific first. */
export function imfCandidates(name: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  };
  const plain = name.replace(/\s*\([^)]*\)\s*$/, '').trim(); // `Falkland Islands (Malvinas)`
  // `China, P.R.: Mainland` is China; `China, P.R.: Hong Kong` is Hong Kong.
  const region = /^(.+?), P\.R\.: (.+)$/.exec(plain);
  if (region) {
    add(region[2] === 'Mainland' ? region[1] : region[2]);
    return out;
  }
  add(name);
  add(plain);
  add(spelt(plain));
  // `Aruba, Kingdom of the Netherlands`: a part of the Kingdom, named before the comma.
  const kingdomPart = /^(.+?), Kingdom of the Netherlands$/.exec(plain);
  if (kingdomPart) {
    add(kingdomPart[1]);
    return out;
  }
  // `Korea, Rep. of` → `Republic of Korea`; `Congo, Dem. Rep. of the` → `Democratic Republic of the Congo`.
  const inverted = /^([^,]+), (.+)$/.exec(plain);
  if (inverted) {
    const [, head, tail] = inverted;
    const rest = spelt(tail);
    add(`${rest} ${head}`);
    add(`${head} (${rest})`);
    // The head alone comes last: where the tail tells two states apart (Korea, Congo, Yemen) the
    // turned-round form has already matched.
    add(head);
  }
  return out;
}

/** An IMF name → an entity of the registry, an aggregate, or null when neither. */
export function resolveImfName(name: string): ImfName | null {
  const trimmed = name.trim();
  if (AGGREGATES.has(trimmed.toLowerCase()) || AGGREGATE_SHAPE.test(trimmed)) return { aggregate: trimmed };
  const direct = lookupEntityByName(trimmed);
  if (direct) return { entity: direct };
  // The IMF's current portal names economies by ISO3 code.
  if (/^[A-Z]{3}$/.test(trimmed)) {
    const coded = lookupEntity(trimmed);
    if (coded) return { entity: coded };
  }
  // `Malaysia, West`: a part of a country, reported apart in early years — not the country.
  if (/^[^,]+, (West|East|North|South)$/.test(trimmed)) return { aggregate: trimmed };
  for (const c of imfCandidates(trimmed)) {
    const e = lookupEntityByName(c);
    if (e) return { entity: e };
  }
  return null;
}
