'use client'
import { EmptyState, ErrorState, LoadingState, useMessages } from '@journeykit/ui'
import { useEffect, useId, useState, type ComponentProps, type ReactNode } from 'react'
import { useReducedMotion } from '../shared/use-reduced-motion'
import { useWidgetImpression } from '../shared/use-widget-impression'
import { testimonialsMessages } from './messages'

/** A customer's quote, shown only as the app supplies it. */
export interface Testimonial {
  id: string
  quote: string
  /** Who said it. */
  author: string
  /** Their role or context, e.g. "Coach, Lauftreff Garmisch". */
  role?: string
  /** Their photo; `alt` defaults to empty because the name is next to it. */
  photo?: { src: string; alt?: string }
}

export interface TestimonialsProps extends Omit<ComponentProps<'section'>, 'children' | 'ref'> {
  testimonials: Testimonial[]
  /** Milliseconds each slide shows before the carousel advances; 0 turns auto-advance off. Default 7000. Never auto-advances for reduced-motion users. */
  autoAdvanceMs?: number
  /** Included in `social_proof_viewed`. */
  productId?: string
  /** Shows an empty state instead of nothing when there are no testimonials. */
  showEmpty?: boolean
  /** Data status. Default 'ready'. */
  status?: 'loading' | 'error' | 'ready'
  /** Shown in the error state. */
  error?: ReactNode
  /** Offers a retry in the error state. */
  onRetry?: () => void
}

const ICONS = {
  previous: 'M10 3L5 8l5 5',
  next: 'M6 3l5 5-5 5',
  stop: 'M5 3v10M11 3v10',
  start: 'M5 3l8 5-8 5z',
}

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

/**
 * Customer quotes. Several become a carousel (WAI-ARIA APG pattern) that the visitor can stop
 * and step through; it pauses while hovered or focused, never moves for reduced-motion users,
 * and announces a slide only when the visitor changed it.
 */
export function Testimonials({
  testimonials,
  autoAdvanceMs = 7000,
  productId,
  showEmpty = false,
  status = 'ready',
  error,
  onRetry,
  ...props
}: TestimonialsProps) {
  const t = useMessages(testimonialsMessages)
  const id = useId()
  const reducedMotion = useReducedMotion()
  const [current, setCurrent] = useState(0)
  // Only a change of slide animates: content present from the first paint never fades in.
  const [changed, setChanged] = useState(false)
  const [stopped, setStopped] = useState(false)
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const ref = useWidgetImpression({ widget: 'testimonials', block: 'Testimonials', productId, blockId: props.id, disabled: status !== 'ready' })
  const count = testimonials.length
  const index = current < count ? current : 0
  const canRotate = count > 1 && autoAdvanceMs > 0 && !reducedMotion
  const rotating = canRotate && !stopped && !hovered && !focused

  function show(next: number) {
    setCurrent((next + count) % count)
    setChanged(true)
  }

  useEffect(() => {
    if (!rotating) return
    const timer = setTimeout(() => {
      setCurrent((index + 1) % count)
      setChanged(true)
    }, autoAdvanceMs)
    return () => clearTimeout(timer)
  }, [rotating, index, count, autoAdvanceMs])

  if (status === 'ready' && count === 0 && !showEmpty) return null

  let content: ReactNode
  if (status === 'loading') content = <LoadingState />
  else if (status === 'error') content = <ErrorState message={error} onRetry={onRetry} />
  else if (count === 0) content = <EmptyState title={t('socialProof.testimonials.empty')} />
  else
    content = (
      <>
        {count > 1 && (
          <div data-part="controls">
            {canRotate && (
              <button type="button" data-part="rotation" aria-label={t(stopped ? 'socialProof.testimonials.start' : 'socialProof.testimonials.stop')} onClick={() => setStopped(!stopped)}>
                <Icon path={stopped ? ICONS.start : ICONS.stop} />
              </button>
            )}
            <button type="button" data-part="previous" aria-controls={id} aria-label={t('socialProof.testimonials.previous')} onClick={() => show(index - 1)}>
              <Icon path={ICONS.previous} />
            </button>
            <button type="button" data-part="next" aria-controls={id} aria-label={t('socialProof.testimonials.next')} onClick={() => show(index + 1)}>
              <Icon path={ICONS.next} />
            </button>
          </div>
        )}
        <div id={id} data-part="slides" data-changed={changed || undefined} aria-live={rotating ? 'off' : 'polite'}>
          {testimonials.map((item, position) => (
            <div
              key={item.id}
              data-part="slide"
              data-state={position === index ? 'active' : 'inactive'}
              hidden={position !== index}
              {...(count > 1 && {
                role: 'group',
                'aria-roledescription': 'slide',
                'aria-label': t('socialProof.testimonials.slide', { index: position + 1, count }),
              })}
            >
              <figure>
                <blockquote>
                  <p>{item.quote}</p>
                </blockquote>
                <figcaption>
                  {item.photo && <img src={item.photo.src} alt={item.photo.alt ?? ''} width={48} height={48} data-part="photo" />}
                  <span data-part="author">{item.author}</span>
                  {item.role && <span data-part="role">{item.role}</span>}
                </figcaption>
              </figure>
            </div>
          ))}
        </div>
      </>
    )

  return (
    <section
      data-jk-testimonials=""
      data-stage="decision"
      data-state={status}
      data-rotating={rotating || undefined}
      aria-roledescription={count > 1 ? 'carousel' : undefined}
      aria-label={t('socialProof.testimonials.label')}
      {...props}
      ref={ref}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => setFocused(event.currentTarget.contains(event.relatedTarget))}
    >
      {content}
    </section>
  )
}
