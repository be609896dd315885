'use client'
import type { HTMLAttributes } from 'react'
import { useImpression, type ImpressionOptions } from './use-impression'

export interface ImpressionProps extends HTMLAttributes<HTMLDivElement>, ImpressionOptions {
  /** Called once when the content has been viewable (≥ 50 % visible for ≥ 1 s by default). */
  onViewable: () => void
}

/** A `div` that reports one viewable impression of its content. Blocks use `useImpression` on their own root instead. */
export function Impression({ onViewable, threshold, duration, disabled, ...props }: ImpressionProps) {
  const ref = useImpression(onViewable, { threshold, duration, disabled })
  return <div data-jk-impression="" {...props} ref={ref} />
}
