// The article check's view of the arms engine (article/oracle.ts), over an arms session.
import type { ArmsOracle, InvestmentOracle, MilexOracle, OracleInvestment, OracleMilex, OracleTrade, OracleUnVote, OracleUnVotes, TradeOracle, UnOracle } from '../article/oracle.js';
import { financeAnswer } from './finance.js';
import { commandLine } from '../core/command-line.js';
import { milexAnswer } from './milex.js';
import { milexDataset } from '../store/milex.js';
import { tradeDataset } from '../store/trade.js';
import { tradeAnswer } from './trade.js';
import { computeShares } from '../analysis/shares.js';
import { lookupEntity } from '../entities/registry.js';
import { queryFor, spanOf } from '../store/context.js';
import { allEntities, dealRecords, tivByCounterpart, tivBySide } from '../store/queries.js';
import type { ArmsSession } from './open.js';
import type { Db } from '../store/db.js';
import { allGaVotes, datasetOfKind } from '../store/un.js';
import { resolutionsAnswer, unscAnswer, listedVetoesAbout } from './cover.js';

/**
 * Answers are memoised for the session (the store does not change under it, and an article — or a
 * batch of them — asks the same few questions again and again: one query per distinct question keeps
 * the check linear in the number of claims). The cache is bounded; the oldest half goes when full.
 */
const CACHE_LIMIT = 2_000;
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(...args);
    if (cache.size >= CACHE_LIMIT) for (const k of [...cache.keys()].slice(0, CACHE_LIMIT / 2)) cache.delete(k);
    cache.set(key, value);
    return value;
  };
}

export function armsOracle(s: ArmsSession): ArmsOracle {
  const oracle = uncachedOracle(s);
  return { ...oracle, suppliers: memo(oracle.suppliers), transfers: memo(oracle.transfers), flow: memo(oracle.flow!), ranking: memo(oracle.ranking!) };
}

function uncachedOracle(s: ArmsSession): ArmsOracle {
  const { db, ctx } = s;
  return {
    resolve(name) {
      const e = lookupEntity(name);
      return e ? { name: e.name, iso3: e.iso3 } : null;
    },
    suppliers(recipient, from, to, category) {
      const e = lookupEntity(recipient);
      const query = queryFor(ctx, 'suppliers', [e?.name ?? recipient, '--from', from, '--to', to, category && '--category', category]);
      if (!e) return { totalTiv: 0, suppliers: [], query, dataset: ctx.dataset.id };
      const { totalTiv, shares } = computeShares(tivByCounterpart(db, ctx, 'recipient', e, { from, to }, category ?? null));
      return { totalTiv, suppliers: shares, query, dataset: `${ctx.dataset.id} (${ctx.dataset.version})` };
    },
    transfers(recipient, supplier) {
      const r = lookupEntity(recipient);
      const sup = supplier ? lookupEntity(supplier) : null;
      const query = queryFor(ctx, 'orders', [r?.name ?? recipient, supplier && '--supplier', sup?.name ?? supplier]);
      const dataset = `${ctx.dataset.id} (${ctx.dataset.version})`;
      if (!r || (supplier && !sup)) return { deals: [], query, dataset };
      const deals = dealRecords(db, ctx, r, sup ? { supplier: sup } : {}).map((d) => ({
        line: d.line, supplier: d.supplier, supplierIso3: d.supplierIso3, recipient: d.recipient, designation: d.designation, description: d.description,
        category: d.category, orderYear: d.orderYear, numberOrdered: d.numberOrdered, numberDelivered: d.numberDelivered,
        deliveryYears: d.deliveryYears, tivDelivered: d.tivDelivered,
      }));
      return { deals, query, dataset };
    },
    ranking(side, from, to) {
      // States only (historical ones included: the Soviet Union ranks in its years); the register's
      // non-state and unknown parties are not in SIPRI's rankings either.
      const entities = new Map(allEntities(db).map((e) => [e.id, e]));
      // (Summed by counted id: merged, the Soviet Union's rows are Russia's.)
      const byId = new Map<string, number>();
      for (const r of tivBySide(db, ctx, side === 'exports' ? 'supplier' : 'recipient', { from, to })) byId.set(r.id, (byId.get(r.id) ?? 0) + r.tiv);
      const totalTiv = [...byId.values()].reduce((t, x) => t + x, 0);
      const rows = [...byId]
        .map(([id, tiv]) => ({ entity: entities.get(id), tiv }))
        .filter((r) => r.tiv > 0 && (r.entity?.kind === 'state' || r.entity?.kind === 'historical'))
        .map((r) => ({ name: r.entity!.name, iso3: r.entity!.iso3, tiv: r.tiv }))
        .sort((a, b) => b.tiv - a.tiv);
      return { rows, totalTiv, query: queryFor(ctx, 'panel', ['--from', from, '--to', to]), dataset: `${ctx.dataset.id} (${ctx.dataset.version})` };
    },
    flow(country, side, from, to) {
      const e = lookupEntity(country);
      const query = queryFor(ctx, side === 'exports' ? 'recipients' : 'suppliers', [e?.name ?? country, '--from', from, '--to', to]);
      const dataset = `${ctx.dataset.id} (${ctx.dataset.version})`;
      if (!e) return { totalTiv: 0, query, dataset };
      return { totalTiv: computeShares(tivByCounterpart(db, ctx, side === 'exports' ? 'supplier' : 'recipient', e, { from, to }, null)).totalTiv, query, dataset };
    },
    coverage() {
      const { from, to } = spanOf(ctx);
      return { firstYear: from, lastYear: to };
    },
  };
}

/**
 * The article check's view of the UN voting records: the Council's votes on drafts about a state
 * (every member's vote), the veto list's entries about it, and the Assembly's roll calls about it.
 * Memoised like the arms oracle: the store does not change under a session.
 */
export function unOracle(db: Db): UnOracle {
  const council = memo((country: string): OracleUnVotes | null => {
    const e = lookupEntity(country);
    const ds = datasetOfKind(db, 'unsc-votes');
    if (!e || !ds) return null;
    const u = unscAnswer(db, e, { patrons: [] });
    const votes: OracleUnVote[] = u.drafts.map((d) => ({
      body: 'council', date: d.date, symbol: d.draft, resolution: d.resolution, title: d.agenda, outcome: d.outcome, votes: d.members, vetoedBy: d.vetoedBy, tally: d.tally,
    }));
    // The veto list reaches back to 1946: its vetoes about the state before the voting records begin.
    const listed = listedVetoesAbout(db, e, '1994-06-01');
    for (const v of listed) {
      votes.push({ body: 'council', date: v.date, symbol: v.draft, resolution: null, title: v.agenda, outcome: 'vetoed', votes: Object.fromEntries(v.vetoedBy.map((m) => [m, 'no' as const])), vetoedBy: v.vetoedBy, tally: { yes: 0, no: 0, abstain: 0 } });
    }
    return { votes: votes.sort((a, b) => (a.date < b.date ? -1 : 1)), coverage: { from: datasetOfKind(db, 'unsc-vetoes') ? '1946-01-01' : '1994-06-01', to: '2025-12-31' }, query: u.query.replace(/ --patrons \S*/, ''), dataset: ds.id };
  });
  const assembly = memo((country: string): OracleUnVotes | null => {
    const e = lookupEntity(country);
    const votesDs = datasetOfKind(db, 'unga-votes');
    const rcDs = datasetOfKind(db, 'unga-roll-calls');
    if (!e || !votesDs || !rcDs) return null;
    const r = resolutionsAnswer(db, e, { patrons: [] });
    const everyone = allGaVotes(db, votesDs.id, r.resolutions.map((x) => x.rcid));
    return {
      votes: r.resolutions.map((x) => ({ body: 'assembly' as const, date: x.date, symbol: x.resolution, resolution: x.resolution, title: x.title, outcome: null, votes: everyone.get(x.rcid) ?? {}, vetoedBy: [], tally: x.tally })),
      coverage: { from: '1946-01-01', to: '2019-12-31' },
      query: r.query.replace(/ --patrons \S*/, ''),
      dataset: `${rcDs.id}, ${votesDs.id}`,
    };
  });
  return {
    resolve(name) {
      const e = lookupEntity(name);
      return e ? { name: e.name, iso3: e.iso3 } : null;
    },
    council,
    assembly,
  };
}

/** The article check's view of bilateral trade (memoised per country and year). */
export function tradeOracle(db: Db): TradeOracle {
  const byKey = memo((key: string): OracleTrade | null => {
    const [country, yearText] = key.split('|');
    const e = lookupEntity(country);
    const ds = tradeDataset(db);
    if (!e || !ds || ds.lastYear === null) return null;
    const year = Math.min(Number(yearText), ds.lastYear);
    const r = tradeAnswer(db, e, { year, sources: false });
    if (r.world.total === null && !r.partners.some((p) => p.mirror)) return null;
    return {
      year, lastYear: ds.lastYear, world: r.world.total, dataset: ds.id, query: r.query,
      partners: r.partners.map((p) => ({ name: p.name, iso3: p.iso3, total: p.total, share: p.share, rank: p.rank, mirrorTotal: p.mirror?.total ?? null })),
    };
  });
  return { trade: (country, year) => byKey(`${country}|${year}`) };
}

/** The article check's view of direct investment and Chinese deals (memoised per country). */
export function investmentOracle(db: Db): InvestmentOracle {
  return {
    investment: memo((country: string): OracleInvestment | null => {
      const e = lookupEntity(country);
      if (!e) return null;
      const f = financeAnswer(db, e);
      if (!f.positions) return null;
      const deals = f.deals?.byYear.filter((y) => y.investment > 0) ?? [];
      return {
        year: f.positions.year,
        investors: f.positions.bySource.map((x) => ({ name: x.name, iso3: x.iso3, value: x.hostReport ?? x.investorReport, hostReport: x.hostReport !== null })),
        chineseDeals: f.deals ? { count: f.deals.investment.count, total: f.deals.investment.total, from: deals[0]?.year ?? null, to: deals.at(-1)?.year ?? null } : null,
        query: f.query, dataset: f.positions.datasets.join(', '),
      };
    }),
  };
}

/** The article check's view of military spending (memoised per country). */
export function milexOracle(db: Db): MilexOracle {
  return {
    milex: memo((country: string): OracleMilex | null => {
      const e = lookupEntity(country);
      if (!e || !milexDataset(db)) return null;
      try {
        const m = milexAnswer(db, e, { from: 1949, to: 2100, arms: false });
        return {
          years: m.years.map((y) => ({ year: y.year, currentUsd: y.currentUsd.value, constantUsd: y.constantUsd.value, shareOfGdp: y.shareOfGdp.value, uncertain: y.constantUsd.uncertain || y.currentUsd.uncertain, estimate: y.currentUsd.estimate })),
          priceYear: /constant (\d{4})/.exec(m.datasetVersion ?? '')?.[1] ?? 'constant', query: commandLine('milex', [e.name]), dataset: m.dataset,
        };
      } catch {
        return null;
      }
    }),
  };
}
