import { parse } from 'cookie'

/** Every cookie of a `Cookie` header, decoded (a malformed value is kept as sent). */
export function readCookies(cookieHeader: string | null | undefined): Record<string, string | undefined> {
  return cookieHeader ? parse(cookieHeader) : {}
}

/** One cookie's value from a `Cookie` header (decoded), or undefined when absent or empty. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  return readCookies(cookieHeader)[name] || undefined
}
