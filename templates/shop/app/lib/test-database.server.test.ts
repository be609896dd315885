import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Database } from './db.server'
import { openTestDatabase, testDatabase, withAdminConnection } from './test-database.server'

const database = testDatabase()
const title = `openTestDatabase on ${database.kind}`

describe.skipIf(database.kind === 'postgres' && database.unavailable)(
  database.kind === 'postgres' && database.unavailable ? `${title} — skipped: ${database.unavailable}` : title,
  () => {
    let seeded: Database
    let empty: Database
    beforeAll(async () => {
      ;[seeded, empty] = await Promise.all([openTestDatabase(), openTestDatabase({ seed: false })])
    }, 120_000)
    afterAll(() => Promise.all([seeded?.close(), empty?.close()]))

    it('opens the database this project runs on', () => {
      expect(seeded.kind).toBe(database.kind)
    })

    it('gives a migrated database with the demo catalog, or without it', async () => {
      const count = 'SELECT count(*)::int AS count FROM products'
      expect((await seeded.query<{ count: number }>(count)).rows[0]!.count).toBeGreaterThan(0)
      expect((await empty.query<{ count: number }>(count)).rows).toEqual([{ count: 0 }])
    })

    it('gives every caller a database of its own', async () => {
      await seeded.query("INSERT INTO newsletter_signups (email) VALUES ('isolated@example.com')")
      const { rows } = await empty.query("SELECT email FROM newsletter_signups WHERE email = 'isolated@example.com'")
      expect(rows).toEqual([])
    })

    if (database.kind === 'postgres') {
      it('drops its PostgreSQL database on close', async () => {
        const db = await openTestDatabase({ seed: false })
        const { rows } = await db.query<{ name: string }>('SELECT current_database() AS name')
        await db.close()
        const server = inject('testPostgres') as { url: string }
        const left = await withAdminConnection(server.url, (admin) => admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [rows[0]!.name]))
        expect(left.rows).toEqual([])
      })
    }
  },
)
