import { Command } from 'commander';
import { alignmentAnswer, type AlignmentAnswer } from '../engine/alignment.js';
import { withStore } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { formatShare } from '../core/format.js';
import { renderTable, type Column } from '../report/table.js';
import { option, printJson, spanOf, withOutput, withSpan, type CommonOptions, type SpanFlags } from './options.js';

export function renderAlignment(r: AlignmentAnswer): string {
  const caveats = new Map<string, number>();
  const marks = r.years.map((y) => {
    if (!y.caveat) return '';
    if (!caveats.has(y.caveat)) caveats.set(y.caveat, caveats.size + 1);
    return `[${caveats.get(y.caveat)}]`;
  });
  // The note column only when a year has a caveat, and then with a name.
  const head: Column[] = [
    { header: 'Year', align: 'right' }, { header: 'Votes', align: 'right' }, { header: 'Ideal pt', align: 'right' },
    ...r.patrons.map((p) => ({ header: `with ${p}`, align: 'right' as const })), ...(caveats.size ? [{ header: 'Note' }] : []),
  ];
  const rows = r.years.map((y, i) => [
    String(y.year), y.votes == null ? '' : String(y.votes), y.idealPoint == null ? '' : y.idealPoint.toFixed(2),
    ...r.patrons.map((p) => (y.agreement[p] == null ? '—' : formatShare(y.agreement[p]!))), ...(caveats.size ? [marks[i]] : []),
  ]);
  let out = `UNGA voting agreement of ${r.country.name} (share of votes agreeing)\n\n${renderTable(head, rows)}\n`;
  for (const [text, n] of caveats) out += `\n[${n}] ${text}`;
  for (const note of r.notes) out += `\nNote: ${note}`;
  out += `\n\nSource: Bailey, Strezhnev & Voeten, UNGA ideal points (${r.dataset}).\n`;
  return out;
}

export function registerAlignment(program: Command): void {
  const cmd = program
    .command('alignment <country>')
    .description('UN General Assembly voting agreement with the United States, Russia, China and others, year by year')
    .addOption(option('patrons', 'comma-separated reference states (default: every state with an agreement column)'))
    .addOption(option('byIssue', 'agreement per issue (human rights, nuclear, arms control, colonialism, Palestine, development) from the vote-level data'))
    .addOption(option('mergeSoviet', 'with --by-issue: count the Soviet Union as Russia (stated in the output)'));
  withOutput(withSpan(cmd, 'of UNGA sessions (session + 1945)')).action(async (c: string, o: CommonOptions & SpanFlags & { patrons?: string[]; byIssue?: boolean }) => {
    if (o.byIssue) return (await import('./cover.js')).runAlignmentByIssue(c, o);
    const span = spanOf(o);
    const country = resolveParty(c);
    const patrons = o.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    withStore(o, (db) => {
      const r = alignmentAnswer(db, country, { ...span, patrons });
      if (o.json) return printJson(r);
      process.stdout.write(renderAlignment(r));
    });
  });
}
