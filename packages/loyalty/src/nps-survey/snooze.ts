import { DAY_MS } from '../program/time'

/** The localStorage key that remembers a "Not now" for a survey. */
export function snoozeKey(surveyId: string): string {
  return `jk:survey:${surveyId}:snoozedUntil`
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    // Access itself throws where storage is blocked.
    return undefined
  }
}

/** Whether the survey was snoozed and the snooze still runs at `now`. False where storage is unavailable. */
export function isSnoozed(surveyId: string, now: number = Date.now()): boolean {
  try {
    const until = Date.parse(storage()?.getItem(snoozeKey(surveyId)) ?? '')
    return Number.isFinite(until) && now < until
  } catch {
    return false
  }
}

/** Remembers a "Not now" for `days` days. Where storage is unavailable it is remembered for this page only. */
export function snooze(surveyId: string, days: number, now: number = Date.now()): void {
  try {
    storage()?.setItem(snoozeKey(surveyId), new Date(now + days * DAY_MS).toISOString())
  } catch {
    // Quota or privacy mode: the survey is still hidden until the page is reloaded.
  }
}
