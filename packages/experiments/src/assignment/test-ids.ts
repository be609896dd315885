/** `count` UUID-shaped visitor ids from a seeded generator (mulberry32): random-looking, and the same on every run. */
export function visitorIds(count: number, seed = 20261203): string[] {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0')
  }
  return Array.from({ length: count }, () => {
    const hex = next() + next() + next() + next()
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  })
}
