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
/** A star is 1em wide with 0.1em between stars (the mask tile in theme.css). */
const STAR_WIDTH = 1
const STAR_GAP = 0.1

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
 * How far along the row of stars the fill reaches, in % of the row's width: whole stars, then the
 * fraction of the next star (the gaps between stars are not part of any star's fill).
 */
function ratingFillPercent(rating: number, stars: number): number {
  const whole = Math.floor(rating)
  const position = whole * (STAR_WIDTH + STAR_GAP) + (rating - whole) * STAR_WIDTH
  const width = stars * (STAR_WIDTH + STAR_GAP) - STAR_GAP
  return Math.round(Math.min(position / width, 1) * 1000) / 10
}

/**
 * A star rating read as one image with a text alternative ("4.2 out of 5 stars, 128 reviews").
 * The stars are decorative: one element that theme.css paints through a star mask, filled up to
 * `--jk-rating` (of the row's width) and `--jk-rating-max` stars wide, so a page listing many
 * ratings does not repeat two SVGs per star.
 */
export const Rating = forwardRef<HTMLSpanElement, RatingProps>(function Rating({ value, max = DEFAULT_MAX, count, size = 'md', ...props }, ref) {
  const t = useMessages(uiMessages)
  const format = useNumberFormat()
  const stars = safeMax(max)
  const rating = safeValue(value, stars)
  const values = { value: format.number(rating, { maximumFractionDigits: 1 }), max: stars }
  const hasCount = count !== undefined && Number.isFinite(count) && count >= 0
  const label = hasCount ? t('ui.ratingWithCount', { ...values, count }) : t('ui.rating', values)
  const fill = { '--jk-rating': `${ratingFillPercent(rating, stars)}%`, ...(stars !== DEFAULT_MAX ? { '--jk-rating-max': stars } : {}) } as CSSProperties

  return (
    <span role="img" aria-label={label} data-jk-rating="" data-size={size} data-value={rating} {...props} ref={ref}>
      <span data-part="stars" aria-hidden="true" style={fill} />
    </span>
  )
})
