// The product page under load, side by side in one run on loopback (autocannon, 10 connections, 10 s
// after a 2 s warm-up), on the embedded PGlite and on a throwaway PostgreSQL, one built snapshot for all:
//   uncached  the catalog cache off (CATALOG_CACHE_TTL=0): every request reads the database and renders;
//             the server runs under `node --cpu-prof`, and the profile's self time during the load is
//             printed by part and by function
//   rendered  the catalog cache on, the page cache passed by (a request with a cookie it does not know is
//             rendered again, as the page cache serves only requests without cookies): the render alone, with
//             no query, which bounds what any database could reach
//   cached    the shop's caches on (the default): rendered pages and catalog reads
//   static    the same bytes as a file, served by the same process as the cached run (its static
//             handler): the ceiling of this machine for that page
// Figures: requests/s, p50 and p99 of each, the server process's CPU time per request (user + system, from
// /proc; PostgreSQL's own CPU is not in it), and the ratios to the static file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPostgres } from '../scripts/postgres.mjs'
import { readProfile, summarizeProfile } from './shop-cpu-profile.mjs'
import { buildSnapshot, PRODUCT_PATH, startShop, throughput } from './shop.bench.mjs'

const STATIC_PATH = '/bench/product-page.html'

/** The load figures of one way of serving the page. */
function loadFigures(label, { requestsPerSecond, p50, p99, cpuMsPerRequest }) {
  return [
    { name: `product page ${label}: requests/s, 10 connections, loopback`, value: Math.round(requestsPerSecond), unit: 'requests/s', budget: null, better: 'higher' },
    { name: `product page ${label}: server CPU per request`, value: cpuMsPerRequest, unit: 'ms', budget: null },
    { name: `product page ${label}: p50 latency`, value: p50, unit: 'ms', budget: null },
    { name: `product page ${label}: p99 latency`, value: p99, unit: 'ms', budget: null },
  ]
}

function printProfile(database, summary) {
  console.log(`\n     CPU profile of the uncached product page on ${database}: ${summary.busyMs} ms busy on the main thread`)
  for (const part of summary.parts) console.log(`       ${String(part.share).padStart(5)} %  ${part.name}`)
  console.log('     top self time:')
  for (const fn of summary.functions) console.log(`       ${String(fn.share).padStart(5)} %  ${fn.name}  [${fn.part}]`)
  console.log('')
}

/** Uncached, under the CPU profiler: the load figures and the profile's summary. */
async function measureUncached(snapshotDir, databaseEnv) {
  const profileDir = mkdtempSync(join(tmpdir(), 'jk-shop-cpu-prof-'))
  try {
    const shop = await startShop(snapshotDir, { ...databaseEnv, CATALOG_CACHE_TTL: '0' }, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] })
    let load
    const started = performance.now()
    try {
      load = await throughput(shop.url, PRODUCT_PATH, { pid: shop.pid })
    } finally {
      await shop.stop()
    }
    // the load and the shutdown after it, not the start-up's migrations and seeding
    return { load, profile: summarizeProfile(readProfile(profileDir), { lastMs: performance.now() - started }) }
  } finally {
    rmSync(profileDir, { recursive: true, force: true })
  }
}

/** Rendered with the catalog cache on, cached, then the page's own bytes as a static file from the same process. */
async function measureCachedAndStatic(snapshotDir, databaseEnv) {
  const shop = await startShop(snapshotDir, databaseEnv)
  try {
    const rendered = await throughput(shop.url, PRODUCT_PATH, { pid: shop.pid, headers: { Cookie: 'bench_visitor=1' } })
    const cached = await throughput(shop.url, PRODUCT_PATH, { pid: shop.pid })
    const page = await fetch(shop.url + PRODUCT_PATH)
    if (!page.ok) throw new Error(`${PRODUCT_PATH} answered ${page.status}`)
    const file = join(snapshotDir, 'build/client', STATIC_PATH)
    mkdirSync(join(file, '..'), { recursive: true })
    const html = Buffer.from(await page.arrayBuffer())
    writeFileSync(file, html)
    const staticFile = await throughput(shop.url, STATIC_PATH, { pid: shop.pid })
    return { rendered, cached, staticFile, htmlBytes: html.byteLength }
  } finally {
    await shop.stop()
  }
}

/** @returns {Promise<Array<{ name: string, value: number, unit: string, budget: number | null, better?: 'higher' }>>} */
export async function run() {
  const snapshotDir = buildSnapshot()
  const postgres = await startPostgres()
  try {
    const figures = []
    const databases = [
      { name: 'PGlite', env: {} },
      { name: 'PostgreSQL', env: { DATABASE_URL: postgres.url } },
    ]
    for (const database of databases) {
      const uncached = await measureUncached(snapshotDir, database.env)
      printProfile(database.name, uncached.profile)
      const { rendered, cached, staticFile, htmlBytes } = await measureCachedAndStatic(snapshotDir, database.env)
      const ratio = (load) => Math.round((load.requestsPerSecond / staticFile.requestsPerSecond) * 1000) / 10
      figures.push(
        { name: `product page HTML (uncompressed), ${database.name}`, value: htmlBytes, unit: 'B', budget: null },
        ...loadFigures(`uncached, ${database.name}`, uncached.load),
        ...loadFigures(`rendered per request, catalog cache on, ${database.name}`, rendered),
        ...loadFigures(`cached (page and catalog caches), ${database.name}`, cached),
        ...loadFigures(`as a static file, same process, ${database.name} run`, staticFile),
        { name: `product page uncached / static file, ${database.name}`, value: ratio(uncached.load), unit: '%', budget: null, better: 'higher' },
        { name: `product page cached / static file, ${database.name}`, value: ratio(cached), unit: '%', budget: null, better: 'higher' },
        { name: `product page cached / uncached, ${database.name}`, value: Math.round((cached.requestsPerSecond / uncached.load.requestsPerSecond) * 100) / 100, unit: '×', budget: null, better: 'higher' },
        ...uncached.profile.parts
          .filter((part) => part.share >= 1)
          .map((part) => ({ name: `product page uncached, ${database.name}: CPU self time in ${part.name}`, value: part.share, unit: '%', budget: null })),
      )
    }
    return figures
  } finally {
    postgres.stop()
    rmSync(snapshotDir, { recursive: true, force: true })
  }
}
