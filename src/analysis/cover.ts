// Diplomatic cover, as pure measures over UN voting rows: the Security Council's votes on drafts about
// a country grouped into votes with each patron's part, the veto record from two sources and where
// they disagree, and General Assembly agreement between two members by issue; the brief's section.
import type { BriefAssemblyVote, BriefCouncilVote, BriefCover, NarrativeSentence, Ref } from '../core/brief.js';

/** The Council's permanent members (the Soviet Union held Russia's seat until 1991). */
export const PERMANENT = ['CHN', 'FRA', 'GBR', 'RUS', 'USA', 'SUN'] as const;
const isPermanent = (id: string) => (PERMANENT as readonly string[]).includes(id);

export type PatronVote = 'yes' | 'no' | 'abstain' | 'absent' | 'not a member';

export interface ScRow {
  line: number;
  date: string;
  meeting: string | null;
  draft: string | null;
  draftText: string;
  resolution: string | null;
  agenda: string;
  outcome: 'adopted' | 'vetoed' | 'failed';
  memberId: string;
  vote: 'yes' | 'no' | 'abstain';
}

export interface CouncilVote {
  /** The draft's symbol, else the wording of what was voted on (`Oral amendment 2`), else `procedural vote`. */
  draft: string;
  date: string;
  meeting: string | null;
  resolution: string | null;
  outcome: 'adopted' | 'vetoed' | 'failed';
  agenda: string;
  /** Each patron's vote (ISO3 → vote). */
  votes: Record<string, PatronVote>;
  /** Permanent members who voted no on a draft that failed by veto. */
  vetoedBy: string[];
  tally: { yes: number; no: number; abstain: number };
  /** Every member's vote (ISO3 → vote), patrons or not. */
  members: Record<string, 'yes' | 'no' | 'abstain'>;
  /** Every member that voted no, and every one that abstained (ISO3), patrons or not. */
  against: string[];
  abstaining: string[];
  /** The workbook rows behind it. */
  lines: number[];
}

/**
 * Member rows → one entry per vote (a draft may be voted more than once, in parts: each is a vote),
 * with each patron's vote. A patron with no row: `absent` if it is a permanent member (it sits on the
 * Council), else `not a member` (the rows cannot tell an absent elected member from a non-member).
 */
export function councilVotes(rows: ScRow[], patrons: string[]): CouncilVote[] {
  const byKey = new Map<string, ScRow[]>();
  for (const r of rows) {
    const key = `${r.date}\u0001${r.meeting ?? ''}\u0001${r.draftText}\u0001${r.resolution ?? ''}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(r);
  }
  const out: CouncilVote[] = [];
  for (const list of byKey.values()) {
    const first = list[0];
    const vote = new Map<string, 'yes' | 'no' | 'abstain'>();
    for (const r of list) if (!vote.has(r.memberId)) vote.set(r.memberId, r.vote);
    const votes: Record<string, PatronVote> = {};
    for (const p of patrons) votes[p] = vote.get(p) ?? (isPermanent(p) ? 'absent' : 'not a member');
    const tally = { yes: 0, no: 0, abstain: 0 };
    for (const v of vote.values()) tally[v]++;
    out.push({
      draft: first.draft ?? (first.draftText || 'procedural vote'),
      date: first.date,
      meeting: first.meeting,
      resolution: first.resolution,
      outcome: first.outcome,
      agenda: first.agenda,
      votes,
      vetoedBy: first.outcome === 'vetoed' ? [...vote].filter(([id, v]) => v === 'no' && isPermanent(id)).map(([id]) => id).sort() : [],
      tally,
      members: Object.fromEntries(vote),
      against: [...vote].filter(([, v]) => v === 'no').map(([id]) => id).sort(),
      abstaining: [...vote].filter(([, v]) => v === 'abstain').map(([id]) => id).sort(),
      lines: list.map((r) => r.line),
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface PatronRecord {
  votes: number;
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  notMember: number;
  vetoes: number;
}

/** Per patron: the votes it took part in on the country, and how it voted; its vetoes. */
export function patronRecords(votes: CouncilVote[], patrons: string[]): Record<string, PatronRecord> {
  const out: Record<string, PatronRecord> = {};
  for (const p of patrons) {
    const r: PatronRecord = { votes: votes.length, yes: 0, no: 0, abstain: 0, absent: 0, notMember: 0, vetoes: 0 };
    for (const v of votes) {
      const x = v.votes[p];
      if (x === 'not a member') r.notMember++;
      else r[x]++;
      if (v.vetoedBy.includes(p)) r.vetoes++;
    }
    out[p] = r;
  }
  return out;
}

export interface VetoEntry {
  date: string;
  draft: string | null;
  meeting: string | null;
  agenda: string;
  topic: string | null;
  vetoedBy: string[];
  source: 'veto list' | 'voting records';
  lines: number[];
}

export interface VetoCheck {
  /** The span both sources cover. */
  from: string;
  to: string;
  /** Vetoed drafts compared (in either source within the span). */
  compared: number;
  agreeing: number;
  mismatches: { draft: string; date: string; list: string[] | null; records: string[] | null }[];
}

/** The symbol of a draft as both sources can be compared (`S/2007/14 as orally revised` → `S/2007/14`). */
export const draftKey = (d: string | null): string | null => (d ? (/S\/\d{4}\/\d+|S\/\d+/i.exec(d)?.[0].toUpperCase() ?? null) : null);

/** The veto list against the voting records where both cover the same days: every difference named. */
export function checkVetoes(list: VetoEntry[], records: VetoEntry[], from: string, to: string): VetoCheck {
  const within = (v: VetoEntry) => v.date >= from && v.date <= to;
  const key = (v: VetoEntry) => draftKey(v.draft) ?? `${v.date} ${v.meeting ?? ''}`;
  const a = new Map(list.filter(within).map((v) => [key(v), v]));
  const b = new Map(records.filter(within).map((v) => [key(v), v]));
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const mismatches: VetoCheck['mismatches'] = [];
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    const xs = x ? [...x.vetoedBy].sort() : null;
    const ys = y ? [...y.vetoedBy].sort() : null;
    if (!xs || !ys || xs.join() !== ys.join()) mismatches.push({ draft: k, date: (x ?? y)!.date, list: xs, records: ys });
  }
  return { from, to, compared: keys.length, agreeing: keys.length - mismatches.length, mismatches };
}

/** Vetoes per member and decade (`1990s`). */
export function vetoesByDecade(vetoes: VetoEntry[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const v of vetoes) {
    const decade = `${v.date.slice(0, 3)}0s`;
    for (const m of v.vetoedBy) {
      out[m] ??= {};
      out[m][decade] = (out[m][decade] ?? 0) + 1;
    }
  }
  return out;
}

/** Share of roll calls both members voted in where they voted alike (yes/yes, no/no, abstain/abstain). */
export function agreementShare(a: Map<number, number>, b: Map<number, number>, rcids?: Iterable<number>): { share: number | null; votes: number } {
  let n = 0;
  let same = 0;
  for (const id of rcids ?? a.keys()) {
    const x = a.get(id);
    const y = b.get(id);
    if (x === undefined || y === undefined) continue;
    n++;
    if (x === y) same++;
  }
  return { share: n ? same / n : null, votes: n };
}

// ---------------------------------------------------------------------------------------------
// The brief's section: tables and sentences tied to their rows.


export interface CoverInput {
  country: { name: string; iso3: string | null };
  patrons: string[];
  names: Record<string, string>;
  council: { dataset: string; from: number; to: number; votes: BriefCouncilVote[]; query: string; lines: number[] } | null;
  assembly: { dataset: string; from: number; to: number; votes: (BriefAssemblyVote & { line: number })[]; query: string } | null;
  notes: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthYear = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const listOf = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const ROWS_SHOWN = 50;
const refOf = (query: string, dataset: string, rows: number[]): Ref => ({ query, dataset, rows: rows.slice(0, ROWS_SHOWN), rowCount: rows.length });

/** The section's sentences: who vetoed, who voted against, who abstained — each with its rows. */
export function briefCover(input: CoverInput): BriefCover {
  const { country, patrons, names } = input;
  const name = (id: string) => names[id] ?? id;
  const sentences: NarrativeSentence[] = [];
  const c = input.council;
  if (c) {
    const ref = refOf(c.query, c.dataset, c.lines);
    if (!c.votes.length) {
      sentences.push({ text: `No Security Council draft about ${country.name} was put to a vote in ${c.from}–${c.to}.`, refs: [ref] });
    } else {
      const vetoed = c.votes.filter((v) => v.outcome === 'vetoed');
      for (const v of vetoed) {
        const others = v.against.filter((m) => !v.vetoedBy.includes(m)).map(name);
        sentences.push({
          text: `${listOf(v.vetoedBy.map(name))} vetoed draft ${v.draft} on ${country.name} in ${monthYear(v.date)}${others.length ? ` (${listOf(others)} also voted no)` : ''}.`,
          refs: [ref],
        });
      }
      const adopted = c.votes.filter((v) => v.outcome === 'adopted');
      for (const v of adopted) {
        const abstaining = patrons.filter((p) => v.votes[p] === 'abstain').map(name);
        const label = v.resolution ?? v.draft;
        const dated = /\(\d{4}\)/.test(label) ? label : `${label} (${v.date.slice(0, 4)})`;
        if (abstaining.length) sentences.push({ text: `${listOf(abstaining)} abstained on ${dated}, adopted ${v.tally.yes}–${v.tally.no}–${v.tally.abstain}.`, refs: [ref] });
      }
      if (!vetoed.length) sentences.push({ text: `No draft about ${country.name} was vetoed in ${c.from}–${c.to} (${c.votes.length} vote${c.votes.length === 1 ? '' : 's'} on drafts about it).`, refs: [ref] });
    }
  }
  const a = input.assembly;
  if (a && a.votes.length) {
    const ref = refOf(a.query, a.dataset, a.votes.map((v) => v.line));
    const years = `${a.votes[0].date.slice(0, 4)}–${a.votes[a.votes.length - 1].date.slice(0, 4)}`;
    const counted = patrons.map((p) => ({ p, no: a.votes.filter((v) => v.votes[p] === 'no').length, yes: a.votes.filter((v) => v.votes[p] === 'yes').length }));
    const against = counted.filter((x) => x.no > 0).sort((x, y) => y.no - x.no);
    const forIt = counted.filter((x) => x.no === 0 && x.yes > 0);
    const parts: string[] = [];
    if (against.length) parts.push(`${listOf(against.map((x) => `${name(x.p)} voted against ${x.no}`))}`);
    if (forIt.length) parts.push(`${listOf(forIt.map((x) => name(x.p)))} voted for ${forIt.length === 1 ? `${forIt[0].yes}` : 'them'} and never against`);
    sentences.push({ text: `Of ${a.votes.length} General Assembly roll call${a.votes.length === 1 ? '' : 's'} about ${country.name} (${years}), ${parts.join('; ') || 'the patrons cast no vote'}.`, refs: [ref] });
  }
  return {
    council: c ? { dataset: c.dataset, from: c.from, to: c.to, votes: c.votes, ref: refOf(c.query, c.dataset, c.lines) } : null,
    assembly: a ? { dataset: a.dataset, from: a.from, to: a.to, votes: a.votes.map(({ line: _l, ...v }) => v), ref: refOf(a.query, a.dataset, a.votes.map((v) => v.line)) } : null,
    sentences,
    notes: input.notes,
  };
}
