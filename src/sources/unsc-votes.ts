// The Security Council voting workbook (sc-voting-1994-2025.xlsx): one row per draft × member, failed
// drafts included. Pure: the sheet's rows in (store/workbook.ts reads the file), typed rows and
// problems out; every row of the sheet is stored, rejected with its reason, or counted as blank.
import { AppError } from '../core/errors.js';
import type { LineAccount, Problem, ReadResult, ScOutcome, ScVoteRow, UnVote } from '../core/types.js';
import { findColumn } from './columns.js';
import { rowError, rowWarning } from './problem.js';
import { excelDate, findSheetHeader, type CellValue, type Sheet } from './sheet.js';

const COLUMNS = {
  year: ['Year'],
  date: ['Date,', 'Date'],
  resolution: ['Resolution'],
  meeting: ['Meeting'],
  draft: ['Draft'],
  agenda: ['Agenda item', 'Agenda'],
  category: ['Category'],
  region: ['Region'],
  submittedBy: ['Submitted by'],
  outcome: ['Outcome results', 'Outcome'],
  vote: ['Vote'],
  member: ['Member State', 'Member'],
  membership: ['Membership_Status', 'Membership status'],
  topic: ['Topic'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['year', 'date', 'draft', 'agenda', 'outcome', 'vote', 'member'];

export function isScVotesHeader(keys: string[]): boolean {
  return REQUIRED.every((c) => findColumn(keys, COLUMNS[c]) >= 0);
}

/** The file's outcome wordings → what became of the draft. */
export function scOutcome(text: string): ScOutcome | null {
  const t = text.trim().toLowerCase();
  if (t.startsWith('adopted')) return 'adopted';
  if (/^not adopted\s*-\s*veto/.test(t)) return 'vetoed';
  if (/^not adopted\s*-\s*failed/.test(t)) return 'failed';
  return null;
}

const VOTES: Record<string, UnVote> = { yes: 'yes', no: 'no', abstain: 'abstain', abstention: 'abstain' };
const text = (v: CellValue): string => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

export function readScVotes(sheet: Sheet, file: string): ReadResult<ScVoteRow> {
  const header = findSheetHeader(sheet, isScVotesHeader);
  if (!header) throw new AppError(`${file}: not the Security Council voting workbook (no header with Year, Date, Draft, Agenda item, Outcome results, Vote, Member State)`);
  const at = Object.fromEntries((Object.keys(COLUMNS) as Column[]).map((c) => [c, findColumn(header.keys, COLUMNS[c])])) as Record<Column, number>;
  const problems: Problem[] = [];
  const rows: ScVoteRow[] = [];
  const headerRow = sheet.rows[header.index].row;
  // Rows above the header are its preamble; empty rows below it are blank lines.
  const lines: LineAccount = { total: sheet.rowCount, preamble: headerRow, blank: 0, records: 0, continuation: 0, other: 0 };
  lines.blank = sheet.rowCount - headerRow - (sheet.rows.length - header.index - 1);
  let rejected = 0;
  let duplicates = 0;
  const seen = new Map<string, number>();
  for (const r of sheet.rows.slice(header.index + 1)) {
    lines.records++;
    const cell = (c: Column) => (at[c] >= 0 ? text(r.cells[at[c]] ?? null) : '');
    const fail = (c: Column, message: string) => {
      rejected++;
      problems.push(rowError(file, r.row, header.labels[at[c]] ?? c, message));
    };
    const year = Number(cell('year'));
    if (!Number.isInteger(year) || year < 1945 || year > 2100) { fail('year', `not a year: "${cell('year')}"`); continue; }
    const date = excelDate(r.cells[at.date] ?? null);
    if (!date) { fail('date', `not a date: "${cell('date')}"`); continue; }
    // The symbol wherever the cell gives one (`S/2007/14 as orally revised`, `para 3 of S/1995/394`,
    // `s/1996/5`); votes on an oral amendment or a committee report have none, and keep their wording.
    const draftAsWritten = cell('draft');
    const symbol = /\b[Ss]\/(\d{4}\/\d+|\d+(?:\/Rev\.\d+)?)/.exec(draftAsWritten)?.[1];
    const draft = symbol ? `S/${symbol}` : null;
    // Neither draft nor resolution: a procedural vote (a motion put in a meeting); kept, by its meeting.
    const outcomeText = cell('outcome');
    const outcome = scOutcome(outcomeText);
    if (!outcome) { fail('outcome', `unknown outcome: "${outcomeText}"`); continue; }
    const vote = VOTES[cell('vote').toLowerCase()];
    if (!vote) { fail('vote', `not Yes, No or Abstain: "${cell('vote')}"`); continue; }
    const member = cell('member');
    if (!member) { fail('member', 'missing'); continue; }
    if (date.slice(0, 4) !== String(year)) problems.push(rowWarning(file, r.row, header.labels[at.year], `year ${year} differs from the date ${date}; the date is kept`));
    // Several votes under one symbol happen (a draft voted in parts, in one meeting): a member's row
    // that repeats an earlier one field for field is kept — it is another vote — and counted.
    const key = `${draftAsWritten}\u0001${cell('meeting')}\u0001${member}\u0001${vote}\u0001${cell('resolution')}`;
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates++;
      problems.push(rowWarning(file, r.row, undefined, `same member, draft, meeting and vote as row ${first} (${member} on ${draftAsWritten || cell('resolution')}): a second vote under one symbol, kept`));
    } else seen.set(key, r.row);
    const opt = (c: Column) => cell(c) || null;
    rows.push({
      line: r.row, year, date, resolution: opt('resolution'), meeting: opt('meeting'), draft, draftAsWritten, agenda: cell('agenda'),
      category: opt('category'), region: opt('region'), submittedBy: opt('submittedBy'), outcome, outcomeText, vote, member,
      membership: opt('membership'), topic: opt('topic'),
    });
  }
  return { file, version: null, rows, problems, recordsRead: rows.length + rejected, rejected, duplicates, lines };
}
