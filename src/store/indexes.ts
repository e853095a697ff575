import type { Db } from './db.js';

// Bulk loads are several times faster into unindexed tables, with the indexes built once afterwards.
const BULK_INDEXES: Record<string, string> = {
  deliveries_by_recipient: 'deliveries (dataset, allocation, recipient_id, year, supplier_id, tiv)',
  deliveries_by_supplier: 'deliveries (dataset, allocation, supplier_id, year, recipient_id, tiv)',
};

export function dropBulkIndexes(db: Db): void {
  for (const name of Object.keys(BULK_INDEXES)) db.exec(`DROP INDEX IF EXISTS ${name}`);
}

export function createBulkIndexes(db: Db): void {
  for (const [name, on] of Object.entries(BULK_INDEXES)) db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${on}`);
}
