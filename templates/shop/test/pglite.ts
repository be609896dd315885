// Global setup of the `pglite` Vitest project (vitest.config.ts): migrates and seeds two in-memory
// databases once per run and dumps them to files, from which openTestDatabase() starts each test's own
// database. Starting from a dump skips initdb and the migrations, the slowest part of opening a PGlite.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrate, pgliteSnapshot } from '../app/lib/db.server'
import { seedIfEmpty } from '../app/lib/seed.server'
import type { TestPgliteSnapshots } from '../app/lib/test-database.server'

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'shop-test-pglite-'))
  const snapshots: TestPgliteSnapshots = { seeded: join(dir, 'seeded.tar'), empty: join(dir, 'empty.tar') }
  for (const [kind, path] of Object.entries(snapshots)) {
    const dump = await pgliteSnapshot(async (db) => {
      await migrate(db)
      if (kind === 'seeded') await seedIfEmpty(db)
    })
    writeFileSync(path, Buffer.from(await dump.arrayBuffer()))
  }
  project.provide('testPglite', snapshots)
  return () => rmSync(dir, { recursive: true, force: true })
}
