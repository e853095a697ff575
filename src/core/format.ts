// How numbers, shares and years read in every output (terminal, Markdown, HTML, JSON sentences,
// verdicts): one formatter each, so the brief and the article check never print "45%" and "45 %"
// side by side. Pure. English digits are grouped by hand: building an Intl.NumberFormat loads ICU
// data, ~13 ms of every command that prints a number.

/** `1234567.8` with `digits` decimals → `1,234,567.8` (en-US grouping; -0 prints as 0). */
export function groupDigits(x: number, digits = 0): string {
  const fixed = Math.abs(x).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = x < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const numberFormats = () => ({
  integer: { format: (x: number) => groupDigits(x, 0) },
  oneDecimal: { format: (x: number) => groupDigits(x, 1) },
});

/**
 * SIPRI TIV (millions) as printed: whole numbers with thousands separators (`1,690`); values under
 * 0.5 print as `<1` rather than a misleading `0` (SIPRI's own convention).
 */
export function formatTiv(tiv: number | null): string {
  if (tiv === null || !Number.isFinite(tiv)) return '–';
  if (tiv > 0 && tiv < 0.5) return '<1';
  return numberFormats().integer.format(Math.round(tiv) === 0 ? 0 : tiv);
}

/** A share 0..1 as a table prints it: fixed digits and a space before the sign (`42.3 %`). */
export function formatShare(share: number | null, digits: 0 | 1 = 1): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const pct = share * 100;
  const { integer, oneDecimal } = numberFormats();
  return `${digits === 0 ? integer.format(pct) : oneDecimal.format(pct)} %`;
}

/**
 * A share 0..1 as a sentence says it: whole percent from 10 % up, one decimal below (`86 %`,
 * `4.5 %`, `0 %`). The wrapper in report/ never breaks a line before the `%`.
 */
export function formatPercent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const v = share * 100;
  return `${v >= 10 || v === 0 ? Math.round(v) : v.toFixed(1)} %`;
}

/** A figure of an answer (TIV, US$ m, HHI) to two decimals: JSON that diffs stably. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** US$ millions as a sentence says it: `US$ 11,903 m`; `–` for none. */
export function formatUsdMillions(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '–' : `US$ ${formatCount(Math.round(x))} m`;
}

/** Any count with thousands separators: `7,033`. */
export function formatCount(n: number | null): string {
  return n === null || !Number.isFinite(n) ? '–' : numberFormats().integer.format(n);
}

/** A span of years with an en dash: `2001–2020` (one year prints once). */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** A change with its sign: `+12.3`, `-4.0`, `0.0` (points), `+1,250` (HHI); `–` for none. */
export function formatSigned(x: number | null, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const text = groupDigits(x, digits);
  return text.startsWith('-') || Number(text.replace(/,/g, '')) === 0 ? text : `+${text}`;
}

/** A window of years as a sentence says it: `2009–13`, `1998–2002`, `2019`. */
export function formatWindow(from: number, to: number): string {
  if (from === to) return String(from);
  return Math.floor(from / 100) === Math.floor(to / 100) ? `${from}–${String(to).slice(2)}` : `${from}–${to}`;
}

/** Consecutive years grouped into [first, last] runs: 1994, 2021, 2022, 2023 → [1994, 1994], [2021, 2023]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else if (!last || year !== last[1]) runs.push([year, year]);
  }
  return runs;
}

/** `2021–2023` for a run of consecutive years, `1994, 1996` otherwise. */
export function formatYearList(years: readonly number[]): string {
  return yearRuns(years)
    .map(([from, to]) => formatYears(from, to))
    .join(', ');
}

/** `a`, `a and b`, `a, b and c`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
