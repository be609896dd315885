const UUID_LENGTH = 36
/** Ids made per fill: 256 × 16 random bytes. */
const IDS_PER_POOL = 256
/** ASCII codes of 0-9a-f. */
const HEX = new TextEncoder().encode('0123456789abcdef')
const ascii = new TextDecoder()

const random = new Uint8Array(IDS_PER_POOL * 16)
const text = new Uint8Array(IDS_PER_POOL * UUID_LENGTH)
/** `IDS_PER_POOL` UUIDs back to back; `randomId()` hands out slices of it. */
let pool = ''
/** Next unused id in `pool`; starts past the end, so the first call fills it. */
let next = IDS_PER_POOL

/**
 * A random (v4) UUID from `crypto.getRandomValues`, or `Math.random` where there is no `crypto`.
 * Not `crypto.randomUUID()`: it exists only in secure contexts, and Node builds its result from
 * 20 concatenated pieces, which costs ~2 µs per retained id in garbage collection. Random bytes
 * are drawn for 256 ids at a time and written as one flat ASCII string; each id is a slice of it
 * (V8 shares the characters instead of copying them), so an id costs a few nanoseconds.
 */
export function randomId(): string {
  if (next >= IDS_PER_POOL) fillPool()
  const start = next++ * UUID_LENGTH
  return pool.slice(start, start + UUID_LENGTH)
}

function fillPool(): void {
  if (!globalThis.crypto?.getRandomValues(random)) for (let index = 0; index < random.length; index++) random[index] = Math.random() * 256
  let length = 0
  for (let offset = 0; offset < random.length; offset += 16) {
    random[offset + 6] = (random[offset + 6]! & 0x0f) | 0x40 // version 4
    random[offset + 8] = (random[offset + 8]! & 0x3f) | 0x80 // RFC 4122 variant
    for (let index = 0; index < 16; index++) {
      const byte = random[offset + index]!
      if ((0x550 >> index) & 1) text[length++] = 45 // '-' before bytes 4, 6, 8 and 10 (bits of 0x550)
      text[length++] = HEX[byte >> 4]!
      text[length++] = HEX[byte & 15]!
    }
  }
  pool = ascii.decode(text)
  next = 0
}
