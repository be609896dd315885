export { assignExperiment, assignExperiments, bucketRanges, type AssignOptions } from './assign'
export { forcedVariants, FORCE_PARAMETER } from './forced'
export type * from './types'
