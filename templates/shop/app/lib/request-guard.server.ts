/**
 * Why a request target (the path and query of the request line) cannot be served, or undefined when
 * it can: bad percent-encoding, percent-encoded bytes that are not UTF-8, or a NUL byte. Such a
 * request gets a 400 from the server before any route sees it, instead of a 500 from deep inside.
 */
export function malformedTarget(target: string): string | undefined {
  if (!target.startsWith('/')) return 'The request target must be a path.'
  const queryStart = target.indexOf('?')
  const path = queryStart === -1 ? target : target.slice(0, queryStart)
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1)
  const parts = [path, ...query.split('&').flatMap((pair) => pair.split('=')).map((part) => part.replaceAll('+', ' '))]
  for (const part of parts) {
    let decoded: string
    try {
      decoded = decodeURIComponent(part)
    } catch {
      return 'The address has bad percent-encoding or bytes that are not UTF-8.'
    }
    if (decoded.includes('\0')) return 'The address holds a NUL byte.'
  }
  return undefined
}
