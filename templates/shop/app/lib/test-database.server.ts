import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { inject } from 'vitest'
import { migrate, openDatabase, type Database, type Queryable } from './db.server'
import { insertCatalog, seedIfEmpty } from './seed.server'
import type { SeedProduct } from './seed-types'

/**
 * What the `postgres` Vitest project's global setup (test/postgres.ts) hands the test files: the server,
 * and the migrated template databases each file copies; or why PostgreSQL is not there.
 */
export type TestPostgres = { url: string; prefix: string; templates: { seeded: string; empty: string } } | { unavailable: string }

/** What the `pglite` project's global setup (test/pglite.ts) hands the test files: the dumped template databases. */
export interface TestPgliteSnapshots {
  seeded: string
  empty: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    testPostgres?: TestPostgres
    testPglite?: TestPgliteSnapshots
  }
}

/** The database the current Vitest project runs the server tests on. */
export function testDatabase(): { kind: 'pglite' } | { kind: 'postgres'; unavailable?: string } {
  const postgres = inject('testPostgres')
  if (!postgres) return { kind: 'pglite' }
  return 'unavailable' in postgres ? { kind: 'postgres', unavailable: postgres.unavailable } : { kind: 'postgres' }
}

/**
 * For tests: a database of its own with the schema and (by default) the demo catalog. On PGlite an
 * in-memory instance started from the project's dumped template (test/pglite.ts), or migrated and seeded
 * here when a file runs outside that project; on PostgreSQL (the `postgres` project) a copy of a migrated
 * template database, dropped again by `close()`.
 */
export async function openTestDatabase({ seed = true }: { seed?: boolean } = {}): Promise<Database> {
  const postgres = inject('testPostgres')
  if (postgres && 'unavailable' in postgres) throw new Error(postgres.unavailable)
  if (postgres) return openPostgresCopy(postgres.url, seed ? postgres.templates.seeded : postgres.templates.empty, postgres.prefix)
  const snapshots = inject('testPglite')
  if (snapshots) return openDatabase({ snapshot: new Blob([await readFile(seed ? snapshots.seeded : snapshots.empty)]) })
  const db = await openDatabase()
  await migrate(db)
  if (seed) await seedIfEmpty(db)
  return db
}

async function openPostgresCopy(serverUrl: string, template: string, prefix: string): Promise<Database> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  await withAdminConnection(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`))
  const db = await openDatabase({ url: databaseUrl(serverUrl, name) })
  return {
    ...db,
    async close() {
      await db.close()
      await withAdminConnection(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    },
  }
}

/** The same server's connection string for another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Runs `work` on a single connection to the database `serverUrl` names (for CREATE/DROP DATABASE). */
export async function withAdminConnection<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    return await work(admin)
  } finally {
    await admin.end()
  }
}

/** A product for a test's own catalog: what the test cares about, the rest filled in. */
export type TestProduct = Pick<SeedProduct, 'id' | 'name' | 'price' | 'variants'> & Partial<Omit<SeedProduct, 'categoryId'>>

/**
 * A test file's own catalog (one category, its products and their variants), so the tests do not depend on
 * the demo seed's contents. Slugs default to the product id without its `p-` prefix.
 */
export async function insertTestCatalog(db: Queryable, category: { id: string; name: string }, products: TestProduct[]): Promise<void> {
  await insertCatalog(db, {
    categories: [{ ...category, description: category.name, attributeGroups: [] }],
    products: products.map((product) => ({
      slug: product.id.replace(/^p-/, ''),
      brand: 'Northwind',
      description: `${product.name}.`,
      images: [],
      attributes: {},
      ...product,
      categoryId: category.id,
    })),
  })
}
