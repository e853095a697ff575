import { Command } from 'commander';
import { formatCount } from '../core/format.js';
import { financeAnswer, type FinanceAnswer } from '../engine/finance.js';
import { withStore } from '../engine/open.js';
import { resolveParty } from '../engine/party.js';
import { renderTable } from '../report/table.js';
import { printJson, withOutput } from './options.js';

const m = (x: number | null) => (x === null ? '–' : formatCount(Math.round(x)));

export function renderFinance(r: FinanceAnswer): string {
  let out = `Finance and investment: ${r.country.name} (three measures, three units: never added up)\n`;
  const o = r.official;
  if (o) {
    out += `\n1. Chinese official finance — ${o.basis}; ${o.unit}\n`;
    out += `   ${o.years[0]?.year}–${o.years.at(-1)?.year}: ${m(o.total)}${o.peak ? `; peak ${o.peak.year}: ${m(o.peak.amount)}` : ''}\n\n`;
    out += renderTable([{ header: 'Year', align: 'right' }, { header: 'Projects', align: 'right' }, { header: 'US$ m', align: 'right' }], o.years.map((y) => [String(y.year), String(y.projects), m(y.amount)])) + '\n';
    if (o.projects) {
      out += `\n   Projects (${o.projects.count}, ${m(o.projects.total)}): ${Object.entries(o.projects.byFlowClass).map(([k, v]) => `${k} ${v.count} (${m(v.total)})`).join(', ')}; largest:\n`;
      out += renderTable([{ header: 'Year', align: 'right' }, { header: 'US$ m', align: 'right' }, { header: 'Class' }, { header: 'Title' }], o.projects.largest.slice(0, 10).map((p) => [String(p.year ?? ''), m(p.amount), p.flowClass, p.title.length > 60 ? `${p.title.slice(0, 59)}…` : p.title])) + '\n';
    }
    out += `   Caveat: ${o.caveat}.\n`;
  }
  const d = r.deals;
  if (d) {
    out += `\n2. Chinese investment and construction deals — ${d.basis}; ${d.unit}\n`;
    const big = (x: FinanceAnswer['deals'] extends infer T ? T extends { investment: { largest: infer L } } ? L : never : never) => (x ? `largest: ${x.year}, ${x.entity}, ${m(x.amount)}` : 'none');
    out += `   investments: ${d.investment.count} worth ${m(d.investment.total)} (${big(d.investment.largest)})\n`;
    out += `   construction contracts: ${d.construction.count} worth ${m(d.construction.total)} (${big(d.construction.largest)})\n`;
    out += `   troubled deals (apart): ${d.troubled.count} worth ${m(d.troubled.total)}${d.troubled.deals.length ? `: ${d.troubled.deals.map((t) => `${t.year} ${t.entity} ${m(t.amount)}`).join('; ')}` : ''}\n`;
    out += `   Caveat: ${d.caveat}.\n`;
  }
  const p = r.positions;
  if (p) {
    out += `\n3. Direct investment positions in ${r.country.name}${p.year ? `, ${p.year}` : ''} — ${p.basis}; ${p.unit}\n`;
    out += p.bySource.length
      ? renderTable([{ header: 'Investor' }, { header: `${r.country.name}'s report`, align: 'right' }, { header: "Investor's report", align: 'right' }], p.bySource.map((x) => [x.name, `${m(x.hostReport)}${x.hostReportDerived ? ' (derived)' : ''}`, m(x.investorReport)])) + '\n'
      : '   (no positions reported)\n';
    out += `   Caveat: ${p.caveat}.\n`;
  }
  for (const x of r.missing) out += `\nNot in the data: ${x}.`;
  for (const n of r.notes) out += `\nNote: ${n}.`;
  out += `\n\nSources: AidData GCDF 3.0; China Global Investment Tracker (AEI and The Heritage Foundation); IMF Direct Investment Positions. Same answer: ${r.query}\n`;
  return out;
}

export function registerFinance(program: Command): void {
  const cmd = program
    .command('finance <country>')
    .description('Chinese official finance (AidData), Chinese investment and construction deals (AEI tracker), and direct investment positions by source (IMF), each in its own unit');
  withOutput(cmd).action((country: string, o: { db?: string; json?: boolean }) => {
    const c = resolveParty(country);
    withStore(o, (db) => {
      const r = financeAnswer(db, c);
      if (o.json) printJson(r);
      else process.stdout.write(renderFinance(r));
    });
  });
}
