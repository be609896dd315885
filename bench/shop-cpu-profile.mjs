// Reads a V8 CPU profile (`node --cpu-prof`): where a process spent its time on the main thread, by
// function (self time) and by part of the stack (React's render, the embedded database, the driver…).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** What part of the server a frame belongs to, from its script's URL. */
const PARTS = [
  { name: 'idle', test: (frame) => frame.functionName === '(idle)' },
  { name: 'garbage collection', test: (frame) => frame.functionName === '(garbage collector)' },
  { name: 'V8 / native', test: (frame) => frame.functionName === '(program)' || frame.functionName === '(root)' },
  { name: 'PGlite (embedded PostgreSQL)', test: (frame) => frame.url.includes('@electric-sql/pglite') || frame.url.startsWith('wasm://') },
  { name: 'pg driver', test: (frame) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(frame.url) },
  { name: 'React render (react-dom/server)', test: (frame) => frame.url.includes('react-dom') || /node_modules\/react\//.test(frame.url) },
  { name: 'React Router', test: (frame) => frame.url.includes('react-router') },
  { name: "shop's server code", test: (frame) => frame.url.includes('/build/server/') },
  { name: 'Node internals', test: (frame) => frame.url.startsWith('node:') },
]

const partOf = (frame) => PARTS.find((part) => part.test(frame))?.name ?? 'other modules'

/** The single `.cpuprofile` file `node --cpu-prof --cpu-prof-dir=<dir>` wrote. */
export function readProfile(dir) {
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))
  if (files.length !== 1) throw new Error(`expected one .cpuprofile in ${dir}, found ${files.length} (did the server exit cleanly?)`)
  return JSON.parse(readFileSync(join(dir, files[0]), 'utf8'))
}

/**
 * Self time of the busy main thread (idle left out) over the profile's last `lastMs` (the load, not the
 * start-up's migrations and seeding), as shares: the `top` functions, and every part.
 * @returns {{ busyMs: number, functions: Array<{ name: string, part: string, share: number }>, parts: Array<{ name: string, share: number }> }}
 */
export function summarizeProfile(profile, { lastMs = Infinity, top = 15 } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const times = []
  profile.samples.reduce((time, _id, index) => (times[index] = time + profile.timeDeltas[index]), profile.startTime)
  const from = times.at(-1) - lastMs * 1000
  const selfMs = new Map()
  profile.samples.forEach((id, index) => {
    if (times[index] >= from) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000)
  })
  const byFunction = new Map()
  const byPart = new Map()
  let busyMs = 0
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id).callFrame
    const part = partOf(frame)
    if (part === 'idle') continue
    busyMs += ms
    const file = frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/build\/server\//, 'build/server/')
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`
    byFunction.set(name, { part, ms: (byFunction.get(name)?.ms ?? 0) + ms })
    byPart.set(part, (byPart.get(part) ?? 0) + ms)
  }
  const share = (ms) => Math.round((ms / busyMs) * 1000) / 10
  return {
    busyMs: Math.round(busyMs),
    functions: [...byFunction]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([name, { part, ms }]) => ({ name, part, share: share(ms) })),
    parts: [...byPart].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, share: share(ms) })),
  }
}
