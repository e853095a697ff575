// UN member names and codes → the one entity registry. The UN files spell members as the UN does
// (`Russian Federation`, `Viet Nam`, `Myanmar (Burma)`, one `Ethipia`) and the GA votes add ISO
// alpha-2 codes; the Soviet Union votes as `Russia` (RU) in the GA file until it dissolved. It is
// kept as the Soviet Union (merged into Russia only under --merge-soviet, like the arms data).
import type { Entity } from '../core/types.js';
import { lookupEntity, lookupEntityByName } from '../entities/registry.js';

/** The Soviet Union's last day. */
export const SOVIET_END = '1991-12-26';

/** ISO alpha-2 → the English name ICU knows (`MM` → `Myanmar (Burma)`), for codes the names miss. */
let regions: Intl.DisplayNames | null = null;
function regionName(code: string): string | null {
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
    const name = regions.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : null;
  } catch {
    return null;
  }
}

/**
 * The entity a UN member name (and alpha-2 code, and the vote's date) stands for, or null when none
 * resolves. `Russia`/`RU`/`USSR` before 26 December 1991 is the Soviet Union.
 */
export function unMember(name: string, code: string | null, date: string | null): Entity | null {
  const e = lookupEntityByName(name) ?? lookupEntity(name) ?? (code ? lookupEntityByName(regionName(code) ?? '') : null);
  if (e && date !== null && date < SOVIET_END && e.id === 'RUS') return lookupEntity('SUN');
  return e;
}
