/**
 * GrowthBook's bucketing hashes (FNV-1a 32-bit), reproduced so a visitor lands in the same variant
 * here as in a GrowthBook SDK given the same experiment key, id, weights and coverage; see
 * docs/architecture.md "Experiments" for why the SDK itself is not a dependency.
 */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash += (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)
  }
  return hash >>> 0
}

/** A uniform number in [0, 1) with 1/10,000 resolution (GrowthBook's hash version 2). */
export function bucketOf(seed: string, id: string): number {
  return (fnv1a32(String(fnv1a32(seed + id))) % 10_000) / 10_000
}

/** The position in [0, 1) of a visitor within a namespace (GrowthBook's hash version 1 on `__<namespace>`). */
export function namespacePositionOf(namespace: string, id: string): number {
  return (fnv1a32(id + `__${namespace}`) % 1000) / 1000
}
