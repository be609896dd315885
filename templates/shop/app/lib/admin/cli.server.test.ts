// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db.server'
import { openTestDatabase } from '../test-database.server'
import { adminCreate } from './cli.server'
import { announceFirstOwner } from './first-owner.server'
import { setPasswordWithToken, verifyCredentials } from './staff.server'

let db: Database
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
}, 60_000)
afterAll(() => db.close())

const tokenOf = (line: string) => new URL(line).searchParams.get('token')!

describe('first start', () => {
  it('prints the owner’s set-password link in demo mode, once', async () => {
    const config = { adminEmail: 'owner@shop.example', mode: 'demo' as const, shopUrl: 'http://localhost:3000' }
    const lines = await announceFirstOwner(db, config)
    expect(lines).toEqual([expect.stringMatching(/^\[shop\] back office: owner owner@shop\.example created; .* at http:\/\/localhost:3000\/admin\/set-password\?token=/)])
    expect(await announceFirstOwner(db, config)).toEqual([])
    const token = tokenOf(lines[0]!.split(' at ')[1]!)
    expect(await setPasswordWithToken(db, token, 'a very good password')).toMatchObject({ role: 'owner' })
  })
})

describe('npm run admin:create', () => {
  it('creates an account with the role asked and prints its link', async () => {
    const [said, link] = await adminCreate(db, ['--email', 'Analyst@Shop.example', '--role', 'analyst'], 'https://shop.example')
    expect(said).toBe('Created analyst@shop.example (analyst). Set the password within 24 hours:')
    await setPasswordWithToken(db, tokenOf(link!), 'analyst password 1')
    expect(await verifyCredentials(db, 'analyst@shop.example', 'analyst password 1')).toMatchObject({ role: 'analyst' })
  })

  it('prints a fresh link for an existing account (a forgotten password)', async () => {
    const [said, link] = await adminCreate(db, ['--email', 'analyst@shop.example'], 'https://shop.example')
    expect(said).toContain('exists already (analyst)')
    await setPasswordWithToken(db, tokenOf(link!), 'analyst password 2')
    expect(await verifyCredentials(db, 'analyst@shop.example', 'analyst password 2')).not.toBeNull()
  })

  it('refuses a missing email and an unknown role with the usage', async () => {
    await expect(adminCreate(db, [], 'https://shop.example')).rejects.toThrow(/--email is required[\s\S]*Usage/)
    await expect(adminCreate(db, ['--email', 'x@shop.example', '--role', 'root'], 'https://shop.example')).rejects.toThrow(/--role must be one of/)
  })
})
