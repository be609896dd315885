// The throwaway-PostgreSQL script the shop's `postgres` test project and the benches run on.
// Run by the shop's `postgres` Vitest project (templates/shop/vitest.config.ts), which needs the binaries anyway.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const script = join(import.meta.dirname, 'postgres.mjs')

function runScript(command: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script, ...command], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 })
}

const REPORT_AND_EXIT_3 = `
import pg from 'pg'
const client = new pg.Client(process.env.TEST_DATABASE_URL)
await client.connect()
const { rows } = await client.query("SELECT current_database() AS database, current_setting('fsync') AS fsync")
await client.end()
console.log(JSON.stringify({ url: process.env.TEST_DATABASE_URL, ...rows[0] }))
process.exit(3)
`

describe('scripts/postgres.mjs', () => {
  it('runs the command against a fresh server, passes its exit status on, then stops the server and removes its folder', async () => {
    const result = runScript([process.execPath, '--input-type=module', '-e', REPORT_AND_EXIT_3])

    expect(result.status).toBe(3)
    const report = JSON.parse(result.stdout) as { url: string; database: string; fsync: string }
    expect(report).toMatchObject({ database: 'journeykit', fsync: 'off' })
    expect(new URL(report.url).hostname).toBe('127.0.0.1')
    const folder = /PostgreSQL is running in (\S+)/.exec(result.stderr)?.[1]
    expect(folder).toBeTruthy()
    expect(existsSync(folder!)).toBe(false)
    await expect(new pg.Client(report.url).connect()).rejects.toThrow(/ECONNREFUSED/)
  }, 60_000)

  it('says where it looked when the server binaries are missing', () => {
    const result = runScript(['true'], { POSTGRES_BIN_DIR: '/nonexistent/postgresql/bin' })

    expect(result.status).toBe(1)
    expect(result.stderr).toContain('POSTGRES_BIN_DIR=/nonexistent/postgresql/bin holds no initdb')
  })

  it('fails with the reason initdb gave, and never runs the command', () => {
    const binDir = mkdtempSync(join(tmpdir(), 'fake-postgres-bin-'))
    try {
      // as root, initdb runs as the postgres OS user, who must be able to reach the fake
      chmodSync(binDir, 0o755)
      writeFileSync(join(binDir, 'initdb'), '#!/bin/sh\necho "initdb: could not create directory: No space left on device" >&2\nexit 1\n', { mode: 0o755 })
      const result = runScript(['sh', '-c', 'echo the command ran'], { POSTGRES_BIN_DIR: binDir })

      expect(result.status).toBe(1)
      expect(result.stderr).toContain('initdb failed (exit 1)')
      expect(result.stderr).toContain('No space left on device')
      expect(result.stdout).not.toContain('the command ran')
    } finally {
      rmSync(binDir, { recursive: true, force: true })
    }
  })
})
