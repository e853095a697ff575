// Text folding shared by the entity registry, the metonym lookup and the weapon categories.
// Pure functions: no I/O, never throw on odd input.

// Windows-1252 puts printable characters at 0x80–0x9F; a UTF-8 name read as cp1252 shows them
// (`Côte dâ€™Ivoire`), so they map back to their byte before re-decoding.
const CP1252_BYTES: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * Undo UTF-8 text that was decoded as Latin-1/cp1252 (`CÃ´te d'Ivoire` → `Côte d'Ivoire`).
 * Text that is not such mojibake comes back unchanged.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u2122]/.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const byte = code <= 0xff ? code : CP1252_BYTES[ch];
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return text;
  }
}

/** Words of ASCII letters and digits, one space apart: most names, and folded by lower-casing alone. */
const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * The comparison key of a name: case, diacritics, punctuation, `&`/`and`, `St.`/`Saint`,
 * apostrophe styles, a leading or inner `the` and SIPRI's `*`/`**` suffixes do not matter.
 * `Côte d’Ivoire` and `Cote d'Ivoire` → `cote divoire`; `St. Kitts & Nevis` → `saint kitts and nevis`.
 * A U+FFFD replacement character is kept: it stands for one unknown letter (see `keyPattern`).
 */
const ASCII = /^[\x00-\x7f]*$/;

export function foldKey(text: string): string {
  // The registry folds its ~500 names at start-up, in every command: plain names skip the rules.
  if (SIMPLE.test(text)) {
    const lower = text.toLowerCase();
    const padded = ` ${lower} `;
    if (!padded.includes(' st ') && !padded.includes(' the ')) return lower;
  }
  // ASCII has no marks to strip and no mojibake to repair (most of the registry's other names).
  const plain = ASCII.test(text) ? text : repairMojibake(text).normalize('NFKD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/\bst\.?\s+/g, 'saint ')
    .replace(/['’‘`´ʼ.]/g, '')
    .replace(/[^a-z0-9\uFFFD]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the')
    .join(' ');
}

/** A key with U+FFFD (a letter lost to a bad decode) as a pattern matching any one letter there. */
export function keyPattern(key: string): RegExp | null {
  if (!key.includes('\uFFFD')) return null;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD/g, '[a-z]?');
  return new RegExp(`^${escaped}$`);
}

/** A lower-case id from a name: `MTA (Myanmar)*` → `mta-myanmar`, `unknown supplier(s)` → `unknown-suppliers`. */
export function slugify(name: string): string {
  return foldKey(name.replace(/\(s\)/gi, 's')).replace(/ /g, '-') || 'unnamed';
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2] + 1);
      }
      row.push(d);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
