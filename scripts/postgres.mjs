// A throwaway PostgreSQL for tests and benches: a fresh cluster in a temporary folder, on a free
// loopback port, with fsync off (nothing in it needs to survive a crash), stopped and removed when done.
//
//   node scripts/postgres.mjs <command> [args…]   runs the command with TEST_DATABASE_URL set, then stops
//   node scripts/postgres.mjs                     prints TEST_DATABASE_URL and runs until Ctrl-C
//
// Uses the server binaries of Debian's `postgresql` package (/usr/lib/postgresql/<version>/bin, newest
// first), else POSTGRES_BIN_DIR, else `initdb` on the PATH. PostgreSQL refuses to run as root, so as root
// (CI) the cluster belongs to the `postgres` OS user the Debian package creates.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { freePort } from './free-port.mjs'

const DEBIAN_VERSIONS_DIR = '/usr/lib/postgresql'
const SUPERUSER = 'postgres'

/** The folder holding `initdb`, `pg_ctl` and `createdb`, or an error saying how to get them. */
export function postgresBinDir(env = process.env) {
  if (env.POSTGRES_BIN_DIR) {
    if (existsSync(join(env.POSTGRES_BIN_DIR, 'initdb'))) return env.POSTGRES_BIN_DIR
    throw new Error(`POSTGRES_BIN_DIR=${env.POSTGRES_BIN_DIR} holds no initdb`)
  }
  const debian = existsSync(DEBIAN_VERSIONS_DIR)
    ? readdirSync(DEBIAN_VERSIONS_DIR)
        .filter((version) => existsSync(join(DEBIAN_VERSIONS_DIR, version, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (debian.length) return join(DEBIAN_VERSIONS_DIR, debian[0], 'bin')
  const onPath = (env.PATH ?? '').split(':').find((dir) => dir && existsSync(join(dir, 'initdb')))
  if (onPath) return onPath
  throw new Error(
    `PostgreSQL's server binaries (initdb, pg_ctl) are not installed: looked in ${DEBIAN_VERSIONS_DIR}/*/bin and the PATH. ` +
      'Install them (Debian: apt-get install postgresql) or set POSTGRES_BIN_DIR.',
  )
}

/** The uid and gid the cluster runs as: the `postgres` OS user when we are root, else ourselves. */
function clusterOwner() {
  if (process.getuid?.() !== 0) return null
  try {
    const id = (flag) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    throw new Error(`PostgreSQL refuses to run as root, and there is no '${SUPERUSER}' OS user to run it (Debian's postgresql package creates one)`)
  }
}

/**
 * Creates and starts a throwaway cluster with one empty database.
 * @param {{ database?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ url: string, dir: string, stop(): void }>} `stop()` is synchronous, so it also runs on process exit.
 */
export async function startPostgres({ database = 'journeykit', env = process.env } = {}) {
  const binDir = postgresBinDir(env)
  const owner = clusterOwner()
  const dir = mkdtempSync(join(tmpdir(), 'journeykit-postgres-'))
  const dataDir = join(dir, 'data')
  const password = randomBytes(18).toString('base64url')
  const asOwner = (program, args, extraEnv = {}) => {
    const command = owner ? ['runuser', ['-u', SUPERUSER, '--', join(binDir, program), ...args]] : [join(binDir, program), args]
    const result = spawnSync(command[0], command[1], { encoding: 'utf8', env: { ...env, ...extraEnv } })
    if (result.error) throw new Error(`${program} could not run: ${result.error.message}`)
    return result
  }

  let running = false
  const stop = () => {
    if (running) asOwner('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'])
    running = false
    rmSync(dir, { recursive: true, force: true })
  }

  try {
    writeFileSync(join(dir, 'password'), password, { mode: 0o600 })
    if (owner) {
      chownSync(dir, owner.uid, owner.gid)
      chownSync(join(dir, 'password'), owner.uid, owner.gid)
    }
    const initdb = asOwner('initdb', [
      ...['-D', dataDir, '-U', SUPERUSER, `--pwfile=${join(dir, 'password')}`, '--auth=scram-sha-256'],
      ...['--encoding=UTF8', '--no-locale', '--no-sync', '--no-instructions'],
    ])
    if (initdb.status !== 0) throw new Error(`initdb failed (exit ${initdb.status}):\n${initdb.stdout}${initdb.stderr}`)

    const port = await freePort()
    appendFileSync(
      join(dataDir, 'postgresql.conf'),
      [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${dir}'`,
        // a throwaway cluster: speed over durability
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        // each test file gets its own database and connection pool
        'max_connections = 200',
        '',
      ].join('\n'),
    )
    const log = join(dir, 'server.log')
    const pgCtl = asOwner('pg_ctl', ['start', '-D', dataDir, '-l', log, '-w', '-t', '30'])
    if (pgCtl.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '(no server log)'
      throw new Error(`PostgreSQL did not start (pg_ctl exit ${pgCtl.status}):\n${pgCtl.stderr}${serverLog}`)
    }
    running = true

    const createdb = spawnSync(join(binDir, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, database], {
      encoding: 'utf8',
      env: { ...env, PGPASSWORD: password },
    })
    if (createdb.status !== 0) throw new Error(`createdb ${database} failed (exit ${createdb.status}):\n${createdb.stderr}`)
    return { url: `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/${database}`, dir, stop }
  } catch (error) {
    stop()
    throw error
  }
}

/** The CLI: runs a command against a fresh cluster and exits with its status; stops the cluster however it ends. */
async function main([command, ...args]) {
  let cluster
  try {
    cluster = await startPostgres()
  } catch (error) {
    console.error(`postgres.mjs: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
  process.on('exit', cluster.stop)
  console.error(`postgres.mjs: PostgreSQL is running in ${cluster.dir}`)
  if (!command) {
    console.log(`TEST_DATABASE_URL=${cluster.url}`)
    console.error('postgres.mjs: Ctrl-C stops and removes it')
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
    setInterval(() => {}, 2 ** 30) // keeps the process, and so the cluster, alive until a signal
    return
  }
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: cluster.url } })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    console.error(`postgres.mjs: ${command} could not run: ${error.message}`)
    process.exit(127)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2))
