// The article check's view of the arms engine (article/oracle.ts), over an arms session.
import type { ArmsOracle } from '../article/oracle.js';
import { computeShares } from '../analysis/shares.js';
import { lookupEntity } from '../entities/registry.js';
import { queryFor, spanOf } from '../store/context.js';
import { dealRecords, tivByCounterpart } from '../store/queries.js';
import type { ArmsSession } from './open.js';

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
  return { ...oracle, suppliers: memo(oracle.suppliers), transfers: memo(oracle.transfers) };
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
    coverage() {
      const { from, to } = spanOf(ctx);
      return { firstYear: from, lastYear: to };
    },
  };
}
