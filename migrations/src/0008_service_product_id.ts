import { sql, type Kysely } from 'kysely';

// A service may name the product it delivers in the inter-governmental product catalogue
// (IPDC), so the same product can be compared across organisations. Nullable: most services
// name none. The index serves the comparison, which looks up every service of one product.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE services ADD COLUMN product_id text CHECK (product_id ~ '^[0-9]{1,12}$')`.execute(db);
  await sql`CREATE INDEX services_product_id_idx ON services (product_id) WHERE product_id IS NOT NULL`.execute(db);
}
