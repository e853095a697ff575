// Diplomatic cover, the answers every shell gives: the Security Council's votes on drafts about a
// country (`unsc`), the veto record from two sources (`vetoes`), the General Assembly's resolutions
// about a country (`resolutions`) and agreement with each patron by issue (`alignment --by-issue`).
// Rows from store/un.ts, measures from analysis/cover.ts.
import {
  agreementShare, checkVetoes, councilVotes, patronRecords, PERMANENT, vetoesByDecade,
  type CouncilVote, type PatronRecord, type PatronVote, type VetoCheck, type VetoEntry,
} from '../analysis/cover.js';
import { commandLine } from '../core/command-line.js';
import { AppError } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { mayNameState, statesNamedIn } from '../entities/registry.js';
import { ISSUES } from './options.js';
import { agreementRows, ungaDataset } from '../store/alignment.js';
import type { Db } from '../store/db.js';
import {
  datasetOfKind, GA_VOTE, gaTallies, gaVotes, memberVotes, rollCallIssues, rollCalls, keysNaming, scVetoVotes,
  scVotesOnAgendas, vetoListRows, type UnDataset,
} from '../store/un.js';

/** The Security Council's permanent members: the default patrons of `unsc`. */
export const P5 = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];

export interface CoverOptions {
  patrons?: string[];
  from?: number;
  to?: number;
  /** Count the Soviet Union's votes and vetoes as Russia's (said in `notes`). */
  mergeSoviet?: boolean;
}

const country = (e: Entity) => ({ name: e.name, iso3: e.iso3 });
const SOVIET_NOTE = 'the Soviet Union (SUN) is counted apart from Russia; --merge-soviet counts its votes and vetoes as Russia’s';
const MERGED_NOTE = 'the Soviet Union’s votes and vetoes are counted as Russia’s (--merge-soviet)';
const merged = (id: string, merge: boolean | undefined) => (merge && id === 'SUN' ? 'RUS' : id);

/** Text titles that name the entity, memoised per dataset (a few thousand titles, read once). */
const titleCache = new WeakMap<Db, Map<string, Map<string, string[]>>>();
function statesOf(db: Db, key: string, text: string): string[] {
  let byDataset = titleCache.get(db);
  if (!byDataset) titleCache.set(db, (byDataset = new Map()));
  let texts = byDataset.get(key);
  if (!texts) byDataset.set(key, (texts = new Map()));
  let ids = texts.get(text);
  if (!ids) texts.set(text, (ids = statesNamedIn(text).map((e) => e.id)));
  return ids;
}

function need(ds: UnDataset | null, what: string): UnDataset {
  if (!ds) throw new AppError(`the store has no ${what}: import it (counterweight import --data DIR)`, 3, 503);
  return ds;
}

// ---------------------------------------------------------------------------------------------
// unsc

export interface UnscDraft extends Omit<CouncilVote, 'tally'> {
  tally: { yes: number; no: number; abstain: number };
}

/** `counterweight unsc <country> --json`, `GET /api/unsc/:country`. */
export interface UnscAnswer {
  country: { name: string; iso3: string | null };
  patrons: string[];
  dataset: string;
  datasetVersion: string | null;
  from: number;
  to: number;
  query: string;
  /** Every vote on a draft whose agenda item or topic names the country, oldest first. */
  drafts: UnscDraft[];
  /** Per patron: votes on the country, how it voted, its vetoes. */
  summary: Record<string, PatronRecord>;
  notes: string[];
}

export function unscAnswer(db: Db, c: Entity, o: CoverOptions = {}): UnscAnswer {
  const ds = need(datasetOfKind(db, 'unsc-votes'), 'Security Council voting workbook (sc-voting-*.xlsx)');
  const patrons = o.patrons?.length ? o.patrons : P5;
  const from = o.from ?? 1946;
  const to = o.to ?? 2100;
  const agendas = keysNaming(db, ds.id, c.id);
  const rows = scVotesOnAgendas(db, ds.id, [...new Set(agendas)], from, to).map((r) => ({ ...r, memberId: merged(r.memberId, o.mergeSoviet) }));
  const drafts = councilVotes(rows, patrons);
  const notes: string[] = [];
  if (!drafts.length) notes.push(`no draft whose agenda names ${c.name} was put to a vote in the Council in ${from}–${Math.min(to, 2025)} (the workbook covers June 1994–2025)`);
  if (patrons.some((p) => !(PERMANENT as readonly string[]).includes(p))) notes.push('an elected member with no vote recorded is shown as `not a member`: the records do not tell an absent member from one not on the Council');
  return {
    country: country(c), patrons, dataset: ds.id, datasetVersion: ds.version, from, to,
    query: commandLine('unsc', [c.name, '--patrons', patrons.join(','), o.from !== undefined && '--from', o.from, o.to !== undefined && '--to', o.to, o.mergeSoviet && '--merge-soviet']),
    drafts, summary: patronRecords(drafts, patrons), notes,
  };
}

// ---------------------------------------------------------------------------------------------
// vetoes

/** `counterweight vetoes --json`, `GET /api/vetoes`. */
export interface VetoesAnswer {
  by: string | null;
  about: string | null;
  from: number;
  to: number;
  datasets: { list: string | null; records: string | null };
  /** The veto list to its last day, the voting records after it. */
  vetoes: VetoEntry[];
  /** Per vetoing member (ISO3; SUN the Soviet Union), per decade. */
  byDecade: Record<string, Record<string, number>>;
  /** The two sources where both cover the same days. */
  check: VetoCheck | null;
  notes: string[];
  query: string;
}

function listEntries(db: Db, ds: UnDataset | null, from: number, to: number, merge?: boolean): VetoEntry[] {
  if (!ds) return [];
  const byLine = new Map<number, VetoEntry>();
  for (const r of vetoListRows(db, ds.id, from, to)) {
    let e = byLine.get(r.line);
    if (!e) byLine.set(r.line, (e = { date: r.date, draft: r.draft, meeting: r.meeting, agenda: r.agenda, topic: r.topic, vetoedBy: [], source: 'veto list', lines: [r.line] }));
    const id = merged(r.memberId, merge);
    if (!e.vetoedBy.includes(id)) e.vetoedBy.push(id);
  }
  return [...byLine.values()];
}

function recordEntries(db: Db, ds: UnDataset | null, from: number, to: number, merge?: boolean): VetoEntry[] {
  if (!ds) return [];
  const rows = scVetoVotes(db, ds.id, from, to, [...PERMANENT]).map((r) => ({ ...r, memberId: merged(r.memberId, merge) }));
  return councilVotes(rows, [...PERMANENT]).map((v) => ({
    date: v.date, draft: v.draft, meeting: v.meeting, agenda: v.agenda, topic: null, vetoedBy: v.vetoedBy, source: 'voting records' as const, lines: v.lines,
  }));
}

/**
 * The veto list's vetoes of drafts about a state, before a day (the article check's reach back past
 * the voting records): the list only, without the whole record and its consistency check.
 */
export function listedVetoesAbout(db: Db, about: Entity, before: string): VetoEntry[] {
  const list = datasetOfKind(db, 'unsc-vetoes');
  return byDate(listEntries(db, list, 1946, Number(before.slice(0, 4))).filter((v) => v.date < before && vetoAbout(db, v, about)));
}

/** Whether a veto's agenda item or topic names the state. */
// (The cheap spelling test first: most vetoes are about other states, and reading every state's
// names in every agenda cost a cold article check about 5 ms.)
const vetoAbout = (db: Db, v: VetoEntry, about: Entity) => {
  const text = `${v.agenda} ${v.topic ?? ''}`;
  return mayNameState(text, about.id) && statesOf(db, 'vetoes', text).includes(about.id);
};
const byDate = (vs: VetoEntry[]) => vs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

export function vetoesAnswer(db: Db, o: { by?: Entity; about?: Entity; from?: number; to?: number; mergeSoviet?: boolean } = {}): VetoesAnswer {
  const list = datasetOfKind(db, 'unsc-vetoes');
  const records = datasetOfKind(db, 'unsc-votes');
  if (!list && !records) throw new AppError('the store has no veto list (vetoes-*.csv) nor Security Council voting workbook: import them', 3, 503);
  const from = o.from ?? 1946;
  const to = o.to ?? 2100;
  const fromList = listEntries(db, list, 1946, 2100, o.mergeSoviet);
  const fromRecords = recordEntries(db, records, 1946, 2100, o.mergeSoviet);
  const lastListed = fromList.reduce((m, v) => (v.date > m ? v.date : m), '');
  const firstRecorded = fromRecords.length ? fromRecords[0].date : '';
  // The list up to its last day; the voting records after it.
  const all = [...fromList, ...fromRecords.filter((v) => v.date > lastListed)];
  const byId = o.by ? merged(o.by.id, o.mergeSoviet) : null;
  const about = o.about;
  const vetoes = byDate(all
    .filter((v) => Number(v.date.slice(0, 4)) >= from && Number(v.date.slice(0, 4)) <= to)
    .filter((v) => !byId || v.vetoedBy.includes(byId))
    .filter((v) => !about || vetoAbout(db, v, about)));
  const recordsFrom = fromRecords.length ? '1994-06-01' : '';
  const check = fromList.length && fromRecords.length ? checkVetoes(fromList, fromRecords, recordsFrom > firstRecorded ? recordsFrom : recordsFrom, lastListed) : null;
  const notes = [o.mergeSoviet ? MERGED_NOTE : SOVIET_NOTE];
  if (lastListed) notes.push(`the veto list ends on ${lastListed}; later vetoes are read from the Council's voting records (permanent members voting no on a draft that failed by veto)`);
  return {
    by: o.by?.name ?? null, about: o.about?.name ?? null, from, to,
    datasets: { list: list?.id ?? null, records: records?.id ?? null },
    // With --by, the decades of that member's vetoes only (a co-vetoer's are not its record).
    vetoes, byDecade: byId ? { [byId]: vetoesByDecade(vetoes)[byId] ?? {} } : vetoesByDecade(vetoes), check, notes,
    query: commandLine('vetoes', [o.by && '--by', o.by?.name, o.about && '--about', o.about?.name, o.from !== undefined && '--from', o.from, o.to !== undefined && '--to', o.to, o.mergeSoviet && '--merge-soviet']),
  };
}

// ---------------------------------------------------------------------------------------------
// resolutions

export interface GaResolution {
  rcid: number;
  date: string;
  session: number;
  resolution: string | null;
  title: string;
  issues: string[];
  important: boolean;
  amendment: boolean;
  paragraph: boolean;
  /** The country's and each patron's vote (ISO3 → vote, or `absent`: no vote recorded). */
  votes: Record<string, 'yes' | 'no' | 'abstain' | 'absent'>;
  tally: { yes: number; no: number; abstain: number };
  line: number;
}

/** `counterweight resolutions <country> --json`, `GET /api/resolutions/:country`. */
export interface ResolutionsAnswer {
  country: { name: string; iso3: string | null };
  issue: string | null;
  patrons: string[];
  datasets: { rollCalls: string; votes: string; issues: string | null };
  resolutions: GaResolution[];
  /** Per patron (and the country itself): yes, no, abstain and absent over the roll calls shown. */
  summary: Record<string, { yes: number; no: number; abstain: number; absent: number }>;
  notes: string[];
  query: string;
}

export function resolutionsAnswer(db: Db, c: Entity, o: CoverOptions & { issue?: string } = {}): ResolutionsAnswer {
  const rc = need(datasetOfKind(db, 'unga-roll-calls'), 'General Assembly roll-call file (roll_calls.csv)');
  const votes = need(datasetOfKind(db, 'unga-votes'), 'General Assembly member-votes file (unvotes.csv)');
  const issuesDs = datasetOfKind(db, 'unga-issues');
  const issueName = o.issue ? ISSUES[o.issue] ?? null : null;
  if (o.issue && !issueName) throw new AppError(`resolutions --issue: expected one of ${Object.keys(ISSUES).join(', ')}, got "${o.issue}"`, 2, 400);
  const patrons = o.patrons?.length ? o.patrons : ['CHN', 'RUS', 'USA', 'IND'];
  const from = o.from ?? 1946;
  const to = o.to ?? 2100;
  const ids = keysNaming(db, rc.id, c.id).map(Number).sort((a, b) => a - b);
  const issues = rollCallIssues(db, issuesDs?.id ?? null, ids);
  const chosen = rollCalls(db, rc.id, ids).filter((r) => r.year >= from && r.year <= to && (!issueName || (issues.get(r.rcid) ?? []).includes(issueName)));
  const members = [...new Set([c.id, ...patrons])];
  // A patron's vote before 1992 is the Soviet Union's when the patron is Russia and the merge is asked.
  const asked = [...members, ...(o.mergeSoviet && members.includes('RUS') ? ['SUN'] : [])];
  const cast = new Map<string, string>();
  for (const v of gaVotes(db, votes.id, chosen.map((r) => r.rcid), asked)) cast.set(`${v.rcid}|${merged(v.memberId, o.mergeSoviet)}`, GA_VOTE[v.vote]);
  const tallies = gaTallies(db, votes.id, chosen.map((r) => r.rcid));
  const resolutions: GaResolution[] = chosen.map((r) => ({
    rcid: r.rcid, date: r.date, session: r.session, resolution: r.resolution, title: r.short || r.description.slice(0, 160),
    issues: issues.get(r.rcid) ?? [], important: !!r.important, amendment: !!r.amendment, paragraph: !!r.paragraph,
    votes: Object.fromEntries(members.map((m) => [m, (cast.get(`${r.rcid}|${m}`) ?? 'absent') as GaResolution['votes'][string]])),
    tally: tallies.get(r.rcid)!, line: r.line,
  }));
  const summary: ResolutionsAnswer['summary'] = {};
  for (const m of members) {
    const s = { yes: 0, no: 0, abstain: 0, absent: 0 };
    for (const r of resolutions) s[r.votes[m]]++;
    summary[m] = s;
  }
  const notes: string[] = [];
  if (!resolutions.length) notes.push(`no General Assembly roll call names ${c.name} in its title or description${issueName ? ` under the issue “${issueName}”` : ''} (the data cover 1946–2019)`);
  if (members.includes('RUS') && !o.mergeSoviet && resolutions.some((r) => r.date < '1991-12-26')) notes.push(SOVIET_NOTE);
  return {
    country: country(c), issue: issueName, patrons, datasets: { rollCalls: rc.id, votes: votes.id, issues: issuesDs?.id ?? null },
    resolutions, summary, notes,
    query: commandLine('resolutions', [c.name, o.issue && '--issue', o.issue, '--patrons', patrons.join(','), o.from !== undefined && '--from', o.from, o.to !== undefined && '--to', o.to, o.mergeSoviet && '--merge-soviet']),
  };
}

// ---------------------------------------------------------------------------------------------
// alignment --by-issue

export interface IssueAgreement {
  issue: string;
  /** Per patron: the share of roll calls (both voting) where they voted alike, and how many. */
  patrons: Record<string, { share: number | null; votes: number }>;
}

/** `counterweight alignment <country> --by-issue --json`. */
export interface AlignmentByIssueAnswer {
  country: { name: string; iso3: string | null };
  patrons: string[];
  from: number;
  to: number;
  /** Every issue, then all roll calls together (`all`). */
  issues: IssueAgreement[];
  /**
   * The same definition per year over all roll calls, against the ideal-point file's agreement
   * columns: the mean absolute difference, per patron, over the years both give.
   */
  versusIdealPointFile: Record<string, { years: number; meanAbsoluteDifference: number | null }>;
  definition: string;
  datasets: { votes: string; rollCalls: string; issues: string | null; idealPoints: string | null };
  notes: string[];
  query: string;
}

/** A member's GA votes: roll call → vote, and roll call → year. */
interface MemberVotes {
  map: Map<number, number>;
  year: Map<number, number>;
}

function memberVoteMap(db: Db, votes: string, rollCallsDs: string, id: string, from: number, to: number, mergeSoviet?: boolean): MemberVotes {
  const ids = mergeSoviet && id === 'RUS' ? ['RUS', 'SUN'] : [id];
  const map = new Map<number, number>();
  const year = new Map<number, number>();
  for (const m of ids) for (const v of memberVotes(db, votes, rollCallsDs, m, from, to)) {
    map.set(v.rcid, v.vote);
    year.set(v.rcid, v.year);
  }
  return { map, year };
}

/** Per year of `mine`'s votes: the share of roll calls both voted in where they voted alike. */
function yearlyShares(mine: MemberVotes, theirs: MemberVotes): Map<number, { share: number | null; votes: number }> {
  const years = new Map<number, number[]>();
  for (const [rcid, y] of mine.year) years.set(y, [...(years.get(y) ?? []), rcid]);
  return new Map([...years].map(([y, ids]) => [y, agreementShare(mine.map, theirs.map, ids)]));
}

/**
 * Agreement per patron and year computed from the vote-level GA data (the ideal-point file's
 * definition), for releases whose estimates carry no agreement columns; null without that data.
 */
export function voteLevelAgreement(db: Db, c: Entity, patrons: string[], from: number, to: number): { dataset: string; lastYear: number | null; byPatron: Map<string, Map<number, { share: number | null; votes: number }>> } | null {
  const votes = datasetOfKind(db, 'unga-votes');
  const rc = datasetOfKind(db, 'unga-roll-calls');
  if (!votes || !rc) return null;
  const mine = memberVoteMap(db, votes.id, rc.id, c.id, from, to);
  const byPatron = new Map(patrons.map((p) => [p, yearlyShares(mine, memberVoteMap(db, votes.id, rc.id, p, from, to))]));
  const years = [...mine.year.values()];
  return { dataset: votes.id, lastYear: years.length ? Math.max(...years) : null, byPatron };
}

export function alignmentByIssueAnswer(db: Db, c: Entity, o: CoverOptions = {}): AlignmentByIssueAnswer {
  const votes = need(datasetOfKind(db, 'unga-votes'), 'General Assembly member-votes file (unvotes.csv)');
  const rc = need(datasetOfKind(db, 'unga-roll-calls'), 'General Assembly roll-call file (roll_calls.csv)');
  const issuesDs = datasetOfKind(db, 'unga-issues');
  const patrons = o.patrons?.length ? o.patrons : ['USA', 'RUS', 'CHN', 'BRA', 'IND', 'ISR'];
  const from = o.from ?? 1946;
  const to = o.to ?? 2100;
  const votesOf = (id: string) => memberVoteMap(db, votes.id, rc.id, id, from, to, o.mergeSoviet);
  const mine = votesOf(c.id);
  const theirs = Object.fromEntries(patrons.map((p) => [p, votesOf(p)]));
  const issues = rollCallIssues(db, issuesDs?.id ?? null);
  const byIssue = new Map<string, number[]>();
  for (const [rcid, list] of issues) for (const i of list) byIssue.set(i, [...(byIssue.get(i) ?? []), rcid]);
  const rows: IssueAgreement[] = [...byIssue.keys()].sort().map((issue) => ({
    issue,
    patrons: Object.fromEntries(patrons.map((p) => [p, agreementShare(mine.map, theirs[p].map, byIssue.get(issue))])),
  }));
  rows.push({ issue: 'all', patrons: Object.fromEntries(patrons.map((p) => [p, agreementShare(mine.map, theirs[p].map)])) });
  // Per year over all roll calls, against the file's own agreement columns.
  const ideal = ungaDataset(db);
  const versus: AlignmentByIssueAnswer['versusIdealPointFile'] = {};
  if (ideal) {
    const file = new Map<string, number>();
    for (const a of agreementRows(db, ideal.id, c.id, from, to)) if (a.share !== null) file.set(`${a.patron}|${a.year}`, a.share);
    for (const p of patrons) {
      let n = 0;
      let sum = 0;
      for (const [y, ours] of yearlyShares(mine, theirs[p])) {
        const f = file.get(`${p}|${y}`);
        if (f === undefined || ours.share === null) continue;
        n++;
        sum += Math.abs(ours.share - f);
      }
      versus[p] = { years: n, meanAbsoluteDifference: n ? sum / n : null };
    }
  }
  const notes = [o.mergeSoviet ? MERGED_NOTE : SOVIET_NOTE];
  if (!mine.map.size) notes.push(`no General Assembly votes of ${c.name} in ${from}–${Math.min(to, 2019)}`);
  return {
    country: country(c), patrons, from, to, issues: rows, versusIdealPointFile: versus,
    definition: AGREEMENT_DEFINITION,
    datasets: { votes: votes.id, rollCalls: rc.id, issues: issuesDs?.id ?? null, idealPoints: ideal?.id ?? null },
    notes,
    query: commandLine('alignment', [c.name, '--by-issue', '--patrons', patrons.join(','), o.from !== undefined && '--from', o.from, o.to !== undefined && '--to', o.to, o.mergeSoviet && '--merge-soviet']),
  };
}

export const AGREEMENT_DEFINITION =
  'agreement = roll calls where both voted alike (yes–yes, no–no, abstain–abstain) ÷ roll calls where both voted; absences are left out (Voeten’s vote-level data, the ideal-point file’s definition)';

export type { PatronVote };
