/** Milliseconds since the epoch of a Date or an ISO string (NaN when invalid). */
export function toTime(value: Date | string): number {
  return value instanceof Date ? value.getTime() : Date.parse(value)
}

/** An ISO 8601 string of a Date or an ISO string. */
export function toIso(value: Date | string): string {
  return new Date(toTime(value)).toISOString()
}

export const DAY_MS = 24 * 60 * 60 * 1000

export function warn(message: string): void {
  if (process.env.NODE_ENV !== 'production') console.warn(`[journeykit] ${message}`)
}

/** A random id; apps that need another scheme pass their own `createId`. */
export function defaultId(): string {
  return globalThis.crypto.randomUUID()
}
