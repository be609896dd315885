// Loyalty blocks fed by the server-safe program logic (@journeykit/loyalty/program).
import { CsatSurvey, LoyaltyPanel, NpsSurvey, ReferralPanel, RewardsDialog } from '@journeykit/loyalty'
import { createLoyaltyProgram } from '@journeykit/loyalty/program'
import * as shop from '../../shared/data'
import { redeemReward, submitSurvey } from '../actions'

export default function AccountPage() {
  const tier = createLoyaltyProgram(shop.loyaltyProgram).tierFor(shop.member.lifetimePoints)
  return (
    <>
      <h1>Welcome back, Anna ({tier.name} member)</h1>
      <LoyaltyPanel program={shop.loyaltyProgram} member={shop.member} history={shop.memberHistory} />
      <RewardsDialog program={shop.loyaltyProgram} member={shop.member} onRedeem={redeemReward} />
      <ReferralPanel {...shop.referral} />
      <NpsSurvey surveyId="post-delivery-nps-2026" onSubmit={submitSurvey} />
      <CsatSurvey surveyId="support-chat-csat" onSubmit={submitSurvey} />
    </>
  )
}
