// The article pipeline's view of the arms engine, over the store.
import type { ArmsOracle } from '../article/oracle.js';
import { lookupEntity } from '../entities/registry.js';
import type { ArmsContext } from './context.js';
import type { Db } from './db.js';
import { supplierShares } from './queries.js';

export function storeOracle(db: Db, ctx: ArmsContext): ArmsOracle {
  const flags = `--dataset ${ctx.dataset.id} --allocation ${ctx.allocation}`;
  return {
    resolve(name) {
      const e = lookupEntity(name);
      return e ? { name: e.name, iso3: e.iso3 } : null;
    },
    suppliers(recipient, from, to, category) {
      const e = lookupEntity(recipient);
      const q = `counterweight suppliers ${JSON.stringify(recipient)} --from ${from} --to ${to}${category ? ` --category ${JSON.stringify(category)}` : ''} ${flags}`;
      if (!e) return { totalTiv: 0, suppliers: [], query: q, dataset: ctx.dataset.id };
      const r = supplierShares(db, ctx, e, { from, to, category: category ?? null });
      return { totalTiv: r.totalTiv, suppliers: r.rows, query: q, dataset: `${ctx.dataset.id} (${ctx.dataset.version})` };
    },
    coverage() {
      return { firstYear: ctx.dataset.first_year ?? 1950, lastYear: ctx.dataset.last_year ?? new Date().getFullYear() };
    },
  };
}
