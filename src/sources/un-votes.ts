// The UN voting files written as CSV: the Dag Hammarskjöld Library's veto list, and the General
// Assembly's vote-level data (the `unvotes` package's three tables: member votes, roll calls and
// their issues). Pure: bytes in, rows and problems out; every line stored, rejected with its reason,
// or accounted for as blank. The member votes (~870,000 rows) are handed on one at a time, never
// held in an array.
import { AppError } from '../core/errors.js';
import type { GaVoteRow, Problem, ReadResult, RollCallIssueRow, RollCallRow, UnVote, VetoRow } from '../core/types.js';
import { findColumn, findHeader, type Header } from './columns.js';
import { decodeText, parseNumber, physicalLines, TableRecords, type CsvRecord } from './csv.js';
import { rowWarning } from './problem.js';

const VETO_COLUMNS = { year: ['year'], date: ['date'], draft: ['draft'], meeting: ['meeting_record'], agenda: ['agenda_item'], topic: ['crisis_topic'], region: ['region'] } as const;
/** The members whose vetoes the list records, by their column. */
const VETO_MEMBERS = ['China', 'France', 'Russia', 'USSR', 'USA', 'UK'] as const;

export function isVetoesHeader(keys: string[]): boolean {
  return ['draft', 'meeting_record', 'agenda_item', 'member_veto1'].every((k) => keys.includes(k)) && VETO_MEMBERS.every((m) => keys.includes(m.toLowerCase()));
}
export function isGaVotesHeader(keys: string[]): boolean {
  return keys.length === 4 && ['rcid', 'country', 'country_code', 'vote'].every((k) => keys.includes(k));
}
export function isRollCallsHeader(keys: string[]): boolean {
  return ['rcid', 'session', 'importantvote', 'date', 'unres', 'short', 'descr'].every((k) => keys.includes(k));
}
export function isIssuesHeader(keys: string[]): boolean {
  return keys.length === 3 && ['rcid', 'short_name', 'issue'].every((k) => keys.includes(k));
}

interface Table {
  header: Header;
  records: TableRecords;
  problems: Problem[];
  at: (labels: readonly string[]) => number;
}

function table(bytes: Uint8Array, file: string, isHeader: (keys: string[]) => boolean, what: string): Table & { lines: string[] } {
  const lines = physicalLines(decodeText(bytes));
  const header = findHeader(lines, isHeader);
  if (!header) throw new AppError(`${file}: not ${what} (its header was not found)`);
  const problems: Problem[] = [];
  return { header, lines, problems, records: new TableRecords(lines, header.index, header.labels.length, file, problems), at: (labels) => findColumn(header.keys, labels) };
}

function done<T>(file: string, t: Table, rows: T[], stored = rows.length): ReadResult<T> {
  return { file, version: null, rows, problems: t.problems, recordsRead: stored + t.records.rejected, rejected: t.records.rejected, duplicates: t.records.duplicates, lines: t.records.lines };
}

const NA = (s: string) => s === '' || s === 'NA';

/** `M/D/YYYY` (the veto list) or `YYYY-MM-DD` (roll calls) → `YYYY-MM-DD`, or null. */
export function isoDate(text: string): string | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (us) [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1945 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The veto list: one row per vetoed draft, its vetoing members from the 0/1 columns (checked against `member_veto1..3`). */
export function readVetoes(bytes: Uint8Array, file: string): ReadResult<VetoRow> {
  const t = table(bytes, file, isVetoesHeader, 'the veto list (draft, meeting_record, agenda_item, member_veto1, China … UK)');
  const col = Object.fromEntries(Object.entries(VETO_COLUMNS).map(([k, v]) => [k, t.at(v)])) as Record<keyof typeof VETO_COLUMNS, number>;
  const members = VETO_MEMBERS.map((m) => ({ name: m, at: t.at([m]) }));
  const named = ['member_veto1', 'member_veto2', 'member_veto3'].map((k) => t.at([k])).filter((i) => i >= 0);
  const rows: VetoRow[] = [];
  for (const r of t.records) {
    const f = (i: number) => (i >= 0 ? r.fields[i].trim() : '');
    const date = isoDate(f(col.date));
    if (!date) {
      t.records.reject(r.line, `not a date (M/D/YYYY): "${f(col.date)}"`, 'date');
      continue;
    }
    const flags = members.filter((m) => f(m.at) === '1').map((m) => m.name);
    const bad = members.find((m) => !/^[01]?$/.test(f(m.at)));
    if (bad) {
      t.records.reject(r.line, `expected 0 or 1, got "${f(bad.at)}"`, bad.name);
      continue;
    }
    // The named columns come first: some rows name the member but leave every 0/1 column at 0.
    const listed = named.map(f).filter(Boolean);
    const unknown = listed.filter((m) => !(VETO_MEMBERS as readonly string[]).includes(m));
    if (unknown.length) {
      t.records.reject(r.line, `not a permanent member: "${unknown[0]}"`, 'member_veto1');
      continue;
    }
    const vetoedBy = listed.length ? listed : flags;
    if (vetoedBy.length === 0) {
      t.records.reject(r.line, 'no vetoing member named or marked');
      continue;
    }
    if (listed.length && flags.length && [...listed].sort().join() !== [...flags].sort().join()) {
      t.problems.push(rowWarning(file, r.line, 'member_veto1', `member_veto columns (${listed.join(', ')}) differ from the 0/1 columns (${flags.join(', ')}); the named members are kept`));
    } else if (listed.length && !flags.length) {
      t.problems.push(rowWarning(file, r.line, listed[0], `${listed.join(', ')} named, but no 0/1 column marked; the named members are kept`));
    }
    // Early rows put a meeting record (`S/PV.23`) where the draft symbol belongs.
    const draftText = f(col.draft);
    const draft = /^S\/PV\./i.test(draftText) || NA(draftText) ? null : draftText;
    rows.push({
      line: r.line, date, year: Number(date.slice(0, 4)), draft, meeting: NA(f(col.meeting)) ? (draft ? null : draftText || null) : f(col.meeting),
      agenda: f(col.agenda), topic: NA(f(col.topic)) ? null : f(col.topic), region: NA(f(col.region)) ? null : f(col.region), vetoedBy,
    });
  }
  return done(file, t, rows);
}

const VOTES: Record<string, UnVote> = { yes: 'yes', no: 'no', abstain: 'abstain' };

/**
 * The GA member votes, handed to `onRow` one at a time (the file has ~870,000). A second row for the
 * same roll call and member is a repeat: counted and rejected (its first one stands).
 */
export function readGaVotes(bytes: Uint8Array, file: string, onRow: (row: GaVoteRow) => void): ReadResult<never> & { stored: number } {
  const t = table(bytes, file, isGaVotesHeader, 'a UNGA member-votes file (rcid, country, country_code, vote)');
  const c = { rcid: t.at(['rcid']), country: t.at(['country']), code: t.at(['country_code']), vote: t.at(['vote']) };
  // Who voted in which roll call, as numbers (roll call × 2^12 + the member's index): a set of
  // 870,000 strings cost the import half a second. Past 4,096 members, the key moves to a second set.
  const memberIndex = new Map<string, number>();
  const seen = new Set<number>();
  const seenWide = new Set<string>();
  let stored = 0;
  for (const r of t.records) {
    const rcid = parseNumber(r.fields[c.rcid]);
    if (rcid === undefined || !Number.isInteger(rcid) || rcid <= 0) {
      t.records.reject(r.line, `not a roll-call id: "${r.fields[c.rcid]}"`, 'rcid');
      continue;
    }
    const vote = VOTES[r.fields[c.vote].trim().toLowerCase()];
    if (!vote) {
      t.records.reject(r.line, `not yes, no or abstain: "${r.fields[c.vote]}"`, 'vote');
      continue;
    }
    const country = r.fields[c.country].trim();
    if (!country) {
      t.records.reject(r.line, 'missing', 'country');
      continue;
    }
    const codeText = r.fields[c.code].trim();
    const code = NA(codeText) ? null : codeText;
    let member = memberIndex.get(country);
    if (member === undefined) memberIndex.set(country, (member = memberIndex.size));
    const repeat = member < 4096 ? seen.has(rcid * 4096 + member) : seenWide.has(`${rcid}\u0001${member}`);
    if (repeat) {
      t.records.duplicates++;
      t.records.reject(r.line, `${country} votes twice in roll call ${rcid}: this repeat is left out`);
      continue;
    }
    if (member < 4096) seen.add(rcid * 4096 + member);
    else seenWide.add(`${rcid}\u0001${member}`);
    onRow({ line: r.line, rcid, country, code, vote });
    stored++;
  }
  return { ...done<never>(file, t, [], stored), stored };
}

/** The GA roll calls: one row each, with the resolution symbol, date and the free-text titles. */
export function readRollCalls(bytes: Uint8Array, file: string): ReadResult<RollCallRow> {
  const t = table(bytes, file, isRollCallsHeader, 'a UNGA roll-calls file (rcid, session, importantvote, date, unres, short, descr)');
  const c = {
    rcid: t.at(['rcid']), session: t.at(['session']), important: t.at(['importantvote']), date: t.at(['date']), unres: t.at(['unres']),
    amend: t.at(['amend']), para: t.at(['para']), short: t.at(['short']), descr: t.at(['descr']),
  };
  const rows: RollCallRow[] = [];
  const ids = new Map<number, number>();
  for (const r of t.records) {
    const f = (i: number) => (i >= 0 ? r.fields[i].trim() : '');
    const rcid = parseNumber(f(c.rcid));
    const session = parseNumber(f(c.session));
    const date = isoDate(f(c.date));
    const fail = (field: string, why: string) => t.records.reject(r.line, why, field);
    if (rcid === undefined || !Number.isInteger(rcid)) { fail('rcid', `not a roll-call id: "${f(c.rcid)}"`); continue; }
    if (session === undefined || !Number.isInteger(session)) { fail('session', `not a session number: "${f(c.session)}"`); continue; }
    if (!date) { fail('date', `not a date (YYYY-MM-DD): "${f(c.date)}"`); continue; }
    const earlier = ids.get(rcid);
    if (earlier !== undefined) { t.records.duplicates++; fail('rcid', `roll call ${rcid} again (first on line ${earlier})`); continue; }
    ids.set(rcid, r.line);
    const flag = (i: number) => f(i) === '1';
    // R's write.csv keeps the stray backslashes of the original titles; they are not text.
    const clean = (s: string) => s.replace(/\\+/g, '').replace(/\s+/g, ' ').trim();
    rows.push({
      line: r.line, rcid, session, important: flag(c.important), date, resolution: NA(f(c.unres)) ? null : f(c.unres), amendment: flag(c.amend), paragraph: flag(c.para),
      short: NA(f(c.short)) ? '' : clean(f(c.short)), description: NA(f(c.descr)) ? '' : clean(f(c.descr)),
    });
  }
  return done(file, t, rows);
}

/** The GA roll calls' issues (a roll call may have several, or none). */
export function readRollCallIssues(bytes: Uint8Array, file: string): ReadResult<RollCallIssueRow> {
  const t = table(bytes, file, isIssuesHeader, 'a UNGA issues file (rcid, short_name, issue)');
  const c = { rcid: t.at(['rcid']), short: t.at(['short_name']), issue: t.at(['issue']) };
  const rows: RollCallIssueRow[] = [];
  for (const r of t.records as Iterable<CsvRecord>) {
    const rcid = parseNumber(r.fields[c.rcid]);
    const issue = r.fields[c.issue].trim();
    if (rcid === undefined || !Number.isInteger(rcid)) { t.records.reject(r.line, `not a roll-call id: "${r.fields[c.rcid]}"`, 'rcid'); continue; }
    if (!issue) { t.records.reject(r.line, 'missing', 'issue'); continue; }
    if (t.records.exactRepeat(r) !== undefined) { t.records.reject(r.line, 'exact repeat of an earlier line'); continue; }
    rows.push({ line: r.line, rcid, shortName: r.fields[c.short].trim(), issue });
  }
  return done(file, t, rows);
}

