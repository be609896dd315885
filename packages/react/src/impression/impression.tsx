'use client'
import { forwardRef, type HTMLAttributes } from 'react'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useImpression, type ImpressionOptions } from './use-impression'

export interface ImpressionProps extends HTMLAttributes<HTMLDivElement>, ImpressionOptions {
  /** Called once when the content has been viewable (≥ 50 % visible for ≥ 1 s by default). */
  onViewable: () => void
}

/** A `div` that reports one viewable impression of its content. Blocks use `useImpression` on their own root instead. */
export const Impression = forwardRef<HTMLDivElement, ImpressionProps>(function Impression({ onViewable, threshold, duration, disabled, ...props }, ref) {
  const impressionRef = useImpression(onViewable, { threshold, duration, disabled })
  return <div data-jk-impression="" {...props} ref={useComposedRefs(ref, impressionRef)} />
})
