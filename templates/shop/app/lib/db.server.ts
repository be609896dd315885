import { PGlite } from '@electric-sql/pglite'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import pg from 'pg'
import { MIGRATIONS } from './migrations.server'

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
}

/** The shop's database: embedded PGlite by default, PostgreSQL when DATABASE_URL is set. Same SQL for both. */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: everything or nothing is written. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

export interface OpenOptions {
  /** A PostgreSQL connection string; wins over `dataDir`. */
  url?: string
  /** PGlite data directory; omitted = in memory (tests). */
  dataDir?: string
}

export async function openDatabase({ url, dataDir }: OpenOptions = {}): Promise<Database> {
  if (url) return openPostgres(url)
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const lite = await PGlite.create(dataDir)
  return {
    kind: 'pglite',
    query: (sql, params) => lite.query(sql, params as unknown[]) as never,
    transaction: (work) => lite.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params as unknown[]) as never })),
    close: () => lite.close(),
  }
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  return {
    kind: 'postgres',
    query: (sql, params) => pool.query(sql, params) as never,
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work({ query: (sql, params) => client.query(sql, params) as never })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** Any fixed number: the key of the advisory lock that lets one process at a time migrate the database. */
const MIGRATION_LOCK = 4_211_001

/**
 * Applies the migrations this database has not seen yet, each in its own transaction. Servers
 * starting together on one PostgreSQL take turns (an advisory lock held to each commit): the later
 * one finds the migrations applied instead of failing on them.
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
  })
  const ran: string[] = []
  for (const migration of MIGRATIONS) {
    const applied = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id])
      if (rows.length > 0) return false
      for (const statement of splitStatements(migration.sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id])
      return true
    })
    if (applied) ran.push(migration.id)
  }
  return ran
}

/** Splits a migration on top-level semicolons (migrations hold no functions or quoted semicolons). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/--[^\n]*/g, '').trim())
    .filter(Boolean)
}

let shared: Promise<Database> | undefined

/**
 * The process-wide database, opened, migrated and (when empty) seeded on first use:
 * PostgreSQL from DATABASE_URL, else PGlite in `templates/shop/.data/`.
 */
export function getDatabase(): Promise<Database> {
  shared ??= (async () => {
    const db = await openDatabase({
      url: process.env.DATABASE_URL,
      dataDir: process.env.DATABASE_URL ? undefined : resolve(process.env.SHOP_DATA_DIR ?? '.data'),
    })
    await migrate(db)
    const { seedIfEmpty } = await import('./seed.server')
    await seedIfEmpty(db)
    return db
  })()
  return shared
}
