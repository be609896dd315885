const HEX = '0123456789abcdef'
const POOL_BYTES = 4096

let pool = new Uint8Array(0)
/** Next unused byte of `pool`; starts past the end, so the first call fills it. */
let offset = POOL_BYTES
const codes: number[] = []

/**
 * A random (v4) UUID from `crypto.getRandomValues`, or `Math.random` where there is no `crypto`.
 * Not `crypto.randomUUID()`: it exists only in secure contexts, and Node builds its result from
 * 20 concatenated pieces, which costs ~2 µs per retained id in garbage collection. Random bytes
 * are drawn 4 KB at a time and the id is built as one flat string.
 */
export function randomId(): string {
  if (offset >= POOL_BYTES) {
    pool = new Uint8Array(POOL_BYTES)
    if (!globalThis.crypto?.getRandomValues(pool)) for (let index = 0; index < POOL_BYTES; index++) pool[index] = Math.random() * 256
    offset = 0
  }
  pool[offset + 6] = (pool[offset + 6]! & 0x0f) | 0x40 // version 4
  pool[offset + 8] = (pool[offset + 8]! & 0x3f) | 0x80 // RFC 4122 variant
  let length = 0
  for (let index = 0; index < 16; index++) {
    const byte = pool[offset++]!
    if ((0x550 >> index) & 1) codes[length++] = 45 // '-' before bytes 4, 6, 8 and 10 (bits of 0x550)
    codes[length++] = HEX.charCodeAt(byte >> 4)
    codes[length++] = HEX.charCodeAt(byte & 15)
  }
  return String.fromCharCode(...codes)
}
