'use client'
import { Button, EmptyState, ErrorState, LoadingState, useFormat, useMessages } from '@journeykit/ui'
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react'
import { useWidgetImpression } from '../shared/use-widget-impression'
import { sanitizeActivities, type Activity } from './activity'
import { liveActivityMessages } from './messages'

export interface LiveActivityProps extends Omit<ComponentProps<'section'>, 'children' | 'ref'> {
  /** Real recent events from the app. Only first name, city, product and time are shown. */
  activities: Activity[]
  /** At most one new item appears per this many milliseconds. Default 8000. */
  minIntervalMs?: number
  /** How many items are shown at once. Default 3. */
  maxItems?: number
  /** Included in `social_proof_viewed`. */
  productId?: string
  /** Shows an empty state instead of nothing when there is no activity. */
  showEmpty?: boolean
  /** Data status. Default 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** Shown in the error state. */
  error?: ReactNode
  /** Offers a retry in the error state. */
  onRetry?: () => void
  /**
   * IANA time zone of the absolute times rendered on the server and in the first client render
   * (e.g. `Europe/Berlin`), before the feed switches to relative times. Default `UTC`, so both
   * renders match whatever the runtimes' zones are.
   */
  timeZone?: string
}

const time = (activity: Activity) => Date.parse(String(activity.occurredAt))
const REFRESH_MS = 60_000
// With the zone's name: until hydration the visitor may be reading another zone's clock.
const ABSOLUTE_TIME: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }

/**
 * The current time once mounted, refreshed every minute while `live`; `undefined` on the server
 * and during hydration, so the first client render matches the server markup.
 */
function useMinuteClock(live: boolean): number | undefined {
  const [now, setNow] = useState<number>()
  useEffect(() => {
    if (!live) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), REFRESH_MS)
    return () => clearInterval(timer)
  }, [live])
  return now
}

/**
 * A feed of real recent purchases and reviews. The activities present at mount show at once;
 * later ones join at most one per `minIntervalMs` and are announced politely. Visitors can
 * pause or hide the feed (WCAG 2.2.2). Renders nothing without activity. The server renders
 * absolute times in `timeZone`; after mount they become relative ("4 minutes ago") and are
 * refreshed every minute, except while the feed is paused or hidden.
 */
export function LiveActivity({
  activities,
  minIntervalMs = 8000,
  maxItems = 3,
  productId,
  showEmpty = false,
  status = 'ready',
  error,
  onRetry,
  timeZone = 'UTC',
  ...props
}: LiveActivityProps) {
  const t = useMessages(liveActivityMessages)
  const format = useFormat()
  const [shown, setShown] = useState(() => sanitizeActivities(activities).slice(0, maxItems))
  const seen = useRef<Set<string>>(null)
  seen.current ??= new Set(sanitizeActivities(activities).map((activity) => activity.id))
  const queue = useRef<Activity[]>([])
  const lastShownAt = useRef(-Infinity)
  const [paused, setPaused] = useState(false)
  const [hidden, setHidden] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const moveFocus = useRef(false)
  const now = useMinuteClock(status === 'ready' && !paused && !hidden && shown.length > 0)
  const ref = useWidgetImpression({ widget: 'live_activity', block: 'LiveActivity', productId, blockId: props.id, disabled: status !== 'ready' })

  useEffect(() => {
    for (const activity of sanitizeActivities(activities)) {
      if (seen.current!.has(activity.id)) continue
      seen.current!.add(activity.id)
      queue.current.push(activity)
    }
    // Oldest first, so the feed stays in order; a backlog longer than the feed only keeps its newest.
    queue.current = queue.current.sort((a, b) => time(a) - time(b)).slice(-maxItems)
    if (paused || hidden || queue.current.length === 0) return
    const timer = setTimeout(
      () => {
        const next = queue.current.shift()!
        lastShownAt.current = Date.now()
        setShown((current) => [next, ...current].slice(0, maxItems))
      },
      Math.max(0, lastShownAt.current + minIntervalMs - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [activities, paused, hidden, shown, maxItems, minIntervalMs])

  useEffect(() => {
    if (moveFocus.current) toggle.current?.focus()
    moveFocus.current = false
  }, [hidden])

  const setHiddenAndFocus = (next: boolean) => {
    moveFocus.current = true
    setHidden(next)
  }

  if (status === 'ready' && shown.length === 0 && !showEmpty) return null

  const describe = (activity: Activity) =>
    t(`socialProof.liveActivity.${activity.kind}${activity.city ? 'From' : ''}`, {
      name: activity.firstName,
      city: activity.city ?? '',
      product: activity.productName,
    })

  let content: ReactNode
  if (hidden)
    content = (
      <Button ref={toggle} variant="link" size="sm" onClick={() => setHiddenAndFocus(false)}>
        {t('socialProof.liveActivity.show')}
      </Button>
    )
  else if (status === 'loading') content = <LoadingState />
  else if (status === 'error') content = <ErrorState message={error} onRetry={onRetry} />
  else if (shown.length === 0) content = <EmptyState title={t('socialProof.liveActivity.empty')} />
  else
    content = (
      <>
        <div role="log" aria-label={t('socialProof.liveActivity.label')} data-part="feed">
          <ul>
          {shown.map((activity) => (
            <li key={activity.id} data-part="item" data-kind={activity.kind}>
              <span data-part="text">{describe(activity)}</span>{' '}
              <time dateTime={String(activity.occurredAt)}>
                {now === undefined
                  ? format.date(activity.occurredAt, { ...ABSOLUTE_TIME, timeZone })
                  : // A clock slightly behind the app's server would otherwise read "in 1 minute".
                    format.relativeTime(activity.occurredAt, new Date(Math.max(now, time(activity))))}
              </time>
            </li>
          ))}
          </ul>
        </div>
        <div data-part="controls">
          <Button variant="ghost" size="sm" onClick={() => setPaused(!paused)}>
            {t(paused ? 'socialProof.liveActivity.resume' : 'socialProof.liveActivity.pause')}
          </Button>
          <Button ref={toggle} variant="ghost" size="sm" onClick={() => setHiddenAndFocus(true)}>
            {t('socialProof.liveActivity.hide')}
          </Button>
        </div>
      </>
    )

  return (
    <section
      data-jk-live-activity=""
      data-stage="decision"
      data-state={hidden ? 'hidden' : paused ? 'paused' : status}
      {...props}
      ref={ref}
    >
      {content}
    </section>
  )
}
