// UN voting rows from the store: Security Council votes on drafts, the veto list, General Assembly
// roll calls, their issues and the members' votes. Plain rows out; what they mean is built in
// analysis/cover.ts and engine/cover.ts.
import type { VetoRow } from '../core/types.js';
import type { SourceKind } from '../sources/detect.js';
import type { Db } from './db.js';

export interface UnDataset {
  id: string;
  version: string | null;
  file: string;
}

/** The newest dataset of a kind, or null. */
export function datasetOfKind(db: Db, kind: SourceKind): UnDataset | null {
  return (db.prepare('SELECT id, version, file FROM datasets WHERE kind = ? ORDER BY imported_at DESC, id DESC').get(kind) as UnDataset | undefined) ?? null;
}

export interface ScVoteDbRow {
  line: number;
  date: string;
  year: number;
  meeting: string | null;
  draft: string | null;
  draftText: string;
  resolution: string | null;
  agenda: string;
  topic: string | null;
  outcome: 'adopted' | 'vetoed' | 'failed';
  memberId: string;
  memberName: string;
  vote: 'yes' | 'no' | 'abstain';
}

const SC_COLUMNS = `line, date, year, meeting, draft, draft_text AS draftText, resolution, agenda, topic, outcome, member_id AS memberId, member_name AS memberName, vote`;

/** The member votes of every vote held under these agenda items, in a span of years, oldest first. */
export function scVotesOnAgendas(db: Db, dataset: string, agendas: string[], from: number, to: number): ScVoteDbRow[] {
  if (!agendas.length) return [];
  const out: ScVoteDbRow[] = [];
  const q = db.prepare(`SELECT ${SC_COLUMNS} FROM sc_votes WHERE dataset = ? AND agenda = ? AND year BETWEEN ? AND ? ORDER BY date, meeting, line`);
  for (const a of agendas) out.push(...(q.all(dataset, a, from, to) as ScVoteDbRow[]));
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.line - y.line));
}

/** The permanent members' `no` votes on vetoed drafts: the vetoes as the voting records show them. */
export function scVetoVotes(db: Db, dataset: string, from: number, to: number, permanent: string[]): ScVoteDbRow[] {
  return db
    .prepare(`SELECT ${SC_COLUMNS} FROM sc_votes WHERE dataset = ? AND outcome = 'vetoed' AND vote = 'no' AND year BETWEEN ? AND ?
              AND member_id IN (${permanent.map(() => '?').join(', ')}) ORDER BY date, line`)
    .all(dataset, from, to, ...permanent) as ScVoteDbRow[];
}

/** A veto list row with one of its vetoing members. */
export interface VetoDbRow extends Omit<VetoRow, 'vetoedBy'> {
  memberId: string;
  memberName: string;
}

/** The veto list's rows, one per vetoing member, oldest first. */
export function vetoListRows(db: Db, dataset: string, from: number, to: number): VetoDbRow[] {
  return db
    .prepare(`SELECT v.line, v.date, v.year, v.draft, v.meeting, v.agenda, v.topic, v.region, m.member_id AS memberId, m.member_name AS memberName
              FROM vetoes v JOIN veto_members m ON m.dataset = v.dataset AND m.line = v.line
              WHERE v.dataset = ? AND v.year BETWEEN ? AND ? ORDER BY v.date, v.line, m.member_id`)
    .all(dataset, from, to) as VetoDbRow[];
}

export interface RollCallDbRow {
  rcid: number;
  line: number;
  session: number;
  important: number;
  date: string;
  year: number;
  resolution: string | null;
  amendment: number;
  paragraph: number;
  short: string;
  description: string;
}

export function rollCalls(db: Db, dataset: string, rcids: number[]): RollCallDbRow[] {
  const q = db.prepare('SELECT rcid, line, session, important, date, year, resolution, amendment, paragraph, short, description FROM ga_roll_calls WHERE dataset = ? AND rcid = ?');
  return rcids.map((id) => q.get(dataset, id) as RollCallDbRow | undefined).filter((r): r is RollCallDbRow => !!r).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rcid - b.rcid));
}

/** The issues of roll calls (rcid → issues). */
export function rollCallIssues(db: Db, dataset: string | null, rcids?: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!dataset) return out;
  const rows = rcids
    ? rcids.flatMap((id) => db.prepare('SELECT rcid, issue FROM ga_issues WHERE dataset = ? AND rcid = ?').all(dataset, id) as { rcid: number; issue: string }[])
    : (db.prepare('SELECT rcid, issue FROM ga_issues WHERE dataset = ?').all(dataset) as { rcid: number; issue: string }[]);
  for (const r of rows) out.set(r.rcid, [...(out.get(r.rcid) ?? []), r.issue]);
  return out;
}

/** Votes codes of the store (1 yes, 2 abstain, 3 no). */
export const GA_VOTE = { 1: 'yes', 2: 'abstain', 3: 'no' } as const;

/** These members' votes in these roll calls. */
export function gaVotes(db: Db, dataset: string, rcids: number[], memberIds: string[]): { rcid: number; memberId: string; vote: 1 | 2 | 3; line: number }[] {
  const q = db.prepare('SELECT rcid, member_id AS memberId, vote, line FROM ga_votes WHERE dataset = ? AND rcid = ? AND member_id = ?');
  const out: { rcid: number; memberId: string; vote: 1 | 2 | 3; line: number }[] = [];
  for (const rcid of rcids) for (const m of memberIds) {
    const r = q.get(dataset, rcid, m) as (typeof out)[number] | undefined;
    if (r) out.push(r);
  }
  return out;
}

/** The tally of each of these roll calls: yes, no and abstain counts over every member. */
export function gaTallies(db: Db, dataset: string, rcids: number[]): Map<number, { yes: number; no: number; abstain: number }> {
  const q = db.prepare('SELECT vote, COUNT(*) AS n FROM ga_votes WHERE dataset = ? AND rcid = ? GROUP BY vote');
  const out = new Map<number, { yes: number; no: number; abstain: number }>();
  for (const rcid of rcids) {
    const t = { yes: 0, no: 0, abstain: 0 };
    for (const r of q.all(dataset, rcid) as { vote: 1 | 2 | 3; n: number }[]) t[GA_VOTE[r.vote]] += r.n;
    out.set(rcid, t);
  }
  return out;
}

/** Every vote a member cast, with its roll call's year (for agreement by year and issue). */
export function memberVotes(db: Db, votes: string, rollCallsDs: string, memberId: string, from: number, to: number): { rcid: number; year: number; vote: 1 | 2 | 3 }[] {
  return db
    .prepare(`SELECT v.rcid, r.year, v.vote FROM ga_votes v JOIN ga_roll_calls r ON r.dataset = ? AND r.rcid = v.rcid
              WHERE v.dataset = ? AND v.member_id = ? AND r.year BETWEEN ? AND ?`)
    .all(rollCallsDs, votes, memberId, from, to) as { rcid: number; year: number; vote: 1 | 2 | 3 }[];
}

/** Every member's vote (ISO3 or id → vote) in these roll calls. */
export function allGaVotes(db: Db, dataset: string, rcids: number[]): Map<number, Record<string, 'yes' | 'no' | 'abstain'>> {
  const q = db.prepare('SELECT member_id AS m, vote FROM ga_votes WHERE dataset = ? AND rcid = ?');
  const out = new Map<number, Record<string, 'yes' | 'no' | 'abstain'>>();
  for (const rcid of rcids) {
    const votes: Record<string, 'yes' | 'no' | 'abstain'> = {};
    for (const r of q.all(dataset, rcid) as { m: string; vote: 1 | 2 | 3 }[]) votes[r.m] = GA_VOTE[r.vote];
    out.set(rcid, votes);
  }
  return out;
}

/** The keys (agenda items, or roll-call ids as text) whose text names the entity, found at import. */
export function keysNaming(db: Db, dataset: string, entityId: string): string[] {
  return db.prepare('SELECT key FROM named_states WHERE dataset = ? AND entity_id = ?').pluck().all(dataset, entityId) as string[];
}
