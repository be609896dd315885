import { referralRewardEmail, renderEmail } from '@journeykit/email'
import type { Queryable } from '../db.server'
import { env } from '../env.server'
import { referralPath } from '../referrals.server'
import { CURRENCY } from '../seed.server'
import { enqueueEmail } from './outbox.server'
import { EMAIL_UTM_SOURCE, emailShop } from './order-emails.server'

/** One notice per reward: the referrer's thank-you code is derived from the claim, so it names the reward. */
export const referralRewardKey = (couponCode: string) => `referral-reward:${couponCode}`

interface RewardRow {
  email: string
  name: string | null
  referral_code: string
  value: number
  expires_at: Date | string
}

/**
 * Queues, in the payment's transaction, the notice to a referrer that a friend's paid first order earned them
 * their thank-you code. Transactional: the referrer asked for the reward by sharing their link, and the
 * message delivers it (the code), so it goes without marketing consent and without unsubscribe headers.
 */
export async function enqueueReferralRewardNotice(db: Queryable, reward: { referrerCustomerId: string; couponCode: string }, now: Date = new Date()): Promise<boolean> {
  const { rows } = await db.query<RewardRow>(
    `SELECT c.email, coalesce(c.first_name,
              (SELECT o.address ->> 'givenName' FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 1)) AS name,
            r.code AS referral_code, k.value, k.expires_at
       FROM customers c JOIN referral_codes r ON r.customer_id = c.id JOIN coupons k ON k.code = $2
      WHERE c.id = $1`,
    [reward.referrerCustomerId, reward.couponCode],
  )
  const referrer = rows[0]
  if (!referrer) return false
  const rendered = await renderEmail(
    referralRewardEmail,
    {
      shop: emailShop(),
      customerName: referrer.name ?? '',
      reward: { code: reward.couponCode, amount: { amount: referrer.value, currency: CURRENCY }, expiresAt: new Date(referrer.expires_at).toISOString() },
      accountUrl: `${env.shopUrl}/account`,
      referralUrl: `${env.shopUrl}${referralPath(referrer.referral_code)}`,
    },
    { locale: 'en', utm: { source: EMAIL_UTM_SOURCE } },
  )
  return enqueueEmail(db, { idempotencyKey: referralRewardKey(reward.couponCode), kind: referralRewardEmail.name, recipient: referrer.email, ...rendered }, now)
}
