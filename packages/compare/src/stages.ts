import type { Stage } from '@journeykit/core'

/**
 * The journey stage each block of this package serves; a block's root element carries the same
 * value as `data-stage`. A plain map (not a static property on each component, which a bundler
 * must keep as a side effect), so an app that never reads it ships none of it.
 */
export const compareStages = {
  ComparisonTable: 'consideration',
  CompareTray: 'consideration',
  CompareCheckbox: 'consideration',
} as const satisfies Record<string, Stage>
