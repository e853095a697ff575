// The balance brief: every row it needs fetched here (the country's import cells, its pending deals,
// its UN votes and the patrons' ideal points), then built by the pure analysis/brief.ts.
import { buildBrief, choosePatrons, NoDeliveriesError, type BriefParty } from '../analysis/brief.js';
import type { Brief } from '../core/brief.js';
import { AppError } from '../core/errors.js';
import type { Entity } from '../core/types.js';
import { lookupEntity } from '../entities/registry.js';
import { contextFlags, displayName } from '../store/context.js';
import { dealRecords, recipientCells } from '../store/queries.js';
import type { ArmsSession } from './open.js';
import { briefCover, type CoverInput } from '../analysis/cover.js';
import type { BriefCover } from '../core/brief.js';
import { allEntities } from '../entities/registry.js';
import type { Db } from '../store/db.js';
import { datasetOfKind } from '../store/un.js';
import { resolutionsAnswer, unscAnswer } from './cover.js';
import { alignmentRows } from './alignment.js';
import { briefEconomy, type EconomyInput } from '../analysis/economy.js';
import type { BriefEconomy } from '../core/brief.js';
import { milexDataset } from '../store/milex.js';
import { tradeDataset } from '../store/trade.js';
import { milexAnswer } from './milex.js';
import { tradeAnswer, type TradePartner } from './trade.js';

export interface BriefOptions {
  /** Patrons by entity (default: the top suppliers of the last 20 years plus the United States). */
  patrons?: Entity[];
  longWindow?: number;
  shortWindow?: number;
  categoriesSince?: number;
}

export function briefAnswer(s: ArmsSession, country: Entity, opts: BriefOptions = {}): Brief {
  const { db, ctx } = s;
  const asParty = (e: Entity): BriefParty => ({ id: e.id, name: displayName(e, ctx), iso3: e.iso3 });
  const usa = lookupEntity('USA')!;
  const first = ctx.dataset.first_year ?? 1950;
  const last = ctx.dataset.last_year ?? new Date().getFullYear();
  const cells = recipientCells(db, ctx, country);
  const long = opts.longWindow ?? 20;
  const patrons = opts.patrons?.length ? opts.patrons.map(asParty) : choosePatrons(cells, asParty(country), asParty(usa), last - long + 1, last);
  const votes = alignmentRows(db, country, { patrons: patrons.map((p) => p.iso3 ?? p.id) });
  const cover = coverOf(db, country, patrons, ctx.mergeSoviet);
  const economy = economyOf(db, country, patrons);
  try {
    return buildBrief({
      country: asParty(country),
      dataset: { id: ctx.dataset.id, kind: ctx.dataset.kind, file: ctx.dataset.file, version: ctx.dataset.version, firstYear: first, lastYear: last, lastYearWithData: ctx.dataset.data_last_year },
      allocation: ctx.allocation,
      mergeSoviet: ctx.mergeSoviet,
      flags: contextFlags(ctx),
      cells,
      pending: dealRecords(db, ctx, country, { pending: true }),
      patrons,
      fallbackPatron: asParty(usa),
      alignment: votes,
      windows: { long, short: opts.shortWindow, categoriesSince: opts.categoriesSince },
      cover,
      economy,
    });
  } catch (e) {
    if (e instanceof NoDeliveriesError) throw new AppError(e.message, 2, 404);
    throw e;
  }
}

/**
 * The brief's diplomatic cover: the Council's votes on drafts about the country and the Assembly's
 * roll calls about it, with the brief's patrons; null when the store holds neither dataset.
 */
function coverOf(db: Db, country: Entity, patrons: BriefParty[], mergeSoviet: boolean): BriefCover | null {
  const ids = patrons.map((p) => p.iso3 ?? p.id);
  const names = Object.fromEntries([...patrons.map((p) => [p.iso3 ?? p.id, p.name]), ...allEntities().filter((e) => e.iso3).map((e) => [e.iso3!, e.name])].reverse());
  const notes: string[] = [];
  let council: CoverInput['council'] = null;
  let assembly: CoverInput['assembly'] = null;
  if (datasetOfKind(db, 'unsc-votes')) {
    const u = unscAnswer(db, country, { patrons: ids, mergeSoviet });
    council = {
      dataset: u.dataset, from: 1994, to: 2025, query: u.query, lines: u.drafts.flatMap((d) => d.lines),
      votes: u.drafts.map((d) => ({ draft: d.draft, date: d.date, resolution: d.resolution, outcome: d.outcome, agenda: d.agenda, votes: d.votes, vetoedBy: d.vetoedBy, against: d.against, tally: d.tally })),
    };
    notes.push(...u.notes.filter((n) => !/^no draft/.test(n)));
  } else notes.push('the store holds no Security Council voting records (sc-voting-*.xlsx): import them for the Council\'s votes');
  if (datasetOfKind(db, 'unga-roll-calls') && datasetOfKind(db, 'unga-votes')) {
    const r = resolutionsAnswer(db, country, { patrons: ids, mergeSoviet });
    assembly = { dataset: r.datasets.votes, from: 1946, to: 2019, query: r.query, votes: r.resolutions.map((x) => ({ date: x.date, resolution: x.resolution, title: x.title, issues: x.issues, votes: x.votes, tally: x.tally, line: x.line })) };
    notes.push(...r.notes.filter((n) => !/^no General Assembly/.test(n)));
  }
  if (!council && !assembly) return null;
  return briefCover({ country: { name: country.name, iso3: country.iso3 }, patrons: ids, names, council, assembly, notes });
}

/**
 * The brief's economic ties and means: the country's trade partners in the trade data's last year
 * and ten years before, with the brief's patrons, and its military spending; null with neither.
 */
function economyOf(db: Db, country: Entity, patrons: BriefParty[]): BriefEconomy | null {
  const ids = patrons.map((p) => p.iso3 ?? p.id);
  const names = Object.fromEntries(patrons.map((p) => [p.iso3 ?? p.id, p.name]));
  const notes: string[] = [];
  let trade: EconomyInput['trade'] = null;
  const ds = tradeDataset(db);
  if (ds?.lastYear) {
    // (The top partner and the patrons are all the brief shows.)
    const now = tradeAnswer(db, country, { year: ds.lastYear, patrons: ids, limit: 1 });
    const earlier = ds.lastYear - 10;
    const then = tradeAnswer(db, country, { year: earlier, patrons: ids, limit: 1 });
    const top = now.partners[0];
    const standing = (p: TradePartner) => ({ total: p.total, share: p.share, rank: p.rank });
    trade = {
      dataset: ds.id, year: ds.lastYear, earlier, world: now.world.total,
      top: top && top.total !== null ? { name: top.name, iso3: top.iso3, total: top.total, share: top.share, mirrorTotal: top.mirror?.total ?? null } : null,
      patrons: Object.fromEntries(now.patrons.map((p, i) => [p.iso3 ?? p.name, { now: standing(p), then: standing(then.patrons[i]) }])),
      ref: { query: now.query, dataset: ds.id, rows: [], rowCount: now.partnerCount },
    };
    if (now.world.total === null) notes.push(`${country.name} reported no trade for ${ds.lastYear}: its partners’ reports are in \`${now.query}\``);
    notes.push(`trade: merchandise, current US$, as ${country.name} reported it (IMF Direction of Trade Statistics, to ${ds.lastYear})`);
  }
  let milex: EconomyInput['milex'] = null;
  const mds = milexDataset(db);
  if (mds) {
    try {
      const m = milexAnswer(db, country, { arms: false });
      milex = {
        dataset: mds.id,
        years: m.years.slice(-11).map((y) => ({ year: y.year, constantUsd: y.constantUsd.value, shareOfGdp: y.shareOfGdp.value, status: y.constantUsd.status, estimate: y.constantUsd.estimate, uncertain: y.constantUsd.uncertain })),
        ref: { query: m.query, dataset: mds.id, rows: [], rowCount: m.years.length },
      };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      notes.push(e.message);
    }
  }
  if (!trade && !milex) return null;
  return briefEconomy({ country: { name: country.name }, names, trade, milex, notes });
}
