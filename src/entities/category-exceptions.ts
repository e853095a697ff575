// Labels the word rules of categories.ts put in the wrong SIPRI category, with SIPRI's own category.
// Keys are labels as SIPRI or a user writes them (compared case- and spacing-insensitively).
// Keep this short: a label belongs here only when no general rule can say it, and each entry says why.
// None of the 216 labels of the 2024 register needs one; these are long-style spellings met elsewhere.
import type { Category } from '../core/types.js';

export const CATEGORY_EXCEPTIONS: Readonly<Record<string, Category>> = {
  // A MANPADS is the missile (SIPRI: `portable SAM`, Missiles), although its long name ends in
  // `air defence system`, which the rules rightly read as a SAM *system* elsewhere.
  'man-portable air defence system': 'missiles',
  'man-portable air defense system': 'missiles',
  'man-portable air-defence system': 'missiles',
};
