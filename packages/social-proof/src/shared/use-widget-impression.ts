'use client'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useImpression, useTrack } from '@journeykit/react'
import type { Ref } from 'react'

/** The widgets that report `social_proof_viewed`. */
export type SocialProofWidget =
  | 'rating_summary'
  | 'review_list'
  | 'testimonials'
  | 'live_activity'
  | 'trust_badges'
  | 'stock_notice'

interface WidgetImpressionOptions<T extends Element> {
  widget: SocialProofWidget
  /** The emitting block's component name, e.g. 'RatingSummary'. */
  block: string
  productId?: string
  blockId?: string
  /** While true nothing is reported (e.g. while the data is loading). */
  disabled?: boolean
  /** Called just before the event is tracked. */
  onViewed?: () => void
  /** The ref the app passed to the widget, set to the same root element. */
  ref?: Ref<T>
}

/**
 * Reports one `social_proof_viewed` per mounted widget once it has been viewable; returns the
 * ref for the widget's root, which also sets the app's `ref`.
 */
export function useWidgetImpression<T extends Element>({ widget, block, productId, blockId, disabled, onViewed, ref }: WidgetImpressionOptions<T>): (node: T | null) => void {
  const track = useTrack({ block, blockId })
  const impressionRef = useImpression(
    () => {
      onViewed?.()
      track('social_proof_viewed', productId ? { widget, productId } : { widget })
    },
    { disabled },
  )
  return useComposedRefs<T>(ref, impressionRef)
}
