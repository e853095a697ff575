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
import { alignmentRows } from './alignment.js';

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
    });
  } catch (e) {
    if (e instanceof NoDeliveriesError) throw new AppError(e.message, 2, 404);
    throw e;
  }
}
