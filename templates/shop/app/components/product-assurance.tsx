import { LiveActivity, TrustBadges, type Activity, type TrustBadge } from '@journeykit/social-proof'

const TRUST_BADGES: TrustBadge[] = [
  { kind: 'secure-payment', description: 'Encrypted checkout; card details never touch our servers.' },
  { kind: 'free-returns', description: 'Within 30 days, with a prepaid label.' },
  { kind: 'guarantee', title: '2-year guarantee', description: 'Repaired or replaced if anything fails.' },
]

/** What reassures a buyer beside the buy button: the shop's promises and who bought this lately. */
export function ProductAssurance({ productId, activities }: { productId: string; activities: Activity[] }) {
  return (
    <div className="pdp-assurance">
      <TrustBadges badges={TRUST_BADGES} productId={productId} className="pdp-trust" />
      {/* Client-only: its relative times ("3 minutes ago") would differ between the server render and hydration. */}
      <LiveActivity activities={activities} productId={productId} timeZone="Europe/Berlin" className="pdp-activity" />
    </div>
  )
}
