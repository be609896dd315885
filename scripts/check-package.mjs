// check:package — runs `npm publish --dry-run` and proves the tarball holds exactly what the
// exports map names (and the files those import) and nothing else, packs the package as npm would
// publish it, lints the tarball with publint --strict and @arethetypeswrong/cli, checks that
// client entries keep "use client", and imports every server-safe entry under the `react-server`
// condition (as a React Server Component bundle would) to prove it pulls in no client code.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { compareContents } from './package-contents.mjs'

const bin = (name) => resolve(import.meta.dirname, '../node_modules/.bin', name)
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })

const out = mkdtempSync(join(tmpdir(), 'jk-pack-'))
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { encoding: 'utf8' }))
  const tarball = join(out, packed.filename)
  console.log(`${packed.name}@${packed.version}: ${packed.files.length} files, ${packed.size} bytes packed`)

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
  const dryRun = publishDryRun(packed.name)
  const { missing, unexpected } = compareContents('.', pkg, dryRun.files)
  if (missing.length) throw new Error(`${dryRun.command}: the exports map names files the tarball lacks: ${missing.join(', ')}`)
  if (unexpected.length) throw new Error(`${dryRun.command}: the tarball holds files no export names: ${unexpected.join(', ')}`)
  console.log(`${dryRun.command}: ${dryRun.files.length} files, exactly what the exports map names`)

  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !target.types) continue
    const file = target.default.replace('./', '')
    const code = readFileSync(file, 'utf8')
    const client = readFileSync(target.source, 'utf8').trimStart().startsWith("'use client'")
    if (client && !/^["']use client["']/.test(code)) throw new Error(`${subpath}: "use client" was lost in ${file}`)
    if (!client) {
      const specifier = pkg.name + subpath.slice(1)
      execFileSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', `await import('${specifier}')`], { stdio: 'inherit' })
      console.log(`${specifier}: imports under the react-server condition`)
    }
  }

  run(bin('publint'), ['run', tarball, '--strict'])
  // CSS subpaths have no types by nature; every other entry must resolve to types and JavaScript.
  const cssEntries = Object.keys(pkg.exports).filter((subpath) => subpath.endsWith('.css'))
  run(bin('attw'), [tarball, '--profile', 'esm-only', ...(cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : [])])
} finally {
  rmSync(out, { recursive: true, force: true })
}

/**
 * The files `npm publish --dry-run` would upload. Between a release and the next version bump the
 * registry refuses a dry run of the published version (EPUBLISHCONFLICT); `npm pack --dry-run`
 * lists the same files without asking it.
 */
function publishDryRun(name) {
  const list = (args) => {
    const result = JSON.parse(npmJson([...args, '--dry-run', '--json']))
    const entry = Array.isArray(result) ? result[0] : (result[name] ?? result)
    return entry.files.map((file) => file.path)
  }
  try {
    return { command: 'npm publish --dry-run', files: list(['publish']) }
  } catch (error) {
    if (!/EPUBLISHCONFLICT|previously published/.test(`${error.stderr ?? ''}${error.stdout ?? ''}`)) throw error
    console.log(`${name}: this version is on the registry already; listing the tarball with npm pack --dry-run`)
    return { command: 'npm pack --dry-run', files: list(['pack']) }
  }
}

/**
 * Runs npm and returns its stdout. npm once exited at start-up in CI ("Exit prior to config file
 * resolving") while other packages' checks ran beside it; that failure says nothing about the
 * package, so it is tried once more.
 */
function npmJson(args) {
  const runNpm = () => execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    return runNpm()
  } catch (error) {
    if (!/Exit prior to config file resolving/.test(`${error.stderr ?? ''}`)) throw error
    return runNpm()
  }
}
