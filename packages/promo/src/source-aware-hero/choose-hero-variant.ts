import type { Attribution, TouchpointChannel } from '@journeykit/core'

/** Which visits a hero variant is for. Every criterion set must hold; unset ones are ignored. */
export interface HeroVariantMatch {
  /**
   * The touchpoint source (`utm_source`, else the referring host), or any of a list. Compared
   * case-insensitively; a host also matches by its parent domain (`facebook.com` matches
   * `l.facebook.com`). An empty list matches nothing.
   */
  source?: string | readonly string[]
  /** `utm_medium`, case-insensitively. */
  medium?: string
  /** The touchpoint channel. */
  channel?: TouchpointChannel
  /** `utm_campaign`, case-insensitively. */
  campaign?: string
}

/**
 * Chooses the variant for a visit: among the variants whose `match` holds for the attribution,
 * the most specific one (the most criteria set) wins; on a tie, the one listed first. A variant
 * without criteria never matches (that is what the fallback is for), and neither does any variant
 * when the attribution is unknown. Returns undefined when none matches.
 *
 * A pure function of its arguments, so the server and the browser choose the same variant.
 */
export function chooseHeroVariant<V extends { match?: HeroVariantMatch }>(
  variants: readonly V[],
  attribution: Attribution | undefined,
): V | undefined {
  if (!attribution) return undefined
  let chosen: V | undefined
  let chosenSpecificity = 0
  for (const variant of variants) {
    const specificity = matchSpecificity(variant.match, attribution)
    if (specificity > chosenSpecificity) {
      chosen = variant
      chosenSpecificity = specificity
    }
  }
  return chosen
}

/** How many criteria the match sets, or 0 when one of them does not hold. */
function matchSpecificity(match: HeroVariantMatch | undefined, { campaign, touchpoint }: Attribution): number {
  if (!match) return 0
  const checks = [
    match.source === undefined || sourceMatches(match.source, touchpoint.source),
    match.medium === undefined || sameText(match.medium, campaign.medium),
    match.channel === undefined || match.channel === touchpoint.channel,
    match.campaign === undefined || sameText(match.campaign, campaign.name),
  ]
  if (checks.includes(false)) return 0
  return [match.source, match.medium, match.channel, match.campaign].filter((criterion) => criterion !== undefined).length
}

function sourceMatches(expected: string | readonly string[], actual: string): boolean {
  const source = actual.toLowerCase()
  return (typeof expected === 'string' ? [expected] : expected).some((value) => {
    const wanted = value.toLowerCase()
    return source === wanted || source.endsWith(`.${wanted}`)
  })
}

function sameText(expected: string, actual: string | undefined): boolean {
  return actual !== undefined && expected.toLowerCase() === actual.toLowerCase()
}
