import type { Stage } from '@journeykit/core'

/**
 * The journey stage each block of this package serves; a block's root element carries the same
 * value as `data-stage`. A plain map, so an app that never reads it ships none of it.
 */
export const discoveryStages = {
  SearchBox: 'awareness',
  SearchResults: 'awareness',
  Recommendations: 'consideration',
  RecentlyViewed: 'consideration',
} as const satisfies Record<string, Stage>
