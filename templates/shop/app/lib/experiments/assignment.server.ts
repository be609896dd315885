import { assignExperiments, forcedVariants, type Assignments, type ExperimentDefinition } from '@journeykit/experiments/assignment'
import { attributionFor } from '../attribution.server'
import { SHOP_EXPERIMENTS } from './config'
import { journeyIdFromCookie } from './journey-id'

export interface VisitorAssignments {
  /** For `ShopExperiments`: the same object renders the server's HTML and hydrates in the browser. */
  assignments: Assignments
  /** Whether the assignments depend on who is asking (a journey id), so shared caches may not keep the page. */
  personal: boolean
}

/**
 * The visitor's experiment assignments, made in a loader from the journey id cookie and the visit's
 * traffic channel and campaign. Without a journey id (no analytics consent yet) nobody enters an
 * experiment: every visitor sees the control, or a stopped experiment's winner.
 * `?jk-experiment=key:variant` forces a variant outside production.
 */
export function assignVisitor(request: Request, definitions: readonly ExperimentDefinition[] = SHOP_EXPERIMENTS): VisitorAssignments {
  const anonymousId = journeyIdFromCookie(request.headers.get('Cookie'))
  const { campaign, touchpoint } = attributionFor(request)
  const eligible = anonymousId ? definitions : definitions.map((definition) => ({ ...definition, traffic: 0 }))
  const assignments = assignExperiments(
    eligible,
    { anonymousId: anonymousId ?? '', channel: touchpoint.channel, campaign: campaign.name },
    { forced: forcedVariants(request.url) },
  )
  return { assignments, personal: anonymousId !== undefined }
}
