'use client'
export { RecentlyViewed, RECENTLY_VIEWED_KEY, type RecentlyViewedProps } from './recently-viewed'
