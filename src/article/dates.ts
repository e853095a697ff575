// Date phrases → ISO dates at the precision the phrase gives, relative to the article's date.
// chrono-node holds the grammar; this file only picks the precision and the week intervals.
// English only: the package's entry loads every locale's grammar (~80 ms of start-up for nothing).
import * as chrono from 'chrono-node/en';

export interface ResolvedDate {
  /** YYYY, YYYY-MM, YYYY-MM-DD, or an interval `YYYY-MM-DD/YYYY-MM-DD` for weeks. */
  date: string;
  /** 1 year, 2 month, 3 week, 4 day: a more precise date wins when two mentions agree. */
  precision: number;
}

// chrono's casual English grammar, less the parsers for clock times, slashes and spans that news
// dates do not need: four times faster on short phrases, same answers on the forms we pass it.
const KEEP = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENCasualDateParser',
  'ENCasualTimeParser', 'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
  'ENYearMonthNameParser',
]);
const newsDates: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => KEEP.has(p.constructor.name));
  return c.parsers.length >= 8 ? c : chrono.casual;
})();
// The two `N units ago / later` parsers build patterns of every number word and unit that take V8
// ~20 ms to compile on first use; a phrase without one of their words cannot match them, so the
// grammar without them reads it (same answers; most articles never need the other).
const TIME_UNIT_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const TIME_UNIT_WORDS = /\b(?:ago|before|earlier|later|after|from\s+now|henceforth|forward|out)\b/i;
const plainDates: chrono.Chrono = (() => {
  const c = newsDates.clone();
  c.parsers = c.parsers.filter((p) => !TIME_UNIT_PARSERS.has(p.constructor.name));
  return c;
})();

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A YYYY-MM-DD string as a Date at noon UTC, or null when it is not a real date. */
export function parseIsoDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return isoDay(d) === iso ? d : null;
}

const WEEK = /\b(last|this|next|past|the previous|the following)\s+(week(?:end)?)\b/i;

function weekInterval(which: string, weekend: boolean, ref: Date): ResolvedDate {
  const offset = /last|past|previous/i.test(which) ? -7 : /next|following/i.test(which) ? 7 : 0;
  const monday = new Date(ref.getTime());
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) + offset);
  const start = new Date(monday.getTime());
  if (weekend) start.setUTCDate(start.getUTCDate() + 5);
  const end = new Date(monday.getTime());
  end.setUTCDate(end.getUTCDate() + 6);
  return { date: `${isoDay(start)}/${isoDay(end)}`, precision: 3 };
}

// Memoised on (phrase, article date): chrono is the costliest step of the events stage, and news
// copy repeats its date phrases (`last week`, `on Tuesday`) across the articles of a day. The answer
// depends on nothing else (the reference instant and timezone are passed explicitly).
const resolved = new Map<string, Readonly<ResolvedDate> | null>();
const RESOLVED_LIMIT = 5_000;

/**
 * Resolve one date phrase (`on June 20`, `four months ago`, `last week`, `in April`) against the
 * article date. Without an article date only phrases that carry their own year resolve.
 */
export function resolveDatePhrase(phrase: string, ref: string | null): ResolvedDate | null {
  const key = `${ref ?? ''}|${phrase}`;
  const hit = resolved.get(key);
  if (hit !== undefined) return hit;
  const value = resolveUncached(phrase, ref);
  if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
  resolved.set(key, value && Object.freeze(value));
  return value;
}

function resolveUncached(phrase: string, ref: string | null): ResolvedDate | null {
  const refDate = parseIsoDay(ref);
  // A bare year (`in 2019`, `since 2010`) is not chrono's business: it reads digits as times.
  const bareYear = /^(?:in|since|by|during|until|from)?\s*((?:19|20)\d{2})$/i.exec(phrase.trim());
  if (bareYear) return { date: bareYear[1], precision: 1 };
  // A date written out in full (`in February 2021`, `on March 27, 2021`, `27 March 2021`) needs no
  // grammar and no reference: read here, it spares an article with nothing else chrono's first parse
  // (~15 ms compiling its patterns). Anything else is chrono's.
  const full = fullDate(phrase.trim());
  if (full) return full;
  // Without the article's date only a phrase that names its own year dates anything: `last year`,
  // `today` or `Tuesday (May 2)` would otherwise resolve against a made-up reference.
  if (!refDate && !/\b(?:1[89]|20)\d\d\b/.test(phrase)) return null;
  const week = WEEK.exec(phrase);
  if (week) return refDate ? weekInterval(week[1], /end$/i.test(week[2]), refDate) : null;
  let results: chrono.ParsedResult[];
  try {
    results = (TIME_UNIT_WORDS.test(phrase) ? newsDates : plainDates).parse(phrase, refDate ? { instant: refDate, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
  } catch {
    return null;
  }
  const r = results[0];
  if (!r) return null;
  const c = r.start;
  if (!refDate && !c.isCertain('year')) return null;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year == null) return null;
  // `in May`, `on June 20` with no year in news copy: the last such date up to the article, not the next.
  let y = year;
  if (refDate && c.isCertain('month') && !c.isCertain('year') && month != null) {
    const resolved = Date.UTC(year, month - 1, c.isCertain('day') && day != null ? day : 1, 12);
    if (resolved > refDate.getTime() + 86_400_000) y = year - 1;
  }
  if (c.isCertain('day') || c.isCertain('weekday')) {
    if (month == null || day == null) return null;
    // `on Tuesday` in a report is the last Tuesday, not the next one.
    if (refDate && !c.isCertain('day') && Date.UTC(y, month - 1, day, 12) > refDate.getTime() + 3_600_000) {
      const back = new Date(Date.UTC(y, month - 1, day - 7, 12));
      return { date: isoDay(back), precision: 4 };
    }
    return { date: `${y}-${pad(month)}-${pad(day)}`, precision: 4 };
  }
  if (c.isCertain('month') && month != null) return { date: `${y}-${pad(month)}`, precision: 2 };
  return { date: String(year), precision: 1 };
}

const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const FULL_DATE = new RegExp(
  `^(?:(?:in|on|since|by|during|until|from|of)\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}|${MONTH_WORD}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)\\s*,?\\s+((?:19|20)\\d{2})$`,
  'i',
);

/** `February 2021`, `March 27, 2021`, `27 March 2021` (with `in`/`on` before), else null. */
function fullDate(phrase: string): ResolvedDate | null {
  const m = FULL_DATE.exec(phrase);
  if (!m) return null;
  const month = MONTHS[(m[2] ?? m[3]).slice(0, 3).toLowerCase()];
  const dayText = m[1] ?? m[4];
  const year = m[5];
  if (!dayText) return { date: `${year}-${pad(month)}`, precision: 2 };
  const iso = `${year}-${pad(month)}-${pad(Number(dayText))}`;
  return parseIsoDay(iso) ? { date: iso, precision: 4 } : null;
}

/** Whether date `a` falls within date `b` or the other way round (`2021-06-20` within `2021-06`). */
export function datesAgree(a: string, b: string): boolean {
  const range = (d: string): [string, string] => {
    const [s, e] = d.split('/');
    const end = e ?? s;
    return [s, end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end];
  };
  const [as, ae] = range(a);
  const [bs, be] = range(b);
  return as <= be && bs <= ae;
}

/** `June 22, 2021`, `22 June 2021`, `2021-06-22` → YYYY-MM-DD without a grammar (the explicit forms only). */
export function parseExplicitDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const mdy = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})/.exec(text);
    const dmy = mdy ? null : /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?\s*,?\s*(\d{4})/.exec(text);
    const month = MONTHS[(mdy?.[1] ?? dmy?.[2] ?? '').toLowerCase()];
    if (!month) return null;
    [y, m, d] = [Number(mdy?.[3] ?? dmy?.[3]), month, Number(mdy?.[2] ?? dmy?.[1])];
  }
  const out = `${y}-${pad(m)}-${pad(d)}`;
  return parseIsoDay(out) ? out : null;
}
