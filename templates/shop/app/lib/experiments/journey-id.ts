import { readCookie } from '../cookies'

/**
 * The journey's anonymous id as a cookie, so the server assigns experiments by the id the browser's
 * journey records exposures and conversions under. The browser writes it only while analytics is
 * allowed (`JourneyIdCookie`, on every page), so a visitor without consent has none and stays outside every experiment.
 */
export const JOURNEY_ID_COOKIE = 'jk_aid'

/** Where the journey keeps its anonymous id once analytics is allowed (@journeykit/core's storage key). */
export const JOURNEY_ID_STORAGE_KEY = 'jk:anonymousId'

const ID = /^[\w-]{1,64}$/

/** The journey id the request's cookies carry; anything but a plain id of up to 64 characters counts as none. */
export function journeyIdFromCookie(cookieHeader: string | null): string | undefined {
  const value = readCookie(cookieHeader, JOURNEY_ID_COOKIE)
  return value && ID.test(value) ? value : undefined
}
