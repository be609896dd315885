import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import lockfile from 'proper-lockfile'
import { MIGRATIONS } from './migrations.server'

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
}

/** The shop's database: embedded PGlite by default, PostgreSQL when DATABASE_URL is set. Same SQL for both. */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: everything or nothing is written. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /**
   * Calls `listener.notify` for each committed `pg_notify(channel, payload)` of any process on this database
   * (on PostgreSQL through a connection of its own, reconnected when lost); resolves once listening, to a
   * function that stops.
   */
  listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>>
  close(): Promise<void>
}

export interface ChannelListener {
  notify(payload: string): void
  /** Called with false when the connection is lost (notifications are missed from then on), with true once listening again. */
  listening?(listening: boolean): void
}

export interface OpenOptions {
  /** A PostgreSQL connection string; wins over `dataDir`. */
  url?: string
  /** PGlite data directory; omitted = in memory (tests). */
  dataDir?: string
  /** An in-memory PGlite starts from this dumped data directory (`dumpDataDir()`) instead of an empty cluster (tests). */
  snapshot?: Blob
}

/** Refusal to start: a message for the operator, printed without a stack trace. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError'
}

/** A lock older than this, not refreshed by a live server, is taken over: a crashed server blocks the folder at most this long. */
export const DATA_LOCK_STALE_MS = 10_000

/**
 * Opens the database. A PGlite data folder is locked for this process first (one writer per folder):
 * a second server on the same folder gets a DatabaseStartError instead of silently losing writes.
 */
export async function openDatabase({ url, dataDir, snapshot }: OpenOptions = {}): Promise<Database> {
  if (url) return openPostgres(url)
  let release: (() => Promise<void>) | undefined
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true })
    release = await lockDataFolder(dataDir)
  }
  // pg_trgm: site search's typo tolerance (migration 012_search)
  const lite = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...(snapshot ? { loadDataDir: snapshot } : {}) })
  return pgliteDatabase(lite, release)
}

/** The dumped data directory of a new in-memory database after `prepare` (tests start from it: no initdb, no migrations). */
export async function pgliteSnapshot(prepare: (db: Database) => Promise<void>): Promise<Blob> {
  const lite = await PGlite.create(undefined, { extensions: { pg_trgm } })
  try {
    await prepare(pgliteDatabase(lite))
    return await lite.dumpDataDir('none')
  } finally {
    await lite.close()
  }
}

function pgliteDatabase(lite: PGlite, release?: () => Promise<void>): Database {
  return {
    kind: 'pglite',
    query: (sql, params) => lite.query(sql, params as unknown[]) as never,
    transaction: (work) => lite.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params as unknown[]) as never })),
    listen: (channel, listener) => lite.listen(channel, (payload) => listener.notify(payload)),
    async close() {
      await lite.close()
      await release?.()
    },
  }
}

async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = join(dataDir, 'shop.lock')
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: DATA_LOCK_STALE_MS,
      update: DATA_LOCK_STALE_MS / 4,
      onCompromised(error) {
        console.error(`[shop] lost the lock on the data folder ${dataDir} (${error.message}); stopping so two servers never write to it`)
        process.kill(process.pid, 'SIGTERM')
      },
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    throw new DatabaseStartError(
      `Another shop server is using the data folder ${dataDir} (it holds ${lockPath}). Stop it, or give this server its own SHOP_DATA_DIR. ` +
        `A lock left by a server that crashed expires ${DATA_LOCK_STALE_MS / 1000} s after it stopped.`,
    )
  }
}

/** Where a PostgreSQL URL points, without its password: `host:port/database`. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname.length > 1 ? parsed.pathname : ''}`
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  /** Connections of `listen`, ended with the pool. */
  const listeners = new Set<ReconnectingListener>()
  // An idle client's error (the server restarted) is reported on the next query; without a listener it would crash the process.
  pool.on('error', (error) => console.error(`[shop] PostgreSQL connection lost (${describePostgresUrl(url)}): ${error.message}`))
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
    async listen(channel, listener) {
      const connection = new ReconnectingListener(url, channel, listener)
      await connection.start()
      listeners.add(connection)
      return async () => {
        if (listeners.delete(connection)) await connection.stop()
      }
    },
    async close() {
      await Promise.all([...listeners].map((connection) => connection.stop()))
      listeners.clear()
      await pool.end()
    },
  }
}

/** Waits before the attempt after `failures` failed ones: 50 ms doubling up to 5 s, with jitter so processes do not reconnect in step. */
export function reconnectDelay(failures: number): number {
  return Math.min(5_000, 50 * 2 ** failures) * (0.5 + Math.random() / 2)
}

/**
 * A LISTEN connection that outlives its server connection: when the connection drops (server restart,
 * idle timeout, `pg_terminate_backend`) it tells the listener, connects again with backoff, and tells the
 * listener once it listens again.
 */
class ReconnectingListener {
  private client: pg.Client | undefined
  private retry: NodeJS.Timeout | undefined
  private stopped = false

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly listener: ChannelListener,
  ) {}

  /** The first connection: a failure here is the caller's (the database is unreachable). */
  async start(): Promise<void> {
    this.client = await this.connect()
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.retry)
    const client = this.client
    this.client = undefined
    await client?.end()
  }

  private async connect(): Promise<pg.Client> {
    // keepAlive: a connection whose server vanished without closing it is noticed too
    const client = new pg.Client({ connectionString: this.url, keepAlive: true })
    client.on('notification', (message) => message.channel === this.channel && this.listener.notify(message.payload ?? ''))
    client.on('error', (error) => this.lost(client, error.message))
    client.on('end', () => this.lost(client, 'connection closed'))
    try {
      await client.connect()
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`)
      return client
    } catch (error) {
      await client.end().catch(() => {})
      throw error
    }
  }

  private lost(client: pg.Client, reason: string): void {
    if (client !== this.client || this.stopped) return
    this.client = undefined
    console.error(`[shop] lost the ${this.channel} listener (${describePostgresUrl(this.url)}): ${reason}; reconnecting`)
    this.listener.listening?.(false)
    this.reconnect(0)
  }

  private reconnect(failures: number): void {
    this.retry = setTimeout(async () => {
      try {
        const client = await this.connect()
        if (this.stopped) return void (await client.end())
        this.client = client
        this.listener.listening?.(true)
      } catch {
        if (!this.stopped) this.reconnect(failures + 1)
      }
    }, reconnectDelay(failures))
    this.retry.unref()
  }
}

/** Any fixed number: the key of the advisory lock that lets one process at a time migrate the database. */
const MIGRATION_LOCK = 4_211_001

/**
 * Applies the migrations this database has not seen yet, each in its own transaction. Servers
 * starting together on one PostgreSQL take turns (an advisory lock held to each commit): the later
 * one finds the migrations applied instead of failing on them.
 */
export async function migrate(db: Database, migrations: ReadonlyArray<{ id: string; sql: string }> = MIGRATIONS): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
  })
  const ran: string[] = []
  for (const migration of migrations) {
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

/** Splits a migration at each semicolon that ends a line (a function's body stays on one line). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/--[^\n]*/g, '').trim())
    .filter(Boolean)
}

/** Checks PostgreSQL answers; a DatabaseStartError names the host and what failed, never the password. */
async function checkReachable(db: Database, url: string): Promise<void> {
  try {
    await db.query('SELECT 1')
  } catch (error) {
    await db.close().catch(() => {})
    const { code, message } = error as NodeJS.ErrnoException
    const reason = code && !message.includes(code) ? `${code} ${message}` : message
    const password = decodeURIComponent(new URL(url).password)
    throw new DatabaseStartError(`PostgreSQL at ${describePostgresUrl(url)} cannot be reached: ${password ? reason.replaceAll(password, '***') : reason}`)
  }
}

let shared: Promise<Database> | undefined

/**
 * The process-wide database, opened, migrated and (when empty) seeded on first use:
 * PostgreSQL from DATABASE_URL, else PGlite in the data folder (SHOP_DATA_DIR, default `.data/`).
 */
export function getDatabase(): Promise<Database> {
  shared ??= (async () => {
    // The configuration is read when the database is first opened, not when this module loads.
    const { env } = await import('./env.server')
    const db = await openDatabase(env.databaseUrl ? { url: env.databaseUrl } : { dataDir: env.dataDir })
    if (env.databaseUrl) await checkReachable(db, env.databaseUrl)
    await migrate(db)
    const { seedIfEmpty } = await import('./seed.server')
    await seedIfEmpty(db)
    return db
  })()
  return shared
}

/** Closes the process-wide database if it was opened (graceful shutdown); releases the data-folder lock. */
export async function closeDatabase(): Promise<void> {
  const opening = shared
  shared = undefined
  const db = await opening?.catch(() => undefined)
  await db?.close()
}
