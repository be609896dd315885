// Global setup of the `postgres` Vitest project (vitest.config.ts): migrates and seeds two template
// databases once per run, from which openTestDatabase() copies a fresh database for each test file.
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { migrate, openDatabase } from '../app/lib/db.server'
import { seedIfEmpty } from '../app/lib/seed.server'
import { databaseUrl, withAdminConnection, type TestPostgres } from '../app/lib/test-database.server'

const UNAVAILABLE =
  'TEST_DATABASE_URL is not set. Point it at a PostgreSQL server where the tests may create databases ' +
  '(in the Journeykit repository: node scripts/postgres.mjs npm test)'

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    if (process.env.CI) throw new Error(`CI runs the shop's server tests on PostgreSQL too, but ${UNAVAILABLE}`)
    project.provide('testPostgres', { unavailable: UNAVAILABLE } satisfies TestPostgres)
    return undefined
  }
  const prefix = `shop_test_${randomBytes(4).toString('hex')}`
  const templates = { seeded: `${prefix}_seeded`, empty: `${prefix}_empty` }
  await withAdminConnection(url, async (admin) => {
    for (const name of Object.values(templates)) await admin.query(`CREATE DATABASE "${name}"`)
  })
  for (const [kind, name] of Object.entries(templates)) {
    const db = await openDatabase({ url: databaseUrl(url, name) })
    try {
      await migrate(db)
      if (kind === 'seeded') await seedIfEmpty(db)
    } finally {
      await db.close()
    }
  }
  project.provide('testPostgres', { url, prefix, templates } satisfies TestPostgres)

  return () =>
    withAdminConnection(url, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix])
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    })
}
