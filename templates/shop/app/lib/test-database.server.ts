import { migrate, openDatabase, type Database } from './db.server'
import { seedIfEmpty } from './seed.server'

/** For tests: an in-memory database with the schema and (by default) the demo catalog — about 2 s, so one per test file. */
export async function openTestDatabase({ seed = true }: { seed?: boolean } = {}): Promise<Database> {
  const db = await openDatabase()
  await migrate(db)
  if (seed) await seedIfEmpty(db)
  return db
}
