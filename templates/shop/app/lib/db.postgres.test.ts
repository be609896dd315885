// PostgreSQL only (the `postgres` Vitest project alone includes *.postgres.test.ts, and only with
// TEST_DATABASE_URL): two servers starting together on one PostgreSQL.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { expect, it } from 'vitest'
import { migrate, openDatabase } from './db.server'
import { MIGRATIONS } from './migrations.server'

const ALL = MIGRATIONS.map((migration) => migration.id)

it('lets two processes starting together on one PostgreSQL both start, applying each migration once', async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await admin.connect()
  const name = `migrate_race_${randomBytes(4).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(process.env.TEST_DATABASE_URL!)
  url.pathname = `/${name}`
  const [first, second] = await Promise.all([openDatabase({ url: url.toString() }), openDatabase({ url: url.toString() })])
  try {
    const ran = await Promise.all([migrate(first), migrate(second)])
    expect(ran.flat().sort()).toEqual([...ALL].sort())
    const { rows } = await first.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')
    expect(rows.map((row) => row.id)).toEqual(ALL)
  } finally {
    await first.close()
    await second.close()
    await admin.query(`DROP DATABASE ${name}`)
    await admin.end()
  }
}, 60_000)
