// `unsc`, `vetoes`, `resolutions`: diplomatic cover on the command line, as tables or --json (the
// same JSON as the API). The answers are built in engine/cover.ts.
import { Command } from 'commander';
import { alignmentByIssueAnswer, resolutionsAnswer, unscAnswer, vetoesAnswer, type AlignmentByIssueAnswer, type ResolutionsAnswer, type UnscAnswer, type VetoesAnswer } from '../engine/cover.js';
import { withStore } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { formatShare } from '../core/format.js';
import { renderTable } from '../report/table.js';
import { option, printJson, spanOf, withOutput, withSpan, type CommonOptions, type SpanFlags } from './options.js';

const OUTCOME: Record<string, string> = { adopted: 'adopted', vetoed: 'VETOED', failed: 'failed' };

export function renderUnsc(r: UnscAnswer): string {
  let out = `Security Council votes on drafts about ${r.country.name}, ${r.from}–${Math.min(r.to, 2025)}\n\n`;
  if (r.drafts.length) {
    out += renderTable(
      [{ header: 'Date' }, { header: 'Draft' }, { header: 'Resolution' }, { header: 'Outcome' }, ...r.patrons.map((p) => ({ header: p })), { header: 'Vetoed by' }, { header: 'Also no' }],
      r.drafts.map((d) => [
        d.date, d.draft, d.resolution ?? '', OUTCOME[d.outcome], ...r.patrons.map((p) => d.votes[p]), d.vetoedBy.join(', '),
        d.against.filter((m) => !d.vetoedBy.includes(m) && !r.patrons.includes(m)).join(', '),
      ]),
    );
    out += '\n\nPer patron (of the votes above):\n';
    out += renderTable(
      [{ header: 'Patron' }, { header: 'Yes', align: 'right' }, { header: 'No', align: 'right' }, { header: 'Abstain', align: 'right' }, { header: 'Absent', align: 'right' }, { header: 'Not a member', align: 'right' }, { header: 'Vetoes', align: 'right' }],
      r.patrons.map((p) => { const s = r.summary[p]; return [p, String(s.yes), String(s.no), String(s.abstain), String(s.absent), String(s.notMember), String(s.vetoes)]; }),
    );
    out += '\n';
  }
  for (const n of r.notes) out += `\nNote: ${n}`;
  return `${out}\n\nSource: UN Security Council voting records (${r.dataset}). Query: ${r.query}\n`;
}

export function renderVetoes(r: VetoesAnswer): string {
  const what = [r.by && `by ${r.by}`, r.about && `about ${r.about}`].filter(Boolean).join(', ');
  let out = `Vetoes in the Security Council${what ? `, ${what}` : ''}, ${r.from}–${Math.min(r.to, 2025)}: ${r.vetoes.length}\n\n`;
  out += renderTable(
    [{ header: 'Date' }, { header: 'Draft' }, { header: 'Vetoed by' }, { header: 'Agenda' }, { header: 'Source' }],
    r.vetoes.map((v) => [v.date, v.draft ?? v.meeting ?? '', v.vetoedBy.join(', '), v.agenda.length > 70 ? `${v.agenda.slice(0, 69)}…` : v.agenda, v.source]),
  );
  const decades = [...new Set(Object.values(r.byDecade).flatMap((d) => Object.keys(d)))].sort();
  out += '\n\nPer member and decade:\n' + renderTable(
    [{ header: 'Member' }, ...decades.map((d) => ({ header: d, align: 'right' as const })), { header: 'All', align: 'right' }],
    Object.entries(r.byDecade).sort().map(([m, d]) => [m, ...decades.map((x) => String(d[x] ?? '')), String(Object.values(d).reduce((a, b) => a + b, 0))]),
  );
  if (r.check) {
    out += `\n\nThe veto list against the voting records, ${r.check.from} – ${r.check.to}: ${r.check.agreeing} of ${r.check.compared} vetoed drafts agree`;
    for (const m of r.check.mismatches) out += `\n  ${m.date} ${m.draft}: list ${m.list ? m.list.join(', ') : 'has none'}, records ${m.records ? m.records.join(', ') : 'have none'}`;
  }
  for (const n of r.notes) out += `\nNote: ${n}`;
  return `${out}\n\nSources: ${[r.datasets.list, r.datasets.records].filter(Boolean).join(', ')}. Query: ${r.query}\n`;
}

export function renderResolutions(r: ResolutionsAnswer): string {
  const members = [r.country.iso3 ?? r.country.name, ...r.patrons.filter((p) => p !== r.country.iso3)];
  let out = `General Assembly roll calls about ${r.country.name}${r.issue ? ` (${r.issue})` : ''}: ${r.resolutions.length}\n\n`;
  if (r.resolutions.length) {
    out += renderTable(
      [{ header: 'Date' }, { header: 'Resolution' }, { header: 'Title' }, ...members.map((m) => ({ header: m })), { header: 'Yes–No–Abst.', align: 'right' }],
      r.resolutions.map((x) => [x.date, x.resolution ?? '', x.title.length > 48 ? `${x.title.slice(0, 47)}…` : x.title, ...members.map((m) => x.votes[m] ?? ''), `${x.tally.yes}–${x.tally.no}–${x.tally.abstain}`]),
    );
    out += '\n';
  }
  for (const n of r.notes) out += `\nNote: ${n}`;
  return `${out}\n\nSources: UN General Assembly voting data, Voeten et al. (${r.datasets.rollCalls}, ${r.datasets.votes}). Query: ${r.query}\n`;
}

export function renderAlignmentByIssue(r: AlignmentByIssueAnswer): string {
  let out = `UN General Assembly agreement of ${r.country.name} by issue, ${r.from}–${Math.min(r.to, 2019)} (share of roll calls voted alike; roll calls in brackets)\n\n`;
  out += renderTable(
    [{ header: 'Issue' }, ...r.patrons.map((p) => ({ header: `with ${p}`, align: 'right' as const }))],
    r.issues.map((i) => [i.issue, ...r.patrons.map((p) => { const s = i.patrons[p]; return s.share === null ? '—' : `${formatShare(s.share)} (${s.votes})`; })]),
  );
  out += `\n\nDefinition: ${r.definition}.`;
  const diffs = Object.entries(r.versusIdealPointFile).filter(([, d]) => d.meanAbsoluteDifference !== null);
  if (diffs.length) out += `\nAgainst the ideal-point file's own agreement, year by year: ${diffs.map(([p, d]) => `${p} ${(100 * d.meanAbsoluteDifference!).toFixed(1)} points on average over ${d.years} years`).join('; ')}.`;
  for (const n of r.notes) out += `\nNote: ${n}`;
  return `${out}\n\nQuery: ${r.query}\n`;
}

type CoverFlags = CommonOptions & SpanFlags & { patrons?: string[] };
const patronIds = (list: string[] | undefined) => list?.map((p) => resolveParty(p, 'patron').iso3 ?? resolveParty(p, 'patron').id);

export function registerCover(program: Command): void {
  withOutput(withSpan(program
    .command('unsc <country>')
    .description('every Security Council vote on a draft about the country (1994–2025): outcome, each patron’s vote, vetoes')
    .addOption(option('patrons', 'comma-separated states (default: the five permanent members)'))
    .addOption(option('mergeSoviet', 'count the Soviet Union as Russia (stated in the output)')), 'of votes'))
    .action((c: string, o: CoverFlags) => {
      const country = resolveParty(c);
      withStore(o, (db) => {
        const r = unscAnswer(db, country, { ...spanOf(o), patrons: patronIds(o.patrons), mergeSoviet: o.mergeSoviet });
        if (o.json) printJson(r);
        else process.stdout.write(renderUnsc(r));
      });
    });

  withOutput(withSpan(program
    .command('vetoes')
    .description('the veto record: the veto list (1946–2022), then the voting records; checked against each other where both cover')
    .addOption(option('by', 'only vetoes cast by this member'))
    .addOption(option('about', 'only vetoes of drafts about this country'))
    .addOption(option('mergeSoviet', 'count the Soviet Union as Russia (stated in the output)')), 'of vetoes'))
    .action((o: CoverFlags & { by?: string; about?: string }) => {
      const by = o.by ? resolveParty(o.by, 'by') : undefined;
      const about = o.about ? resolveParty(o.about, 'about') : undefined;
      withStore(o, (db) => {
        const r = vetoesAnswer(db, { by, about, ...spanOf(o), mergeSoviet: o.mergeSoviet });
        if (o.json) printJson(r);
        else process.stdout.write(renderVetoes(r));
      });
    });

  withOutput(withSpan(program
    .command('resolutions <country>')
    .description('General Assembly roll calls about the country (its name in the title or description), with its and each patron’s vote')
    .addOption(option('issue', 'only roll calls on this issue: human-rights, nuclear, arms-control, colonialism, palestine, development'))
    .addOption(option('patrons', 'comma-separated states (default: China, Russia, United States, India)'))
    .addOption(option('mergeSoviet', 'count the Soviet Union as Russia (stated in the output)')), 'of roll calls'))
    .action((c: string, o: CoverFlags & { issue?: string }) => {
      const country = resolveParty(c);
      withStore(o, (db) => {
        const r = resolutionsAnswer(db, country, { ...spanOf(o), issue: o.issue, patrons: patronIds(o.patrons), mergeSoviet: o.mergeSoviet });
        if (o.json) printJson(r);
        else process.stdout.write(renderResolutions(r));
      });
    });
}

/** `alignment <country> --by-issue`: agreement per issue from the vote-level data. */
export function runAlignmentByIssue(c: string, o: CoverFlags): void {
  const country = resolveParty(c);
  withStore(o, (db) => {
    const r = alignmentByIssueAnswer(db, country, { ...spanOf(o), patrons: patronIds(o.patrons), mergeSoviet: o.mergeSoviet });
    if (o.json) printJson(r);
    else process.stdout.write(renderAlignmentByIssue(r));
  });
}
