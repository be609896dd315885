import { parse } from 'cookie'

/** One cookie's value from a `Cookie` header (decoded), or undefined when absent or empty. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined
  return parse(cookieHeader)[name] || undefined
}
