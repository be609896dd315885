import type { ComponentProps } from 'react'

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

export interface BadgeProps extends ComponentProps<'span'> {
  /** The colour role; exposed as `data-tone`. Defaults to 'neutral'. */
  tone?: BadgeTone
}

/** A short status label ("Bestseller", "Low stock"). */
export function Badge({ tone = 'neutral', ...props }: BadgeProps) {
  return <span data-jk-badge="" data-tone={tone} {...props} />
}
