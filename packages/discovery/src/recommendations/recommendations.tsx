'use client'
import { EmptyState, ErrorState, LoadingState, useMessages } from '@journeykit/ui'
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { ProductGrid } from '../shared/product-grid'
import type { DiscoveryProduct, RecommendationSlot } from '../types'
import { recommendationsMessages } from './messages'

export interface RecommendationsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Which recommendations these are; the events name it as their `listId`. */
  slot: RecommendationSlot
  /** The products to show; `undefined` while they load. */
  products: DiscoveryProduct[] | undefined
  /** The products could not be loaded. */
  error?: boolean
  /** With `error`, a "Try again" button calls it. */
  onRetry?: () => void
  /** Defaults to the slot's heading ("Similar products"…). */
  heading?: ReactNode
  /** The heading's level. Defaults to 2. */
  headingLevel?: 2 | 3 | 4
  /** A row that scrolls sideways, or a wrapping grid (the default). */
  layout?: 'grid' | 'carousel'
  /**
   * With no products: 'hide' (the default) renders nothing, so a slot with no recommendations
   * leaves no empty heading on the page; 'message' keeps the heading and says there are none yet.
   */
  whenEmpty?: 'hide' | 'message'
}

/**
 * Products recommended in a slot ('similar', 'bought-together', 'recently-viewed',
 * 'popular-in-category') under a heading, as a grid or a carousel, with loading and error states.
 *
 * Events: `product_list_viewed` with `listId: slot` and every product with its position, once the
 * list has been viewable (half of it visible for a second); `product_clicked` with `listId: slot`
 * when a product is followed, so the revenue it leads to is credited to the slot.
 */
export const Recommendations = forwardRef<HTMLElement, RecommendationsProps>(function Recommendations(
  { slot, products, error = false, onRetry, heading, headingLevel = 2, layout = 'grid', whenEmpty = 'hide', ...props },
  ref,
) {
  const t = useMessages(recommendationsMessages)
  const headingId = useId()
  if (!error && products && !products.length && whenEmpty === 'hide') return null
  const Heading = `h${headingLevel}` as const
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={products === undefined && !error ? true : undefined}
      {...props}
      ref={ref}
      data-jk-recommendations=""
      data-stage="consideration"
      data-slot={slot}
      data-layout={layout}
    >
      <Heading id={headingId} data-part="heading">
        {heading ?? t(`discovery.recommendations.${slot}`)}
      </Heading>
      {error ? (
        <ErrorState message={t('discovery.recommendations.error')} onRetry={onRetry} />
      ) : products === undefined ? (
        <LoadingState label={t('discovery.recommendations.loading')} />
      ) : products.length ? (
        <ProductGrid products={products} listId={slot} block="Recommendations" blockId={props.id} />
      ) : (
        <EmptyState title={t('discovery.recommendations.empty')} />
      )}
    </section>
  )
})
