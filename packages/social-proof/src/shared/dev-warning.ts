/** A development-only console warning, stripped from production bundles. */
export function devWarning(block: string, message: string): void {
  if (process.env.NODE_ENV !== 'production') console.warn(`[journeykit] ${block}: ${message}`)
}
