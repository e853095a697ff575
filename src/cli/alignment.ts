import { Command } from 'commander';
import { alignmentFor } from '../store/alignment.js';
import { resolveParty } from '../store/queries.js';
import { formatShare, renderTable } from '../report/table.js';
import { parseSpan, printJson, withOutput, withSpan, type CommonOptions } from './options.js';
import { withStore } from './session.js';

export function registerAlignment(program: Command): void {
  const cmd = program
    .command('alignment <country>')
    .description('UN General Assembly voting agreement with the United States, Russia, China and others, year by year')
    .option('--patrons <list>', 'comma-separated reference states (default: every state with an agreement column)');
  withOutput(withSpan(cmd, 'of UNGA sessions (session + 1945)')).action((c: string, o: CommonOptions & { from?: string; to?: string; patrons?: string }) => {
    const span = parseSpan(o);
    const country = resolveParty(c);
    const patrons = o.patrons?.split(',').map((p) => resolveParty(p).iso3 ?? p);
    withStore(o, (db) => {
      const r = alignmentFor(db, country, { ...span, patrons, required: true });
      if (o.json) return printJson(r);
      const head = [{ header: 'Year', align: 'right' as const }, { header: 'Votes', align: 'right' as const }, { header: 'Ideal pt', align: 'right' as const },
        ...r.patrons.map((p) => ({ header: `with ${p}`, align: 'right' as const })), { header: '' }];
      const caveats = new Map<string, number>();
      const rows = r.years.map((y) => {
        let mark = '';
        if (y.caveat) {
          if (!caveats.has(y.caveat)) caveats.set(y.caveat, caveats.size + 1);
          mark = `[${caveats.get(y.caveat)}]`;
        }
        return [String(y.year), y.votes == null ? '' : String(y.votes), y.idealPoint == null ? '' : y.idealPoint.toFixed(2),
          ...r.patrons.map((p) => (y.agreement[p] == null ? '—' : formatShare(y.agreement[p]!))), mark];
      });
      let out = `UNGA voting agreement of ${r.country.name} (share of votes agreeing)\n\n${renderTable(head, rows)}\n`;
      for (const [text, n] of caveats) out += `\n[${n}] ${text}`;
      out += `\n\nSource: Bailey, Strezhnev & Voeten, UNGA ideal points (${r.dataset}).\n`;
      process.stdout.write(out);
    });
  });
}
