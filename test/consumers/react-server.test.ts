// Every JavaScript entry of every tarball, loaded as a React Server Components bundle would:
// `node --conditions=react-server`. Server-safe entries (no "use client") must import, and
// nothing they load may be client code; client entries must at least resolve.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { installApp, type InstalledApp } from './apps'
import { publishedPackages } from './pack'

const run = promisify(execFile)
const registerImportLog = join(import.meta.dirname, 'import-graph/register.mjs')
const startsWithUseClient = (file: string) => /^\s*["']use client["']/.test(readFileSync(file, 'utf8'))

interface Entry {
  specifier: string
  /** The built file, relative to the package. */
  file: string
  /** Whether its source starts with "use client" (the directive the build must keep). */
  client: boolean
}

/** Each @journeykit package's JavaScript entries (CSS and package.json are not modules). */
function jsEntries(): Entry[] {
  return [...publishedPackages()].flatMap(([name, dir]) => {
    if (!name.startsWith('@journeykit/')) return []
    const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, string | { source?: string; default?: string }> }
    return Object.entries(exports).flatMap(([subpath, target]) => {
      if (typeof target === 'string' || !target.source || !target.default?.endsWith('.js')) return []
      return [{ specifier: name + subpath.slice(1), file: target.default, client: startsWithUseClient(join(dir, target.source)) }]
    })
  })
}

const entries = jsEntries()

let app: InstalledApp
let logDir: string

beforeAll(async () => {
  app = await installApp('node-app', inject('tarballs'))
  logDir = mkdtempSync(join(tmpdir(), 'jk-import-log-'))
})

afterAll(() => {
  app?.remove()
  rmSync(logDir, { recursive: true, force: true })
})

/** Runs module code in the installed app under the react-server condition; returns every file it loaded. */
async function runInApp(code: string, logName: string): Promise<{ stdout: string; loaded: string[] }> {
  const log = join(logDir, logName)
  const { stdout } = await run(process.execPath, ['--conditions=react-server', '--import', registerImportLog, '--input-type=module', '-e', code], {
    cwd: app.dir,
    env: { ...process.env, JK_IMPORT_LOG: log, NODE_ENV: 'production' },
  })
  const loaded = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))].map((url) => fileURLToPath(url)).filter((file) => file.startsWith(app.dir))
  return { stdout, loaded }
}

const installedFile = ({ specifier, file }: Entry) => join(app.dir, 'node_modules', ...specifier.split('/').slice(0, 2), file)
const logName = (specifier: string, step: string) => `${specifier.replaceAll('/', '_')}.${step}`

async function expectResolvesToPublishedFile(entry: Entry) {
  const { stdout } = await runInApp(`console.log(import.meta.resolve(${JSON.stringify(entry.specifier)}))`, logName(entry.specifier, 'resolve'))
  expect(fileURLToPath(stdout.trim())).toBe(installedFile(entry))
}

describe.each(entries.filter((entry) => !entry.client))('server-safe $specifier', (entry) => {
  it('resolves under the react-server condition to the published file', () => expectResolvesToPublishedFile(entry))

  it('imports, and loads no module that starts with "use client"', async () => {
    const { loaded } = await runInApp(`await import(${JSON.stringify(entry.specifier)})`, logName(entry.specifier, 'import'))
    expect(loaded).toContain(installedFile(entry))
    expect(loaded.filter((module) => module.endsWith('.js') && startsWithUseClient(module))).toEqual([])
  })
})

describe.each(entries.filter((entry) => entry.client))('client $specifier', (entry) => {
  it('resolves under the react-server condition to the published file', () => expectResolvesToPublishedFile(entry))

  it('keeps its "use client" directive in the published file', () => {
    expect(startsWithUseClient(installedFile(entry))).toBe(true)
  })
})
