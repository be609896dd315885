'use client'
import { useImpression, useTrack } from '@journeykit/react'

/** The widgets that report `social_proof_viewed`. */
export type SocialProofWidget =
  | 'rating_summary'
  | 'review_list'
  | 'testimonials'
  | 'live_activity'
  | 'trust_badges'
  | 'stock_notice'

interface WidgetImpressionOptions {
  widget: SocialProofWidget
  /** The emitting block's component name, e.g. 'RatingSummary'. */
  block: string
  productId?: string
  blockId?: string
  /** While true nothing is reported (e.g. while the data is loading). */
  disabled?: boolean
  /** Called just before the event is tracked. */
  onViewed?: () => void
}

/**
 * Reports one `social_proof_viewed` per mounted widget once it has been viewable; returns the
 * ref for the widget's root.
 */
export function useWidgetImpression({ widget, block, productId, blockId, disabled, onViewed }: WidgetImpressionOptions) {
  const track = useTrack({ block, blockId })
  return useImpression(
    () => {
      onViewed?.()
      track('social_proof_viewed', productId ? { widget, productId } : { widget })
    },
    { disabled },
  )
}
