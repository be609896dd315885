'use client'
import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react'
import { useNumberFormat } from '../locale/number-format'
import { useMessages } from '../locale/message-catalog'
import { uiMessages } from '../messages'

export type RatingSize = 'sm' | 'md' | 'lg'

export interface RatingProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The rating, from 0 to `max`; clamped, and NaN shows 0. */
  value: number
  /** The number of stars. Defaults to 5. */
  max?: number
  /** How many reviews the rating comes from; added to the accessible text. */
  count?: number
  /** Exposed as `data-size`. Defaults to 'md'. */
  size?: RatingSize
}

const DEFAULT_MAX = 5
const STAR_PATH =
  'M12 2.5l2.94 5.96 6.56.95-4.75 4.63 1.12 6.54L12 17.49l-5.87 3.09 1.12-6.54L2.5 9.41l6.56-.95L12 2.5z'

// Call sites check NODE_ENV themselves so production bundles drop the messages too.
function warn(message: string): void {
  console.warn(`[journeykit] Rating: ${message}`)
}

function safeMax(max: number): number {
  if (Number.isFinite(max) && max >= 1) return Math.round(max)
  if (process.env.NODE_ENV !== 'production') warn(`invalid max ${max}, using ${DEFAULT_MAX}`)
  return DEFAULT_MAX
}

function safeValue(value: number, max: number): number {
  if (Number.isNaN(value)) {
    if (process.env.NODE_ENV !== 'production') warn('value is NaN, showing 0')
    return 0
  }
  if (value < 0 || value > max) {
    if (process.env.NODE_ENV !== 'production') warn(`value ${value} is outside 0–${max}, clamped`)
    return Math.min(Math.max(value, 0), max)
  }
  return value
}

/**
 * A star rating read as one image with a text alternative ("4.2 out of 5 stars, 128 reviews");
 * the stars are decorative, partial ones filled through the `--jk-star-fill` variable.
 */
export const Rating = forwardRef<HTMLSpanElement, RatingProps>(function Rating({ value, max = DEFAULT_MAX, count, size = 'md', ...props }, ref) {
  const t = useMessages(uiMessages)
  const format = useNumberFormat()
  const stars = safeMax(max)
  const rating = safeValue(value, stars)
  const values = { value: format.number(rating, { maximumFractionDigits: 1 }), max: stars }
  const hasCount = count !== undefined && Number.isFinite(count) && count >= 0
  const label = hasCount ? t('ui.ratingWithCount', { ...values, count }) : t('ui.rating', values)

  return (
    <span role="img" aria-label={label} data-jk-rating="" data-size={size} data-value={rating} {...props} ref={ref}>
      <span data-part="stars" aria-hidden="true">
        {Array.from({ length: stars }, (_, index) => {
          const fill = Math.min(Math.max(rating - index, 0), 1)
          const state = fill === 1 ? 'full' : fill === 0 ? 'empty' : 'partial'
          return (
            <span
              key={index}
              data-part="star"
              data-state={state}
              style={{ '--jk-star-fill': `${Math.round(fill * 100)}%`, position: 'relative', display: 'inline-block' } as CSSProperties}
            >
              <StarIcon part="star-track" fillOpacity={0.3} />
              <StarIcon
                part="star-fill"
                style={{
                  position: 'absolute',
                  insetInlineStart: 0,
                  top: 0,
                  clipPath: 'inset(0 calc(100% - var(--jk-star-fill)) 0 0)',
                }}
              />
            </span>
          )
        })}
      </span>
    </span>
  )
})

// Presentation attributes (fill, fill-opacity) keep the stars readable unstyled; any theme rule overrides them.
function StarIcon({ part, style, fillOpacity }: { part: string; style?: CSSProperties; fillOpacity?: number }) {
  return (
    <svg data-part={part} viewBox="0 0 24 24" width="1em" height="1em" focusable="false" style={style}>
      <path d={STAR_PATH} fill="currentColor" fillOpacity={fillOpacity} />
    </svg>
  )
}
