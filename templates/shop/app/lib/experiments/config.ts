import type { ExperimentDefinition } from '@journeykit/experiments/assignment'

export const HOME_HERO_EXPERIMENT = 'home-hero-copy'
export const CHECKOUT_TRUST_EXPERIMENT = 'checkout-trust-badges'

/** The hero's copy follows the visit's traffic source (`tailored`, what the shop shipped before) or is the same for everyone (`generic`). */
export type HomeHeroVariant = 'tailored' | 'generic'
/** The trust badges beside the pay button (`beside-pay`) or above the checkout form (`above-form`). */
export type TrustBadgesVariant = 'beside-pay' | 'above-form'

/**
 * The shop's experiments; the first variant is the control. To stop one, set `winner`: every visitor
 * then gets that variant from the server and nobody is exposed any more. Assignment, weights,
 * traffic and targeting are @journeykit/experiments' (its README).
 */
export const SHOP_EXPERIMENTS: readonly ExperimentDefinition[] = [
  {
    key: HOME_HERO_EXPERIMENT,
    variants: ['tailored', 'generic'] satisfies HomeHeroVariant[],
    // only visits that came from somewhere have a source to tailor the copy to
    targeting: { channels: ['paid', 'owned', 'earned'] },
  },
  {
    key: CHECKOUT_TRUST_EXPERIMENT,
    variants: ['beside-pay', 'above-form'] satisfies TrustBadgesVariant[],
  },
]
