import { EVENT_STAGES, type EventName } from './catalog'
import { laterStage, type Stage } from './stages'

export interface StageInferenceOptions {
  /** Has bought before (in an earlier session or known to the server): the stage is at least `retention`. */
  returningCustomer?: boolean
}

/** The stage an event moves the visitor to: `order_completed` makes a customer (`retention`), every other event its catalog stage. */
export function stageReachedBy(name: EventName): Stage {
  return name === 'order_completed' ? 'retention' : EVENT_STAGES[name]
}

/** The lowest stage a visitor can be at: `retention` for a returning customer, otherwise `awareness`. */
export function stageFloor(returningCustomer: boolean): Stage {
  return returningCustomer ? 'retention' : 'awareness'
}

/**
 * The visitor's stage: the furthest stage reached by the session's events (see `stageReachedBy`),
 * but never below `retention` for a returning customer.
 */
export function inferStage(events: Iterable<{ name: EventName }>, options: StageInferenceOptions = {}): Stage {
  let stage = stageFloor(options.returningCustomer ?? false)
  for (const event of events) stage = laterStage(stage, stageReachedBy(event.name))
  return stage
}
