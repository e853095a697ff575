// The brief's economic ties and means, in sentences tied to their rows: the top trade partner and
// each patron's share and rank (now and ten years before), and the military spending trend. Pure:
// the engine fetches the figures (engine/brief.ts), this says what they show.
import type { BriefEconomy, BriefTradeStanding, NarrativeSentence } from '../core/brief.js';
import { formatPercent, formatUsdMillions, listNames } from '../core/format.js';

export type EconomyInput = Omit<BriefEconomy, 'sentences'> & { country: { name: string }; names: Record<string, string> };

const usd = formatUsdMillions;

function standing(name: string, s: BriefTradeStanding): string {
  return s.rank === null ? `${name} no reported trade` : `${name} ${formatPercent(s.share)} (rank ${s.rank})`;
}

export function briefEconomy(input: EconomyInput): BriefEconomy {
  const { country, trade, milex, names } = input;
  const sentences: NarrativeSentence[] = [];
  if (trade && trade.top) {
    const t = trade.top;
    sentences.push({
      text: `${t.name} was ${country.name}’s largest trade partner in ${trade.year}: ${formatPercent(t.share)} of its trade with the world as ${country.name} reported it (${usd(t.total)}${t.mirrorTotal !== null ? `; ${usd(t.mirrorTotal)} by ${t.name}’s own report` : ''}).`,
      refs: [trade.ref],
    });
    const all = Object.entries(trade.patrons);
    const patrons = all.filter(([iso3]) => iso3 !== t.iso3);
    if (all.length) {
      const now = patrons.map(([iso3, p]) => standing(names[iso3] ?? iso3, p.now));
      const moved = all
        .filter(([, p]) => p.now.share !== null && p.then.share !== null && Math.abs(p.now.share - p.then.share) >= 0.01)
        .map(([iso3, p]) => `${names[iso3] ?? iso3} ${p.now.share! > p.then.share! ? 'up' : 'down'} from ${formatPercent(p.then.share)}`);
      sentences.push({
        text: `${now.length ? `Its other patrons’ shares of that trade: ${listNames(now)}` : 'Its patrons’ shares of that trade'}${moved.length ? `; since ${trade.earlier}: ${listNames(moved)}` : `; little changed since ${trade.earlier}`}.`,
        refs: [trade.ref],
      });
    }
  }
  if (milex) {
    const known = milex.years.filter((y) => y.constantUsd !== null);
    const last = known.at(-1);
    const first = known.find((y) => last && y.year >= last.year - 10);
    if (last && first && first !== last) {
      const change = (last.constantUsd! - first.constantUsd!) / first.constantUsd!;
      const uncertain = milex.years.filter((y) => y.uncertain).map((y) => y.year);
      sentences.push({
        text: `Military spending was ${usd(last.constantUsd)} in ${last.year} (constant US$${last.shareOfGdp !== null ? `, ${formatPercent(last.shareOfGdp)} of GDP` : ''}), ${change >= 0 ? 'up' : 'down'} ${formatPercent(Math.abs(change))} from ${first.year}${uncertain.length ? `; SIPRI marks ${listNames(uncertain.map(String))} as highly uncertain` : ''}.`,
        refs: [milex.ref],
      });
    }
  }
  return { trade, milex, sentences, notes: input.notes };
}
