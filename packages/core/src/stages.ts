/** The six journey stages, in funnel order. */
export const STAGES = ['awareness', 'consideration', 'decision', 'purchase', 'retention', 'advocacy'] as const

export type Stage = (typeof STAGES)[number]

/** Position of a stage in the funnel (awareness = 0). */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage)
}

/** The later of two stages. */
export function laterStage(a: Stage, b: Stage): Stage {
  return stageIndex(a) >= stageIndex(b) ? a : b
}

export function isStage(value: unknown): value is Stage {
  // `indexOf` compares with ===, so anything but one of the six strings is -1
  return stageIndex(value as Stage) >= 0
}
