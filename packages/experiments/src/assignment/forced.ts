/** The query parameter that forces variants in development: `?jk-experiment=hero-copy:benefit` (repeatable). */
export const FORCE_PARAMETER = 'jk-experiment'

/**
 * Variants forced for QA by the URL's `jk-experiment=<experiment>:<variant>` parameters, for
 * `assignExperiments(…, { forced })`. Always empty in production builds, so a shared link cannot
 * move real visitors.
 */
export function forcedVariants(url: string | URL): Record<string, string> {
  if (process.env.NODE_ENV === 'production') return {}
  const forced: Record<string, string> = {}
  for (const value of new URL(url, 'http://localhost').searchParams.getAll(FORCE_PARAMETER)) {
    const separator = value.indexOf(':')
    if (separator > 0) forced[value.slice(0, separator)] = value.slice(separator + 1)
  }
  return forced
}
