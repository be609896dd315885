import type { Money } from '@journeykit/core'
import {
  LoyaltyPanel,
  ReferralPanel,
  RewardsDialog,
  type LedgerEntry,
  type LoyaltyMember,
  type LoyaltyProgramConfig,
  type ReferralStats,
  type RewardRedemption,
} from '@journeykit/loyalty'
import { useFormat } from '@journeykit/ui'
import { useCallback, useEffect, useRef } from 'react'
import { useFetcher } from 'react-router'
import { useRootData } from '../root'
import { CouponCode } from './account-coupon-code'

export interface AccountRewardsProps {
  program: LoyaltyProgramConfig
  member: LoyaltyMember
  history: LedgerEntry[]
  redeemedRewardIds: string[]
  rewardCodes: Array<{ code: string; rewardName: string; expiresAt: string | null }>
}

/** What the account action answers to `intent=redeem`. */
export interface RedeemActionData {
  intent: 'redeem'
  redemption?: RewardRedemption
  error?: string
}

/**
 * The member's rewards club: balance, tier, history and the rewards dialog, whose redemption
 * posts `intent=redeem` to the account action and shows the code it returns. Unused reward codes
 * are listed underneath, ready to copy into the checkout's coupon field.
 */
export function AccountRewards({ program, member, history, redeemedRewardIds, rewardCodes }: AccountRewardsProps) {
  const redeem = useRedeem()
  const format = useFormat()
  return (
    <div className="account-rewards">
      <LoyaltyPanel
        className="account-card"
        program={program}
        member={member}
        history={history}
        historyLimit={6}
        rewardsAction={<RewardsDialog program={program} member={member} redeemedRewardIds={redeemedRewardIds} onRedeem={redeem} />}
      />
      {rewardCodes.length > 0 && (
        <section className="account-card" aria-labelledby="account-codes-title">
          <h2 id="account-codes-title">Your reward codes</h2>
          <p className="account-muted">Enter a code in the coupon field at checkout, with this email address. Each works once.</p>
          <ul className="account-codes">
            {rewardCodes.map((reward) => (
              <li key={reward.code}>
                <CouponCode
                  code={reward.code}
                  label={reward.rewardName}
                  {...(reward.expiresAt ? { hint: `Valid until ${format.date(reward.expiresAt, { dateStyle: 'medium', timeZone: 'Europe/Berlin' })}` } : {})}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

/** The customer's referral link with the give-get offer and their results. */
export function AccountReferral(props: { code: string; url: string; stats: ReferralStats; refereeReward: Money; referrerReward: Money }) {
  return (
    <ReferralPanel
      className="account-card"
      referralCode={props.code}
      referralUrl={props.url}
      refereeReward={props.refereeReward}
      referrerReward={props.referrerReward}
      stats={props.stats}
    />
  )
}

/**
 * `onRedeem` for RewardsDialog on a fetcher: resolves with the action's redemption once the
 * fetcher is back to idle (the loaders revalidate too, so the balance shown follows), and rejects
 * when the action answered without one (e.g. an expired form), which the dialog shows as a failure.
 */
function useRedeem(): (rewardId: string) => Promise<RewardRedemption> {
  const { csrf } = useRootData()
  const fetcher = useFetcher<RedeemActionData>()
  const waiting = useRef<{ resolve: (value: RewardRedemption) => void; reject: (error: Error) => void } | null>(null)

  useEffect(() => {
    if (fetcher.state !== 'idle' || !waiting.current) return
    const { resolve, reject } = waiting.current
    waiting.current = null
    if (fetcher.data?.redemption) resolve(fetcher.data.redemption)
    else reject(new Error(fetcher.data?.error ?? 'The reward could not be redeemed.'))
  }, [fetcher.state, fetcher.data])

  return useCallback(
    (rewardId: string) =>
      new Promise<RewardRedemption>((resolve, reject) => {
        waiting.current = { resolve, reject }
        fetcher.submit({ intent: 'redeem', rewardId, _csrf: csrf }, { method: 'post', action: '/account' })
      }),
    // `fetcher.submit` is stable; the fetcher object is not.
    [csrf, fetcher.submit],
  )
}

/** For a visitor who has not looked up an order: how the club works and what points buy. */
export function AccountJoin({ program }: { program: LoyaltyProgramConfig }) {
  const tierName = (id: string | undefined) => program.tiers.find((tier) => tier.id === id)?.name
  return (
    <div className="account-card account-join">
      <LoyaltyPanel program={program} />
      <section className="account-join-rewards" aria-labelledby="account-join-rewards">
        <h3 id="account-join-rewards">What your points buy</h3>
        <ul>
          {program.rewards
            .filter((reward) => reward.available !== false)
            .map((reward) => (
              <li key={reward.id}>
                <span>
                  {reward.name}
                  {reward.minTier ? ` (${tierName(reward.minTier)} and up)` : ''}
                </span>
                <span>{reward.points} points</span>
              </li>
            ))}
        </ul>
      </section>
      <p className="account-muted">You join with your first order: its points arrive as soon as it is paid, and they last a year.</p>
    </div>
  )
}
