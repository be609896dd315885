// Installs a fixture app the way a user would: a fresh folder outside the monorepo, every
// @journeykit package from its packed tarball, everything else from the npm registry.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const consumersDir = import.meta.dirname
const run = promisify(execFile)

export interface InstalledApp {
  dir: string
  /** Runs an npm script or a binary of the app; resolves with everything it printed. */
  exec(command: string, args: string[]): Promise<string>
  remove(): void
}

/**
 * Copies `test/consumers/<fixture>` (and the shared data as `shared/`) into a new temporary
 * folder and installs it. All published packages go in as direct `file:` dependencies, so npm
 * never asks the registry for an @journeykit package. `versions` replaces the fixture's version of
 * a dependency (e.g. React 18 instead of 19), so one fixture serves several stacks.
 */
export async function installApp(fixture: string, tarballs: Record<string, string>, versions: Record<string, string> = {}): Promise<InstalledApp> {
  const dir = mkdtempSync(join(tmpdir(), `jk-${fixture}-`))
  const skip = new Set(['node_modules', 'dist', '.next', 'package-lock.json'])
  cpSync(join(consumersDir, fixture), dir, { recursive: true, filter: (source) => !skip.has(source.split('/').pop()!) })
  cpSync(join(consumersDir, 'shared'), join(dir, 'shared'), { recursive: true })

  const manifestPath = join(dir, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
  for (const [name, version] of Object.entries(versions)) {
    const group = manifest.devDependencies?.[name] ? manifest.devDependencies : manifest.dependencies
    if (!group?.[name]) throw new Error(`${fixture} does not depend on ${name}`)
    group[name] = version
  }
  for (const [name, tarball] of Object.entries(tarballs)) {
    if (name.startsWith('@journeykit/')) manifest.dependencies = { ...manifest.dependencies, [name]: `file:${tarball}` }
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n')

  const exec = async (command: string, args: string[]) => {
    try {
      const { stdout, stderr } = await run(command, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: appEnv() })
      return stdout + stderr
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
      throw new Error(`${command} ${args.join(' ')} failed in ${dir}:\n${stdout}\n${stderr}`, { cause: error })
    }
  }
  await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'])
  return { dir, exec, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The environment of the test process, minus what Vitest sets that would change how the app builds. */
function appEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  for (const key of ['NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[key]
  return env
}

export interface RunningServer {
  url: string
  /** Everything the server printed so far. */
  output(): string
  stop(): Promise<void>
}

/** Starts a long-running command of the app and waits until `url` answers. */
export async function startServer(app: InstalledApp, command: string, args: string[], url: string): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: app.dir, env: appEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const server = { url, output: () => output, stop: () => stopProcessGroup(child) }
  try {
    await waitUntilServing(url, child)
  } catch (error) {
    await server.stop()
    throw new Error(`${command} ${args.join(' ')} did not serve ${url}:\n${output}`, { cause: error })
  }
  return server
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no answer within ${timeoutMs} ms`)
}

/** npx and npm start the server as a child: end the whole process group, then wait for it. */
function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  const forced = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 5_000)
  return exited.finally(() => clearTimeout(forced))
}
