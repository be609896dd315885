const HEX = '0123456789abcdef'
/** Ids made per fill of the pool. */
const IDS = 256
const ascii = new TextDecoder()
const random = new Uint8Array(IDS * 16)
const text = new Uint8Array(IDS * 36)
/** `IDS` UUIDs back to back, 36 characters each; `randomId()` hands out slices of it. */
let pool = ''
/** Next unused id in `pool`; starts past the end, so the first call fills it. */
let next = IDS

/**
 * A random (v4) UUID from `crypto.getRandomValues` (in every browser, worker and Node version the
 * packages support, secure context or not). Not `crypto.randomUUID()`: it exists only in secure contexts, and Node builds its result from
 * 20 concatenated pieces, which costs ~2 µs per retained id in garbage collection. Random bytes
 * are drawn for 256 ids at a time and written as one flat ASCII string; each id is a slice of it
 * (V8 shares the characters instead of copying them), so an id costs a few nanoseconds.
 */
export function randomId(): string {
  if (next === IDS) {
    crypto.getRandomValues(random)
    let length = 0
    for (let index = 0; index < random.length; index++) {
      const position = index % 16
      // the version (4) and RFC 4122 variant bits, then '-' before bytes 4, 6, 8 and 10 (bits of 0x550)
      const byte = position === 6 ? (random[index]! & 0x0f) | 0x40 : position === 8 ? (random[index]! & 0x3f) | 0x80 : random[index]!
      if ((0x550 >> position) & 1) text[length++] = 45
      text[length++] = HEX.charCodeAt(byte >> 4)
      text[length++] = HEX.charCodeAt(byte & 15)
    }
    pool = ascii.decode(text)
    next = 0
  }
  return pool.slice(next * 36, ++next * 36)
}
