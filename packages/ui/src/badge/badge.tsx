import { forwardRef, type ComponentPropsWithoutRef } from 'react'

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

export interface BadgeProps extends ComponentPropsWithoutRef<'span'> {
  /** The colour role; exposed as `data-tone`. Defaults to 'neutral'. */
  tone?: BadgeTone
}

/** A short status label ("Bestseller", "Low stock"). */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge({ tone = 'neutral', ...props }, ref) {
  return <span data-jk-badge="" data-tone={tone} {...props} ref={ref} />
})
