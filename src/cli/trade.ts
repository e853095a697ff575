import { Command } from 'commander';
import { formatShare, groupDigits } from '../core/format.js';
import { withStore } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { tradeAnswer, type TradeAnswer, type TradeFlow, type TradePartner } from '../engine/trade.js';
import { renderTable } from '../report/table.js';
import { option, printJson, spanOf, withOutput, withSpan, type CommonOptions, type SpanFlags } from './options.js';

interface Opts extends CommonOptions, SpanFlags {
  year?: number;
  patrons?: string[];
  limit?: number;
}

/** US$ m as a table prints it; `–` where nothing was reported (never 0); `*` marks IMF estimates. */
function money(f: TradeFlow | number | null): string {
  if (f === null) return '–';
  if (typeof f === 'number') return groupDigits(f, 0);
  return f.value === null ? '–' : `${groupDigits(f.value, 0)}${f.estimatedYears.length ? '*' : ''}`;
}

function rows(list: TradePartner[]): string[][] {
  return list.map((p) => [
    p.rank === null ? '–' : String(p.rank), p.name, p.iso3 ?? '', money(p.exports), money(p.imports), money(p.total),
    p.share === null ? '–' : p.share < 0.01 ? `${(p.share * 100).toFixed(2)} %` : formatShare(p.share), money(p.mirror?.total ?? null), p.gap === null ? '–' : `${p.gap > 0 ? '+' : ''}${groupDigits(p.gap, 0)}`,
  ]);
}

const COLUMNS = [
  { header: '#', align: 'right' as const }, { header: 'Partner' }, { header: 'ISO3' }, { header: 'Exports', align: 'right' as const },
  { header: 'Imports', align: 'right' as const }, { header: 'Total', align: 'right' as const }, { header: 'Share', align: 'right' as const },
  { header: 'Partner says', align: 'right' as const }, { header: 'Gap', align: 'right' as const },
];

export function renderTrade(r: TradeAnswer): string {
  const span = r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
  let out = `Trade of ${r.country.name}, ${span} (US$ millions, as ${r.country.name} reported it; "partner says" = the partner's own report)\n`;
  out += `With the world: ${money(r.world.total)} (exports ${money(r.world.exports)}, imports ${money(r.world.imports)})\n\n`;
  out += `Patrons:\n${renderTable(COLUMNS, rows(r.patrons))}\n\n`;
  out += `Partners, largest first (${r.partners.length} of ${r.partnerCount}; aggregates such as World or Euro Area are never ranked):\n${renderTable(COLUMNS, rows(r.partners))}\n`;
  out += '\n* includes IMF estimates. – = not reported (not zero).\n';
  for (const n of r.notes) out += `Note: ${n}.\n`;
  out += `\nSource: International Monetary Fund, Direction of Trade Statistics (${r.dataset}). Same answer: ${r.query}\n`;
  return out;
}

export function registerTrade(program: Command): void {
  const cmd = program
    .command('trade <country>')
    .description('trade partners of a country: exports, imports, share of its trade with the world, each patron’s share and rank, and what each partner reported (mirror)')
    .addOption(option('year', 'one year (default: the last year of the data)'))
    .addOption(option('patrons', 'comma-separated patrons to show apart (default: China, Russia, United States, India, Japan)'))
    .addOption(option('limit', 'partners to list (default 15)'));
  withOutput(withSpan(cmd, 'of trade')).action((country: string, o: Opts) => {
    const span = spanOf(o);
    const c = resolveParty(country);
    const patrons = o.patrons?.map((p) => resolveParty(p, 'patron').iso3 ?? p);
    withStore(o, (db) => {
      const r = tradeAnswer(db, c, { year: o.year, ...span, patrons, limit: o.limit ?? 15 });
      if (o.json) printJson(r);
      else process.stdout.write(renderTrade(r));
    });
  });
}
