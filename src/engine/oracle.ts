// The article check's view of the arms engine (article/oracle.ts), over an arms session.
import type { ArmsOracle } from '../article/oracle.js';
import { computeShares } from '../analysis/shares.js';
import { lookupEntity } from '../entities/registry.js';
import { queryFor, spanOf } from '../store/context.js';
import { tivByCounterpart } from '../store/queries.js';
import type { ArmsSession } from './open.js';

export function armsOracle(s: ArmsSession): ArmsOracle {
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
    coverage() {
      const { from, to } = spanOf(ctx);
      return { firstYear: from, lastYear: to };
    },
  };
}
