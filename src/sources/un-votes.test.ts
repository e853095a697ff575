import { describe, expect, it } from 'vitest';
import type { GaVoteRow } from '../core/types.js';
import { readGaVotes } from './un-votes.js';

const read = (csv: string) => {
  const rows: GaVoteRow[] = [];
  const r = readGaVotes(Buffer.from(csv), 'votes.csv', (row) => rows.push(row));
  return { ...r, rows };
};

describe('readGaVotes', () => {
  it('a member voting twice in one roll call: the repeat is counted and rejected with its line, the first stands', () => {
    const r = read('rcid,country,country_code,vote\n3,Cuba,CU,yes\n3,Peru,PE,no\n4,Cuba,CU,no\n3,Cuba,CU,abstain\n');
    expect(r.rows.map((x) => `${x.rcid} ${x.country} ${x.vote}`)).toEqual(['3 Cuba yes', '3 Peru no', '4 Cuba no']);
    expect(r).toMatchObject({ stored: 3, rejected: 1, duplicates: 1 });
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({ file: 'votes.csv', line: 5, message: expect.stringMatching(/Cuba votes twice in roll call 3/) });
  });

  it('holds beyond 4,096 member names (the numeric key gives way to a wider one)', () => {
    const members = Array.from({ length: 4200 }, (_, i) => `Member ${i}`);
    const csv = ['rcid,country,country_code,vote', ...members.map((m) => `7,${m},,yes`), '7,Member 4150,,no', '7,Member 10,,no', '8,Member 4150,,no'].join('\n');
    const r = read(csv);
    expect(r).toMatchObject({ stored: 4201, rejected: 2, duplicates: 2 });
  });
});
