import { CONSENT_COOKIE, type ConsentChoice } from '../components/journey-client'
import { readCookie } from './cookies'

/** Reads the consent choice from the request's cookies so the banner renders without a flash. */
export function consentFromCookie(cookieHeader: string | null): ConsentChoice {
  const value = readCookie(cookieHeader, CONSENT_COOKIE)
  return value === 'granted' || value === 'denied' ? value : 'pending'
}
