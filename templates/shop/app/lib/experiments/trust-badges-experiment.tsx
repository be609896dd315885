import { useExperiment } from '@journeykit/experiments'
import { TrustBadges, type TrustBadge } from '@journeykit/social-proof'
import { CHECKOUT_TRUST_EXPERIMENT, type TrustBadgesVariant } from './config'

/** Where the checkout shows its trust badges for this variant (the control's place without one). */
export function trustBadgesPosition(variant: string | undefined): TrustBadgesVariant {
  return variant === 'above-form' ? 'above-form' : 'beside-pay'
}

/** The checkout's trust badges; their viewable impression is the trust-badges experiment's exposure. */
export function TrustBadgesExperiment({ badges }: { badges: TrustBadge[] }) {
  const { variant, ref } = useExperiment(CHECKOUT_TRUST_EXPERIMENT)
  return (
    <div ref={ref} data-trust-position={trustBadgesPosition(variant)}>
      <TrustBadges badges={badges} className="checkout-trust" />
    </div>
  )
}
