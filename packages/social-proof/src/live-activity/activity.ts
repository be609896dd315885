import { devWarning } from '../shared/dev-warning'

/**
 * A real, recent event from the app, carrying only what may be shown: a first name, an optional
 * city, the product and when it happened. Nothing else is accepted or rendered.
 */
export interface Activity {
  id: string
  kind: 'purchase' | 'review'
  /** The customer's first name only. */
  firstName: string
  city?: string
  productName: string
  /** ISO date-time (or a Date / epoch ms) of the event. */
  occurredAt: string | number | Date
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * The activities safe to show, newest first: records with a missing field or an invalid time are
 * dropped (with a dev warning), a name is cut to its first word, and only the known fields are kept.
 */
export function sanitizeActivities(activities: readonly Activity[]): Activity[] {
  const result: Activity[] = []
  for (const activity of activities) {
    const time = new Date(activity?.occurredAt).getTime()
    if (
      !nonEmpty(activity?.id) ||
      (activity.kind !== 'purchase' && activity.kind !== 'review') ||
      !nonEmpty(activity.firstName) ||
      !nonEmpty(activity.productName) ||
      Number.isNaN(time)
    ) {
      devWarning('LiveActivity', `skipped an activity with a missing or invalid field: ${JSON.stringify(activity)?.slice(0, 80)}`)
      continue
    }
    const [firstName = ''] = activity.firstName.trim().split(/\s+/)
    if (firstName !== activity.firstName.trim()) devWarning('LiveActivity', 'firstName should be a first name only; the rest is not shown')
    result.push({
      id: activity.id,
      kind: activity.kind,
      firstName,
      ...(nonEmpty(activity.city) ? { city: activity.city.trim() } : {}),
      productName: activity.productName,
      occurredAt: new Date(time).toISOString(),
    })
  }
  return result.sort((a, b) => Date.parse(String(b.occurredAt)) - Date.parse(String(a.occurredAt)))
}
