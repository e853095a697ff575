// The date expressions news copy uses, as one pattern: found here, resolved by chrono-node.
// Month names must be capitalised (`may`, `march` are verbs); other words take either case.

/** `last` → `[Ll]ast`: a word that may open a sentence. */
const cap = (words: string): string =>
  words
    .split('|')
    .map((w) => w.replace(/^([a-z])/, (c) => `[${c.toUpperCase()}${c}]`))
    .join('|');

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const NUMWORD = `(?:${cap('a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several')}|[Aa] few|\\d{1,3})`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const LEAD = `(?:${cap('in|since|by|until|from|during|through|last|this|next|early|late|mid|in early|in late|in mid|earlier in|later in')})`;
const RELATIVE = `(?:${cap('last|this|next|earlier this|later this|past|the previous|the following')})`;

/** Date expressions; group-free so matches can be handed to chrono as they are. */
export const DATE_PHRASE = new RegExp(
  [
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b${MONTH}\.?\s+${DAY}(?:\s*,?\s*(?:19|20)\d{2})?\b`,
    String.raw`\b${DAY}\s+${MONTH}\.?(?:\s*,?\s*(?:19|20)\d{2})?\b`,
    String.raw`\b${LEAD}[\s-]+${MONTH}\b(?:\s+(?:19|20)\d{2}\b)?`,
    String.raw`\b${MONTH}\s+(?:19|20)\d{2}\b`,
    String.raw`\b${RELATIVE}\s+(?:week(?:end)?|month|year|${WEEKDAY})\b`,
    String.raw`\b${NUMWORD}\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier)\b`,
    `\\b(?:${cap('yesterday|today|tomorrow|tonight')})\\b`,
    `\\b(?:${cap('on|last|this|next')})\\s+${WEEKDAY}\\b`,
    `\\b(?:${cap('in|since|by|during|until')})\\s+(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'g',
);

/** A full explicit date with a year, for inferring the publication date from the latest one. */
export const FULL_DATE = new RegExp(
  [
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b${MONTH}\.?\s+${DAY}\s*,?\s*(?:19|20)\d{2}\b`,
    String.raw`\b${DAY}\s+${MONTH}\.?\s*,?\s*(?:19|20)\d{2}\b`,
  ].join('|'),
  'g',
);

/** Lower-case words one of which (or a digit) a sentence holds when it holds a date phrase. */
export const DATE_WORDS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'ago', 'earlier', 'last ',
  'this ', 'next ', 'past ', 'previous', 'following', 'yesterday', 'today', 'tomorrow', 'tonight', 'day',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
