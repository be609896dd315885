'use client'
import { useFormat, useMessages } from '@journeykit/ui'
import { Button, Heading, Link, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import type { Money } from '../shared/types'
import { referralRewardMessages } from './messages'

export interface ReferralRewardProps {
  shop: EmailShop
  customerName: string
  /** What the referral earned. The friend is not named: their order is theirs. */
  reward: ReferralReward
  /** The account page that shows the reward (points or codes), absolute. */
  accountUrl: string
  /** The customer's own referral link, absolute, to share again. */
  referralUrl: string
}

/** Loyalty points (with the account's balance after them), or a single-use discount code (ISO expiry). */
export type ReferralReward = { points: number; balance: number } | { code: string; amount: Money; expiresAt: string }

function RewardLine({ reward }: { reward: ReferralReward }) {
  const t = useMessages(referralRewardMessages)
  const format = useFormat()
  if ('code' in reward) {
    return t('email.referralReward.code', { amount: format.money(reward.amount), code: reward.code, date: format.date(reward.expiresAt, { dateStyle: 'long', timeZone: 'UTC' }) })
  }
  return `${t('email.referralReward.points', { count: reward.points })} ${t('email.referralReward.balance', { balance: reward.balance })}`
}

function ReferralRewardSubject(_props: ReferralRewardProps) {
  return useMessages(referralRewardMessages)('email.referralReward.subject')
}

function ReferralRewardBody(props: ReferralRewardProps) {
  const t = useMessages(referralRewardMessages)
  const link = useEmailLink()
  return (
    <EmailLayout shop={props.shop} preview={t('email.referralReward.preview', { shopName: props.shop.name })} footer={t('email.referralReward.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.referralReward.heading')}
      </Heading>
      <Text style={styles.text}>
        {t('email.referralReward.greeting', { name: props.customerName })}
        <br />
        {t('email.referralReward.intro', { shopName: props.shop.name })}
      </Text>
      <Text style={styles.highlight}>
        <RewardLine reward={props.reward} />
      </Text>
      <Section style={styles.action}>
        <Button href={link(props.accountUrl, 'code' in props.reward ? 'view_code' : 'view_points')} style={styles.button}>
          {t('code' in props.reward ? 'email.referralReward.viewCode' : 'email.referralReward.viewPoints')}
        </Button>
      </Section>
      <Text style={styles.text}>
        <Link href={link(props.referralUrl, 'share_again')} style={styles.link}>
          {t('email.referralReward.shareAgain')}
        </Link>
      </Text>
    </EmailLayout>
  )
}

/** The referral reward notice, sent when a referee's order is paid: the points earned and the new balance, or the discount code. */
export const referralRewardEmail: EmailTemplate<ReferralRewardProps> = {
  name: 'referral_reward',
  Subject: ReferralRewardSubject,
  Body: ReferralRewardBody,
}
