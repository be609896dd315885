'use client'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useImpression, useTrack } from '@journeykit/react'
import { Button, useFormat, useMessages } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, useState, useSyncExternalStore, type ComponentPropsWithoutRef, type MouseEvent } from 'react'
import { promotionProperties, type PromotionCta, type PromotionIdentity } from '../shared/promotion'
import { isDismissed, rememberDismissal, subscribeToDismissals } from './dismissal-store'
import { promoBannerMessages } from './messages'

/** A promotion as the banner shows it. */
export interface Promotion extends PromotionIdentity {
  /** Supporting copy under the headline (the headline is `name`). */
  description?: string
  /** Where the offer continues; clicking it reports `promotion_clicked`. */
  cta?: PromotionCta
  /** The creative's id, reported as `creative` (e.g. `winter-sale-banner-v2`). */
  creative?: string
  /** When the offer ends (a `Date` or an ISO 8601 string), shown as a date. Never a countdown. */
  endsAt?: Date | string
}

export interface PromoBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The promotion to show and report. */
  promotion: Promotion
  /** Where on the page the banner sits, reported as `slot` (e.g. `home-top`). */
  slot?: string
  /** Whether the visitor can close the banner. Default true. */
  dismissible?: boolean
  /**
   * Controlled dismissal, e.g. from a cookie read on the server (the only way to render a
   * dismissed banner on the server: no layout shift at all). When set, the banner neither reads
   * nor writes localStorage; closing it only calls `onDismiss`.
   */
  dismissed?: boolean
  /** Called when the visitor closes the banner. */
  onDismiss?: () => void
  /** Called when the call to action is followed, after `promotion_clicked` is tracked (e.g. to route on the client). */
  onCtaClick?: (event: MouseEvent<HTMLAnchorElement>) => void
  /**
   * IANA time zone of the end date, e.g. `Europe/Berlin`. Set it when rendering on the server so
   * the server and the browser show the same day. Default: the runtime's time zone.
   */
  timeZone?: string
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A promotion banner: headline, copy, optional end date and call to action. Reports
 * `promotion_viewed` once it has been viewable and `promotion_clicked` when its call to action is
 * followed. Closing it is remembered in localStorage under `jk:promo:dismissed:<promotionId>`
 * (or controlled with `dismissed` + `onDismiss`). The server always renders it visible; a
 * remembered dismissal hides it right after hydration, so the markup never mismatches.
 */
export const PromoBanner = forwardRef<HTMLElement, PromoBannerProps>(function PromoBanner({
  promotion,
  slot,
  dismissible = true,
  dismissed,
  onDismiss,
  onCtaClick,
  timeZone,
  ...rest
}, ref) {
  const t = useMessages(promoBannerMessages)
  const format = useFormat()
  const track = useTrack({ block: 'PromoBanner', blockId: promotion.id })
  const headlineId = useId()
  const storedDismissal = useSyncExternalStore(
    subscribeToDismissals,
    () => isDismissed(promotion.id),
    () => false,
  )
  const [closedHere, setClosedHere] = useState(false)
  const hidden = dismissed ?? (closedHere || storedDismissal)
  const properties = promotionProperties(promotion, promotion.creative, slot)
  const impressionRef = useImpression(() => track('promotion_viewed', properties), { disabled: hidden })
  const rootRef = useComposedRefs(ref, impressionRef)
  const focusAfterClose = useRef<HTMLElement | null>(null)

  useEffect(() => {
    if (!hidden || !focusAfterClose.current) return
    focusAfterClose.current.focus()
    focusAfterClose.current = null
  }, [hidden])

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && (!promotion.id || !promotion.name)) {
      console.warn('[journeykit] PromoBanner: `promotion.id` and `promotion.name` are required for its events.')
    }
  }, [promotion.id, promotion.name])

  if (hidden) return null

  const ends = endsOn(promotion.endsAt, (date) => format.date(date, { dateStyle: 'medium', timeZone }))

  function close(event: MouseEvent<HTMLButtonElement>) {
    // The close button disappears with the banner: focus moves on to what follows it.
    const banner = event.currentTarget.closest('[data-jk-promo-banner]')
    focusAfterClose.current = banner ? nextFocusable(banner) : null
    if (dismissed === undefined) {
      setClosedHere(true)
      rememberDismissal(promotion.id)
    }
    onDismiss?.()
  }

  return (
    <section aria-labelledby={headlineId} {...rest} ref={rootRef} data-jk-promo-banner="" data-stage="awareness" data-state="visible">
      <div data-part="content">
        <p data-part="headline" id={headlineId}>
          {promotion.name}
        </p>
        {promotion.description && <p data-part="description">{promotion.description}</p>}
        {ends && (
          <p data-part="ends">
            <time dateTime={ends.iso}>{t('promo.promoBanner.endsOn', { date: ends.text })}</time>
          </p>
        )}
      </div>
      {promotion.cta && (
        <a
          data-part="cta"
          href={promotion.cta.href}
          onClick={(event) => {
            track('promotion_clicked', properties)
            onCtaClick?.(event)
          }}
        >
          {promotion.cta.label}
        </a>
      )}
      {dismissible && (
        <Button
          variant="ghost"
          size="sm"
          data-part="dismiss"
          aria-label={t('promo.promoBanner.dismiss', { name: promotion.name })}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </Button>
      )}
    </section>
  )
})

function nextFocusable(after: Element): HTMLElement | null {
  for (const candidate of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (!after.contains(candidate) && after.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) return candidate
  }
  return null
}

/** The end date as text and ISO string; undefined when absent or invalid (the formatter warns in development). */
function endsOn(value: Date | string | undefined, formatDate: (date: Date) => string): { iso: string; text: string } | undefined {
  if (value === undefined) return undefined
  const date = new Date(value)
  const text = formatDate(date)
  return text ? { iso: date.toISOString(), text } : undefined
}
