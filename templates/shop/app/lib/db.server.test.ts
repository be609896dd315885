import { describe, expect, it } from 'vitest'
import { migrate, openDatabase } from './db.server'
import { MIGRATIONS } from './migrations.server'

const ALL = MIGRATIONS.map((migration) => migration.id)

describe('migrate', () => {
  it('applies every migration once; a second run applies nothing', async () => {
    const db = await openDatabase()
    expect(await migrate(db)).toEqual(ALL)
    expect(await migrate(db)).toEqual([])
    await db.close()
  }, 60_000)
})
