import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { env } from '../env.server'

const keys = new Map<string, Buffer>()

/**
 * The key of one kind of emailed link, derived from SESSION_SECRET for that purpose alone (HKDF), so no
 * signature the shop makes for anything else (sessions, CSRF, another kind of link) is valid for it.
 */
function keyFor(purpose: string): Buffer {
  let key = keys.get(purpose)
  if (!key) keys.set(purpose, (key = Buffer.from(hkdfSync('sha256', env.sessionSecret, 'journeykit', purpose, 32))))
  return key
}

/** The signature of `payload` for links of `purpose` (base64url). */
export function linkSignature(purpose: string, payload: string): string {
  return createHmac('sha256', keyFor(purpose)).update(payload).digest('base64url')
}

/** Whether `signature` is `payload`'s for links of `purpose` (compared in constant time). */
export function hasLinkSignature(purpose: string, payload: string, signature: string): boolean {
  const expected = Buffer.from(linkSignature(purpose, payload))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
