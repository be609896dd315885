'use client'
import { forwardRef, useEffect } from 'react'
import { Recommendations, type RecommendationsProps } from '../recommendations/recommendations'
import { useConsentedList } from '../shared/consented-list'
import type { DiscoveryProduct } from '../types'

export const RECENTLY_VIEWED_KEY = 'jk:discovery:recently-viewed'
const KEPT = 12

export interface RecentlyViewedProps extends Omit<RecommendationsProps, 'slot' | 'products' | 'error' | 'onRetry'> {
  /** The product on this page: remembered as viewed, and left out of the list. */
  current?: DiscoveryProduct
  /** The most products shown. Defaults to 8. */
  limit?: number
}

function isProduct(value: unknown): value is DiscoveryProduct {
  const product = value as DiscoveryProduct | null
  return (
    typeof product === 'object' &&
    product !== null &&
    typeof product.id === 'string' &&
    typeof product.name === 'string' &&
    typeof product.href === 'string' &&
    typeof product.price?.amount === 'number' &&
    typeof product.price.currency === 'string'
  )
}

const sameProduct = (a: DiscoveryProduct, b: DiscoveryProduct) => a.id === b.id

/**
 * The products this visitor viewed last, newest first, as the 'recently-viewed' Recommendations.
 * They are kept in this browser's localStorage only while analytics consent is granted (and deleted
 * when it is withdrawn); nothing is sent anywhere. Renders nothing on the server, before the first
 * view is kept, and without consent.
 *
 * Events: those of Recommendations, with `listId: 'recently-viewed'`.
 */
export const RecentlyViewed = forwardRef<HTMLElement, RecentlyViewedProps>(function RecentlyViewed({ current, limit = 8, ...props }, ref) {
  const { entries, remember } = useConsentedList({ key: RECENTLY_VIEWED_KEY, limit: KEPT, isEntry: isProduct, same: sameProduct })

  const currentId = current?.id
  useEffect(() => {
    if (current) remember(current)
    // Once per product page, not on every render with a new object for the same product.
  }, [currentId, remember])

  const shown = entries.filter((product) => product.id !== currentId).slice(0, limit)
  return <Recommendations {...props} ref={ref} slot="recently-viewed" products={shown} />
})
